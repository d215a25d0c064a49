package cn.onegrid.server.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The heat table as a page, in the two-committee fixture: west's post covers both its blocks on
 * Thursday 19–21 and Monday 8–10, nobody else ever.
 */
class TimeTablePageIT extends ApiTest {

  private static final String WEST = "310114118009";

  @Test
  void aLeaderReadsEachBlocksWeekAndTheWeakestSlots() {
    HttpResponse<String> page =
        as(TestAccount.LEADER).get("/committees/" + WEST + "/time-table", "Accept", "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    String body = page.body();
    assertThat(body).contains("金华社区居委会（" + WEST + "）时段覆盖表", "最薄弱时段", "周一 0–2 时：2 个网格无人覆盖");
    assertThat(body.split("<tr data-block=")).as("two blocks").hasSize(3);
    assertThat(body)
        .as("posts by name, not code")
        .contains("title=\"周四 18–20 时 金华社区居委会第1党员联勤岗 · ")
        .doesNotContain(WEST + "P01");
    assertThat(count(body, "class=\"og-h1")).as("3 covered slots × 2 blocks").isEqualTo(6);
    assertThat(count(body, "class=\"og-h0")).isEqualTo(2 * 81);
  }

  @Test
  void inEnglishToo() {
    String body = as(TestAccount.LEADER).get("/committees/" + WEST + "/time-table?lang=en").body();

    assertThat(body)
        .contains("Time coverage of 金华社区居委会 (" + WEST + ")", "Mon 0–2 h: 2 blocks with nobody");
  }

  @Test
  void anUnknownCommitteeIs404() {
    assertThat(as(TestAccount.LEADER).get("/committees/999999999999/time-table").statusCode())
        .isEqualTo(404);
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
