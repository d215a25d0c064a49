package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A roster file's rows as text by column: the first sheet of an XLSX (Apache POI; formulas and
 * merged header cells refused first, {@link SpreadsheetCheck}; a time cell read as {@code HH:mm})
 * or a CSV (Commons CSV; UTF-8 with or without a BOM, else GBK, as Excel saves it in China). The
 * first row is the header; empty rows are skipped; headers that are no roster column are errors.
 */
final class RosterSheet {

  private static final Charset GBK = Charset.forName("GBK");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private RosterSheet() {}

  /** One row of the file, numbered as a spreadsheet numbers it. */
  record Line(int row, Map<RosterColumn, String> cells) {
    String cell(RosterColumn column) {
      return cells.getOrDefault(column, "");
    }
  }

  /** The rows, with the header's errors added to {@code errors}. */
  static List<Line> read(Path file, List<RosterError> errors) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<List<String>> rows;
    if (name.endsWith(".xlsx")) {
      SpreadsheetCheck.requirePlainTable(file);
      rows = xlsx(file);
    } else if (name.endsWith(".csv")) {
      rows = csv(file);
    } else {
      throw InvalidQuery.of("file", "transfer.roster.type", file.getFileName());
    }
    if (rows.isEmpty()) {
      throw InvalidQuery.of("file", "transfer.roster.empty");
    }
    List<RosterColumn> columns = header(rows.get(0), errors);
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
      List<String> row = rows.get(i);
      for (int c = 0; c < Math.min(row.size(), columns.size()); c++) {
        String text = row.get(c) == null ? "" : row.get(c).strip();
        if (columns.get(c) != null && !text.isEmpty()) {
          cells.put(columns.get(c), text);
        }
      }
      if (!cells.isEmpty()) {
        lines.add(new Line(i + 1, cells));
      }
    }
    return lines;
  }

  /** Each header's column (null for a blank one), errors for unknown, repeated and missing. */
  private static List<RosterColumn> header(List<String> headers, List<RosterError> errors) {
    List<RosterColumn> columns = new ArrayList<>();
    for (String header : headers) {
      String h = header == null ? "" : header.strip();
      RosterColumn column = RosterColumn.named(h).orElse(null);
      if (column == null && !h.isEmpty()) {
        errors.add(
            new RosterError(1, h, "transfer.roster.unknown-column", h, RosterColumn.headers()));
      } else if (column != null && columns.contains(column)) {
        errors.add(RosterError.at(1, column, "transfer.roster.repeated-column", column.header()));
        column = null;
      }
      columns.add(column);
    }
    if (!columns.contains(RosterColumn.POST)) {
      errors.add(RosterError.at(1, RosterColumn.POST, "transfer.roster.missing-column", "岗位编号"));
    }
    return columns;
  }

  private static List<List<String>> xlsx(Path file) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook book = new XSSFWorkbook(pkg)) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        rows.add(cells);
      }
      while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(RosterSheet::blank)) {
        rows.remove(rows.size() - 1);
      }
      return rows;
    } catch (InvalidFormatException | IOException | org.apache.poi.ooxml.POIXMLException e) {
      throw InvalidQuery.of("file", "transfer.unreadable", file.getFileName(), e.getMessage());
    }
  }

  /** A time cell as 19:00 (24:00 when Excel keeps the end of the day as 1.0), else as shown. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      double value = cell.getNumericCellValue();
      return value == 1.0 ? "24:00" : cell.getLocalDateTimeCellValue().format(CLOCK);
    }
    return formatter.formatCellValue(cell);
  }

  private static List<List<String>> csv(Path file) {
    try (Reader reader = new StringReader(decoded(Files.readAllBytes(file)));
        CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw InvalidQuery.of("file", "transfer.unreadable", file.getFileName(), e.getMessage());
    }
  }

  /** UTF-8 (its BOM dropped) when the bytes are UTF-8, else GBK. */
  static String decoded(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, GBK);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
