package cn.onegrid.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.transfer.Importer;
import cn.onegrid.data.transfer.RosterImport;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import cn.onegrid.server.system.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code java -jar onegrid.jar import …} on the server's own beans: the report printed, a draft
 * plan made or published, a refusal printed with exit status 2 and nothing written.
 */
@TestPropertySource(properties = "onegrid.security.max-upload=1MB")
class ImportCommandIT extends ApiTest {

  @Autowired private Importer importer;
  @Autowired private RosterImport rosters;
  @Autowired private AccountRepository accounts;
  @Autowired private Plans plans;
  @Autowired private Messages messages;

  @TempDir Path work;

  @Test
  void aRenamedCommitteeIsReportedAndPublished() throws IOException {
    Path file = committees();
    Files.writeString(file, Files.readString(file).replace("金华社区居委会", "金华社区"));
    Run run =
        run(
            file.toString(),
            "--target=committees",
            "--as=" + TestAccount.PLANNER.username,
            "--publish",
            "--reason=年度普查");
    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("updated 2", "name-differs", "金华社区居委会", "published 1");
    assertThat(
            jdbc.sql("SELECT name FROM committee WHERE code = '310114118009'")
                .query(String.class)
                .single())
        .isEqualTo("金华社区");
  }

  @Test
  void aReportOnlyWritesNothing() throws IOException {
    Run run = run(committees().toString(), "--target=committees", "--report", "--lang=en");
    assertThat(run.status()).isZero();
    assertThat(run.output()).contains("created 0, updated 2, removed 0");
    assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Integer.class).single()).isZero();
  }

  @Test
  void aRefusalIsPrintedWithStatusTwo() throws IOException {
    Run run = run(committees().toString(), "--target=micro-grids", "--as=x", "--lang=en");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).contains("not a code of micro-grids").doesNotContain("plan ");
    assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Integer.class).single()).isZero();
  }

  @Test
  void aRosterFileIsStagedAndPublishedAsTheAccount() throws IOException {
    Path file =
        roster(
            "310114118009P01,王芳（示例）,13900000003,孙丽 13600000005,周六,09:00,11:00,孙丽",
            "310114118009P01,,,,周日,09:00,11:00,王芳（示例）");
    Run run =
        run(
            file.toString(),
            "--target=rosters",
            "--as=" + TestAccount.COMMITTEE_PLANNER.username,
            "--publish",
            "--reason=新花名册");
    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("posts 1, people added 1", "+ 孙丽 13600000005", "published 1");
    assertThat(
            jdbc.sql(
                    "SELECT p.name FROM duty_post d JOIN person p ON p.id = d.leader_id"
                        + " WHERE d.code = '310114118009P01'")
                .query(String.class)
                .single())
        .isEqualTo("王芳（示例）");
  }

  @Test
  void aBadRosterPrintsEveryErrorByRowAndColumnWithStatusTwo() throws IOException {
    Path file =
        roster(
            "310114118009P01,王芳（示例）,1390000,,周六,9点,11:00,", "310114118203P01,,,,周六,09:00,11:00,");
    Run run =
        run(
            file.toString(),
            "--target=rosters",
            "--as=" + TestAccount.COMMITTEE_PLANNER.username,
            "--lang=en");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output())
        .contains("3 errors")
        .contains("Row 2, “组长”:", "Row 2, “开始时间”: The time \"9点\" is wrong")
        .contains("Row 3, “岗位编号”:")
        .doesNotContain("plan ");
    assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Integer.class).single()).isZero();
  }

  private Path roster(String... rows) throws IOException {
    return Files.writeString(
        work.resolve("花名册.csv"),
        "岗位编号,组长,组长电话,成员,星期,开始时间,结束时间,值守人员\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
  }

  private record Run(int status, String output) {}

  private Run run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        new ImportCommand(importer, rosters, accounts, plans, messages)
            .run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(status, bytes.toString(StandardCharsets.UTF_8));
  }

  private Path committees() throws IOException {
    HttpResponse<byte[]> response = getBytes("/collections/committees/export?f=geojson&crs=4326");
    assertThat(response.statusCode()).isEqualTo(200);
    return Files.write(work.resolve("committees.geojson"), response.body());
  }
}
