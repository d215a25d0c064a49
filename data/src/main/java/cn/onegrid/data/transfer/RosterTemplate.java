package cn.onegrid.data.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster template OneGrid offers: the header row ({@link RosterColumn}) and an example row, as
 * XLSX (every cell text, so Excel keeps 19:00 and the codes as typed; a second sheet says what each
 * column takes) or as CSV (UTF-8 with a BOM, so Excel opens the Chinese headers).
 */
public final class RosterTemplate {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** What each column takes, for the XLSX's second sheet. */
  private static final List<String> NOTES =
      List.of(
          "必填：岗位的编码（居村编码 + P + 两位数字）。一个岗位可占多行，每行一个时段。",
          "组长姓名；同一岗位的各行须一致（可只写在第一行）。组长自动算作成员。",
          "组长的手机号，用来和人员名册核对；名册里没有此人时新增。",
          "其他成员：“姓名 手机号”，多人用顿号、逗号或分号隔开；手机号可省，但同名时必须写。",
          "这一行时段的星期：1–7 或 周一…周日。没有固定时段的岗位可留空。",
          "时段开始，如 19:00。",
          "时段结束，如 21:00；到午夜写 24:00。时段不跨午夜。",
          "这一时段值守的人（组长或成员的姓名），留空表示全体成员。");

  private RosterTemplate() {}

  public static byte[] xlsx() {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet roster = book.createSheet("花名册");
      Row header = roster.createRow(0);
      Row example = roster.createRow(1);
      Sheet notes = book.createSheet("填写说明");
      RosterColumn[] columns = RosterColumn.values();
      for (int i = 0; i < columns.length; i++) {
        header.createCell(i).setCellValue(columns[i].header());
        example.createCell(i).setCellValue(columns[i].example());
        roster.setColumnWidth(i, 16 * 256);
        Row note = notes.createRow(i);
        note.createCell(0).setCellValue(columns[i].header());
        note.createCell(1).setCellValue(NOTES.get(i));
      }
      roster.setColumnWidth(RosterColumn.MEMBERS.ordinal(), 36 * 256);
      notes.setColumnWidth(1, 90 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    try (CSVPrinter printer =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
      printer.printRecord(Arrays.stream(RosterColumn.values()).map(RosterColumn::header));
      printer.printRecord(Arrays.stream(RosterColumn.values()).map(RosterColumn::example));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
