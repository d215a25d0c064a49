package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.server.TestAccount;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Planner mode's posts (定岗、定责): a planner creates a post at the committee's blind spot in one
 * click, renames it, gives it a duty, moves it, sees the walking reach improve before publishing,
 * and a refusal (a move out of the committee) in the page's language; a leader then finds the new
 * post on the map.
 */
class PostPlanningIT extends BrowserTest {

  private static final String JINHUA = "310114118009";
  private static final String NEW_POST = JINHUA + "P02";
  private static final String JINHUA_MAP = "#15/31.2550/121.3050/committees/" + JINHUA;

  @BeforeEach
  void analysedAndSignedInAsAPlanner() {
    TestDatabase.data().analyst().catchUp(); // the blind spot to suggest (no background analysis)
    signIn(TestAccount.PLANNER);
  }

  @Test
  void aPostCreatedAtTheBlindSpotIsNamedMovedGivenDutiesAndPublished() {
    openPosts(JINHUA_MAP);
    assertThat(page.text(".og-suggest")).contains("宜在此新设联勤岗");
    assertThat(page.findAll(".og-pin-spot")).as("the blind spot's pin").hasSize(1);

    page.click("[data-key='create-at-blind-spot']");
    assertThat(page.plannerMessage("新设岗位")).contains("P02").contains("金华岗位调整");
    assertThat(page.find(".og-post").getDomAttribute("data-post")).isEqualTo(NEW_POST);
    assertThat(page.findAll(".og-pin-new")).hasSize(1);
    assertThat(page.findAll(".og-suggest")).as("the suggestion taken").isEmpty();
    assertThat(figure("catchment")).as("more ground within walking reach").isEqualTo("better");

    page.find("#og-post-name").clear();
    page.find("#og-post-name").sendKeys("金华盲区联勤岗");
    page.click("[data-key='rename']");
    page.plannerMessage("已保存到草案");
    page.click("input[data-duty='dispute_mediation']");
    page.plannerMessage("已保存到草案");
    assertThat(page.find("input[data-duty='dispute_mediation']").isSelected()).isTrue();
    assertThat(page.text("#og-post-choice option:checked")).contains("金华盲区联勤岗");
    screenshot("posts-created-at-blind-spot");

    page.click("[data-key='move']");
    page.wait.until(d -> !page.findAll(".og-map.og-placing").isEmpty());
    page.clickAt(31.2550, 121.3150); // in 高潮村, east of 金华
    assertThat(page.plannerMessage("不在其所属居村")).contains(NEW_POST).contains("310114118203");
    assertThat(page.cardTitle()).as("the click placed, opened no card").isEqualTo("金华社区居委会");
    screenshot("posts-moved-out-refused");

    page.click("[data-key='move']");
    page.clickAt(31.2580, 121.3020);
    page.plannerMessage("已保存到草案");
    String[] at = page.text(".og-post .og-hint").replaceAll("[^0-9., ]", "").trim().split("[, ]+");
    assertThat(Double.parseDouble(at[0])).isCloseTo(121.302, Offset.offset(3e-4));
    assertThat(Double.parseDouble(at[1])).isCloseTo(31.258, Offset.offset(3e-4));

    page.click("[data-key='publish']");
    page.find("#og-publish-reason").sendKeys("在最大盲区新设联勤岗");
    page.click(".og-reason button[type='submit']");
    assertThat(page.plannerMessage("已发布")).isEqualTo("已发布 1 处修改。");
    assertThat(page.text("#og-post-choice option:checked")).doesNotContain("新设");

    signIn(TestAccount.LEADER);
    page.open("#17/31.2580/121.3020");
    page.clickAt(31.2580, 121.3020);
    assertThat(page.cardTitle()).isEqualTo("金华盲区联勤岗");
    assertThat(page.text("#card")).contains("矛盾调解");
  }

