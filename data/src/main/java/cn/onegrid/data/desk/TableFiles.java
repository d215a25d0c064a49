package cn.onegrid.data.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every table of the desk as a file, one way: CSV (UTF-8 with a byte-order mark, so Excel reads
 * Chinese right; CRLF; RFC 4180 quoting) or XLSX (Apache POI: a bold header row, numbers as
 * numbers, ratios as percentages). Text that a spreadsheet would take for a formula ({@code =},
 * {@code +}, {@code -}, {@code @} first) is written with a leading apostrophe in CSV, and always as
 * text in XLSX, so a name cannot run as a formula.
 */
public final class TableFiles {

  /** The two formats, by the extension a URL names. */
  public enum Format {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TableFiles() {}

  /** The table as a file; {@code headings} are the columns' names in the reader's language. */
  public static byte[] write(Table table, List<String> headings, Format format) {
    if (headings.size() != table.columns().size()) {
      throw new IllegalArgumentException("headings " + headings + " for " + table.columns());
    }
    return format == Format.CSV ? csv(table, headings) : xlsx(table, headings);
  }

  private static byte[] csv(Table table, List<String> headings) {
    StringBuilder out = new StringBuilder();
    line(out, List.copyOf(headings));
    table.rows().forEach(row -> line(out, row));
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(text, 0, file, BOM.length, text.length);
    return file;
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvCell(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String csvCell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Table.Ratio ratio) {
      return Double.toString(ratio.value());
    }
    if (cell instanceof Number number) {
      return number.toString();
    }
    String text = cell.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || text.startsWith("'");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static byte[] xlsx(Table table, List<String> headings) {
    return workbook(List.of(table), List.of(headings));
  }

  /**
   * Several tables as one XLSX workbook, a sheet each (named after its table), written as {@link
   * #write} writes one; {@code headings} are each table's column names, in the same order.
   */
  public static byte[] workbook(List<Table> tables, List<List<String>> headings) {
    if (tables.size() != headings.size()) {
      throw new IllegalArgumentException(headings.size() + " headings for " + tables.size());
    }
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int t = 0; t < tables.size(); t++) {
        if (headings.get(t).size() != tables.get(t).columns().size()) {
          throw new IllegalArgumentException(
              "headings " + headings.get(t) + " for " + tables.get(t).columns());
        }
        sheet(book, tables.get(t), headings.get(t));
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(XSSFWorkbook book, Table table, List<String> headings) {
    Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
    Font bold = book.createFont();
    bold.setBold(true);
    CellStyle header = book.createCellStyle();
    header.setFont(bold);
    CellStyle percent = book.createCellStyle();
    percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
    Row top = sheet.createRow(0);
    for (int i = 0; i < headings.size(); i++) {
      Cell cell = top.createCell(i);
      cell.setCellValue(headings.get(i));
      cell.setCellStyle(header);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> cells = table.rows().get(r);
      for (int i = 0; i < cells.size(); i++) {
        Object value = cells.get(i);
        if (value instanceof Table.Ratio ratio) {
          Cell cell = row.createCell(i);
          cell.setCellValue(ratio.value());
          cell.setCellStyle(percent);
        } else if (value instanceof Number number) {
          row.createCell(i).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(i).setCellValue(value.toString()); // a string cell: never a formula
        }
      }
    }
    sheet.createFreezePane(0, 1);
    for (int i = 0; i < headings.size(); i++) {
      sheet.setColumnWidth(i, 18 * 256);
    }
  }
}
