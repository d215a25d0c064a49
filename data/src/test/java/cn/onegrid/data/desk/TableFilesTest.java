package cn.onegrid.data.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFilesTest {

  private static final Table TABLE =
      new Table(
          "金华社区-posts",
          List.of("name", "value", "count"),
          List.of(
              Arrays.asList("金华一号岗, 东门", new Table.Ratio(0.8125), 3),
              Arrays.asList("=HYPERLINK(\"x\")", null, -2)));
  private static final List<String> HEADINGS = List.of("名称", "覆盖率", "数量");

  @Test
  void csvStartsWithAByteOrderMarkSoExcelReadsChinese() {
    byte[] csv = TableFiles.write(TABLE, HEADINGS, TableFiles.Format.CSV);
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(
            "名称,覆盖率,数量\r\n" + "\"金华一号岗, 东门\",0.8125,3\r\n" + "\"'=HYPERLINK(\"\"x\"\")\",,-2\r\n");
  }

  @Test
  void aCsvCellThatWouldRunAsAFormulaIsText() {
    assertThat(TableFiles.csvCell("+86 138")).isEqualTo("\"'+86 138\"");
    assertThat(TableFiles.csvCell("@sum")).isEqualTo("\"'@sum\"");
    assertThat(TableFiles.csvCell(-3)).isEqualTo("-3");
  }

  @Test
  void xlsxHasABoldHeaderNumbersAsNumbersAndRatiosAsPercentages() throws IOException {
    byte[] xlsx = TableFiles.write(TABLE, HEADINGS, TableFiles.Format.XLSX);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("金华社区-posts");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("覆盖率");
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      Row first = sheet.getRow(1);
      assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(0.8125);
      assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      Row second = sheet.getRow(2);
      assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(second.getCell(1)).isNull();
    }
  }
}