  @Test
  void aNewPostIsGivenALeaderMembersAndFridayEveningAndPublished() {
    openPosts(JINHUA_MAP);
    page.click("[data-key='create-at-blind-spot']");
    page.plannerMessage("新设岗位");
    page.find("#og-post-name").clear();
    page.find("#og-post-name").sendKeys("金华夜巡岗");
    page.click("[data-key='rename']");
    page.plannerMessage("已保存到草案");

    page.click("[data-member='" + person("张伟") + "']");
    page.plannerMessage("已保存到草案");
    page.click("[data-leader='" + person("李娜") + "']"); // a leader joins as a member too
    page.plannerMessage("已保存到草案");
    assertThat(page.find(".og-people").getDomAttribute("data-members")).isEqualTo("2");
    assertThat(page.find("[data-member='" + person("李娜") + "']").isSelected()).isTrue();

    page.whenIdle();
    new Actions(browser.driver)
        .clickAndHold(page.find("[data-cell='5/18']"))
        .moveToElement(page.find("[data-cell='5/20']"))
        .moveToElement(page.find("[data-cell='5/22']"))
        .release()
        .perform();
    page.plannerMessage("已保存到草案");
    assertThat(page.find("[data-cell='5/20']").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(page.find("[data-cell='5/20']").getText()).isEqualTo("2");
    assertThat(page.find("[data-cell='6/20']").getDomAttribute("aria-pressed")).isEqualTo("false");

    page.click("[data-cell='4/18']"); // Thursday 18–20: both are at post P01 from 19:00
    page.plannerMessage("已保存到草案");
    assertThat(page.findAll(".og-flags [data-flag='double-booked']")).isNotEmpty();
    assertThat(page.find("[data-cell='4/18']").getDomAttribute("data-flag"))
        .isEqualTo("double-booked");
    screenshot("posts-week-flagged");
    page.click("[data-cell='4/18']"); // the same people again: cleared
    page.plannerMessage("已保存到草案");
    assertThat(page.findAll(".og-flags [data-flag='double-booked']")).isEmpty();

    assertThat(figure("catchment")).as("coverage by area").isEqualTo("better");
    assertThat(timeFigure("emptySlots"))
        .as("coverage by time: Friday evening covered")
        .isEqualTo("better");
    assertThat(timeFigure("night")).isEqualTo("better");
    screenshot("posts-people-and-week");

    page.click("[data-key='publish']");
    page.find("#og-publish-reason").sendKeys("新设夜巡岗，周五晚值守");
    page.click(".og-reason button[type='submit']");
    page.plannerMessage("已发布");

    double lat = coordinate("ST_Y"); // where the blind spot was: on 金华's border
    double lng = coordinate("ST_X");
    signIn(TestAccount.LEADER);
    page.open(String.format(Locale.ROOT, "#17/%.6f/%.6f", lat, lng));
    page.clickAt(lat, lng);
    assertThat(page.cardTitle()).isEqualTo("金华夜巡岗");
    assertThat(page.text("#card .og-fields")).contains("李娜");
    assertThat(page.text("#card [data-section='schedule']"))
        .contains("周五")
        .contains("20:00–22:00")
        .contains("张伟");

    page.open(JINHUA_MAP);
    page.click(".og-onduty summary");
    page.waitFor("the on-duty box").until(d -> !page.findAll("#og-onduty-day").isEmpty());
    new Select(page.find("#og-onduty-day")).selectByValue("5");
    page.whenIdle();
    new Select(page.find("#og-onduty-hour")).selectByValue("20");
    page.whenIdle();
    assertThat(page.findAll(".og-onduty-posts li")).as("on duty Friday 20–22").hasSize(1);
    assertThat(page.text(".og-onduty-posts")).contains("金华夜巡岗").contains("张伟").contains("李娜");
    assertThat(page.findAll(".og-onduty-uncovered li"))
        .as("the micro-grids nobody's area covers then: the new post has none yet")
        .hasSize(4);
    screenshot("on-duty-friday-evening");
  }

  /** Whether a time figure of the draft's preview got better, worse or stayed the same. */
  private String timeFigure(String id) {
    return page.find("[data-time] tr[data-figure='" + id + "']").getDomAttribute("data-change");
  }

  /** A coordinate (ST_X or ST_Y) of the new post's published location. */
  private double coordinate(String function) {
    return jdbc.sql("SELECT " + function + "(location) FROM duty_post WHERE code = :code")
        .param("code", NEW_POST)
        .query(Double.class)
        .single();
  }

  /** The id of a person of 金华's register, by name. */
  private String person(String name) {
    return jdbc.sql("SELECT id::text FROM person WHERE name LIKE :name")
        .param("name", name + "%")
        .query(String.class)
        .single();
  }

  @Override
  boolean expectedConsoleError(String error) {
    return error.contains("status of 422"); // the move out of the committee, refused on purpose
  }

  @Test
  void onAPhoneInEnglishAPostIsRetiredFromTheDraft() {
    browser.resize(Browser.PHONE);
    openPosts(JINHUA_MAP);
    page.click("#language");
    page.wait.until(
        d -> page.text("#og-planner-title").equals("Change duty posts: place and duties"));
    assertThat(page.text(".og-suggest")).contains("a new post would help most there");

    page.click("[data-key='retire']");
    page.plannerMessage("Saved to the draft");
    assertThat(page.find(".og-post").getDomAttribute("data-retired")).isEqualTo("true");
    assertThat(page.text("#og-post-choice option:checked")).endsWith("(retired)");
    assertThat(page.findAll(".og-pin-retired")).hasSize(1);
    assertThat(page.find("input[data-duty='sanitation']").isEnabled())
        .as("a retired post's duties rest")
        .isFalse();
    screenshot("posts-phone-retired-en");
  }

  /** Opens the map, planner mode, a new draft and its posts. */
  private void openPosts(String hash) {
    page.open(hash);
    page.togglePlanner();
    page.plannerIdle();
    page.find("#og-plan-name").sendKeys("金华岗位调整");
    page.click("[data-key='plan-create']");
    page.plannerIdle();
    page.click("input[value='posts']");
    page.plannerReady();
  }

  /** Whether a figure of the draft's preview got better, worse or stayed the same. */
  private String figure(String id) {
    return page.find("[data-section='preview'] tr[data-figure='" + id + "']")
        .getDomAttribute("data-change");
  }
}
