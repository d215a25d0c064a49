package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What an XLSX must not have before GDAL reads its first sheet as a table, found with Apache POI:
 * formulas (their values are whatever the last program to save the file computed, or nothing) and
 * merged cells in the header row (a merged header names one column and leaves the others blank).
 * POI opens the package read-only, within its own zip-bomb limits.
 */
final class SpreadsheetCheck {

  private SpreadsheetCheck() {}

  static void requirePlainTable(Path xlsx) {
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        XSSFWorkbook book = new XSSFWorkbook(pkg)) {
      if (book.getNumberOfSheets() == 0) {
        throw InvalidQuery.of("file", "transfer.no-features", "xlsx");
      }
      Sheet sheet = book.getSheetAt(0);
      int header = sheet.getFirstRowNum();
      for (CellRangeAddress merged : sheet.getMergedRegions()) {
        if (merged.isInRange(header, merged.getFirstColumn())) {
          throw InvalidQuery.of(
              "file", "transfer.xlsx-merged-header", sheet.getSheetName(), merged.formatAsString());
        }
      }
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            throw InvalidQuery.of(
                "file",
                "transfer.xlsx-formula",
                sheet.getSheetName(),
                cell.getAddress().formatAsString(),
                cell.getCellFormula());
          }
        }
      }
    } catch (InvalidFormatException | IOException | org.apache.poi.ooxml.POIXMLException e) {
      throw InvalidQuery.of("file", "transfer.unreadable", xlsx.getFileName(), e.getMessage());
    }
  }
}
