package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.editing.PostSlot;
import cn.onegrid.data.editing.PostState;
import cn.onegrid.data.editing.PostStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Roster files into draft plans: people matched or added, all errors at once, nothing written. */
class RosterImportIT {

  private static final String WEST = "310114118009";
  private static final String POST = WEST + "P01";
  private static final String EAST_POST = "310114118203P01";

  private final RosterImport rosters = TestDatabase.data().rosterImport();
  private final Plans plans = TestDatabase.data().plans();
  private final PostStore posts = TestDatabase.data().posts();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @TempDir Path folder;

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
    AccountRepository accounts = TestDatabase.data().accounts();
    accounts.create(new NewAccount("west", "west", "-", Role.PLANNER, List.of(WEST), false));
  }

  @Test
  void theTemplateFilledInBecomesADraftThatPublishesTheRoster() throws IOException {
    Path file =
        xlsx(
            header(),
            List.of(
                POST,
                "李娜（示例）",
                "13900000002",
                "王芳（示例） 13900000003、赵强 13700000004",
                "周五",
                "20:00",
                "22:00",
                "李娜（示例）、赵强"),
            List.of(POST, "", "", "", "6", "08:00", "24:00", "王芳（示例）"));

    RosterImport.Staged staged = rosters.stage(file, "west", List.of(WEST), "花名册");

    assertThat(staged.posts()).isEqualTo(1);
    assertThat(staged.peopleAdded()).containsExactly("赵强 13700000004");
    PostState before = posts.get(POST).state();
    assertThat(before.leader()).as("a draft changes nothing yet").isNotEqualTo(id("李娜（示例）"));

    plans.publish(staged.plan(), "west", "导入花名册");

    long li = id("李娜（示例）");
    long wang = id("王芳（示例）");
    long zhao = id("赵强");
    PostState after = posts.get(POST).state();
    assertThat(after.leader()).isEqualTo(li);
    assertThat(after.members()).containsExactlyInAnyOrder(li, wang, zhao);
    assertThat(after.slots())
        .containsExactly(
            new PostSlot(5, 20 * 60, 22 * 60, List.of(li, zhao)),
            new PostSlot(6, 8 * 60, 1440, List.of(wang)));
    assertThat(after.name()).as("the rest of the post stays").isEqualTo(before.name());
  }

  @Test
  void aGbkCsvWithoutPhonesMatchesUniqueNames() throws IOException {
    Path file = folder.resolve("roster.csv");
    Files.writeString(
        file,
        String.join(",", header()) + "\r\n" + POST + ",王芳,,李娜,1,07:00,09:00,\r\n",
        Charset.forName("GBK"));
    // 王芳（示例） is the fixture's name; a bare 王芳 is someone else, added.
    RosterImport.Staged staged = rosters.stage(file, "west", List.of(), "CSV");

    assertThat(staged.peopleAdded()).containsExactly("王芳", "李娜");
    assertThat(plans.post(staged.plan(), "west", POST).state().slots()).hasSize(1);
  }

  @Test
  void everyErrorIsListedAndNothingIsWritten() throws IOException {
    int people = count("person");
    Path file =
        xlsx(
            List.of("岗位编号", "组长", "星期", "开始时间", "结束时间", "备注"),
            List.of(POST, "李娜", "周八", "19:00", "21:00", ""),
            List.of(WEST + "P77", "", "", "", "", ""),
            List.of(EAST_POST, "", "", "", "", ""),
            List.of(POST, "新人", "", "", "", ""));

    assertThatThrownBy(() -> rosters.stage(file, "west", List.of(WEST), "坏"))
        .isInstanceOfSatisfying(
            InvalidRoster.class,
            e ->
                assertThat(e.errors())
                    .extracting(r -> r.row() + " " + r.column() + " " + r.key())
                    .containsExactly(
                        "1 备注 transfer.roster.unknown-column",
                        "2 星期 transfer.roster.weekday",
                        "3 岗位编号 transfer.roster.post-unknown",
                        "4 岗位编号 transfer.roster.post-not-yours",
                        "5 组长 transfer.roster.two-leaders"));
    assertThat(count("plan")).isZero();
    assertThat(count("person")).isEqualTo(people);
  }

  @Test
  void aFormulaIsRefusedBeforeAnythingIsRead() throws IOException {
    Path file = xlsx(header(), List.of(POST, "李娜", "", "", "", "", "", ""));
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      book.getSheetAt(0).getRow(1).getCell(4).setCellFormula("1+1");
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }

    assertThatThrownBy(() -> rosters.stage(file, "west", List.of(), "公式"))
        .hasMessageContaining("transfer.xlsx-formula");
  }

  @Test
  void theTemplateItselfReadsAsItsExampleRow() throws IOException {
    Path file = folder.resolve("template.xlsx");
    Files.write(file, RosterTemplate.xlsx());
    Path csv = folder.resolve("template.csv");
    Files.write(csv, RosterTemplate.csv());

    for (Path template : List.of(file, csv)) {
      List<RosterError> errors = new java.util.ArrayList<>();
      List<RosterPost> read = RosterRows.posts(RosterSheet.read(template, errors), errors);
      assertThat(errors).isEmpty();
      assertThat(read).singleElement().satisfies(p -> assertThat(p.people()).hasSize(3));
    }
  }

  private static List<String> header() {
    return java.util.Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList();
  }

  @SafeVarargs
  private Path xlsx(List<String>... rows) throws IOException {
    Path file = folder.resolve("roster.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("花名册");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].size(); c++) {
          row.createCell(c).setCellValue(rows[r].get(c));
        }
      }
      book.write(out);
    }
    return file;
  }

  private long id(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = :n")
        .param("n", name)
        .query(Long.class)
        .single();
  }

  private int count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }
}
