package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.server.ApiClient;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Planner mode: painting a post's area from micro-grids, seeing the effect, publishing a plan that
 * another session then sees, a stale save refused, a revert, and a free drawing clipped to its
 * committee; a published plan reverted as a whole from the list of published plans, and the same
 * revert refused in a second session that still offered it. The planner signs in through the
 * sign-in page; the second session is a leader's, or for the plan's revert the planner's own.
 */
class PlannerIT extends BrowserTest {

  private static final String JINHUA = "310114118009";
  private static final String POST = JINHUA + "P01";
  private static final String JINHUA_CARD = "#16/31.2550/121.3050/committees/" + JINHUA;
  // 金华 (121.30–121.31 E, 31.25–31.26 N) in four micro-grids: 1 SW, 2 SE, 3 NW, 4 NE.
  private static final double SOUTH = 31.2525;
  private static final double NORTH = 31.2575;
  private static final double WEST = 121.3025;
  private static final double EAST = 121.3075;

  @BeforeEach
  void signedInAsAPlanner() {
    signIn(TestAccount.PLANNER);
  }

  @BeforeEach
  void jinhuaInFourMicroGrids() {
    jdbc.sql(
            "DELETE FROM grid WHERE level = 'micro' AND code LIKE :prefix"
                + ";INSERT INTO grid (committee_id, parent_id, level, seq, code, name, boundary,"
                + " illustrative)"
                + " SELECT g.committee_id, g.id, 'micro', q.seq, g.code || lpad(q.seq::text, 2, '0'),"
                + " g.name || '-' || q.seq,"
                + " ST_Multi(ST_MakeEnvelope(q.x, q.y, q.x + 0.005, q.y + 0.005, 4326)), true"
                + " FROM grid g, (VALUES (1, 121.300, 31.250), (2, 121.305, 31.250),"
                + " (3, 121.300, 31.255), (4, 121.305, 31.255)) AS q(seq, x, y)"
                + " WHERE g.code = :parent")
        .param("prefix", JINHUA + "01%")
        .param("parent", JINHUA + "01")
        .update();
    TestDatabase.data().analyst().catchUp();
  }

  /** The committee card's analysis section, whether or not the planner's sheet hides the card. */
  private String cardAnalysis() {
    return String.valueOf(
        page.js(
            "return document.querySelector(\"#card [data-section='analysis']\")?.textContent;"));
  }

  /** The summary's coverage option, with the town's value. */
  private String coverageOption() {
    return String.valueOf(
        page.js(
            "return document.querySelector(\"#og-indicator option[value='coverage']\")?.textContent;"));
  }

  @Test
  void paintPublishSeenElsewhereStaleSaveRefusedAndRevert() throws Exception {
    page.open(JINHUA_CARD);
    page.togglePlanner();
    page.plannerReady();
    assertThat(page.findAll("[data-grid]")).hasSize(4);
    createPlan("江桥 2027 责任区调整");

    page.clickAt(SOUTH, WEST);
    page.plannerIdle();
    page.brush(SOUTH, EAST, NORTH, EAST);
    page.wait.until(d -> painted() == 3);
    page.plannerIdle();
    assertThat(after("coverage")).isEqualTo("75%");
    assertThat(before("coverage")).isNotEqualTo("75%");
    assertThat(page.text("tr.og-edited")).contains("调整中");
    screenshot("planner-painted");

    new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
    page.wait.until(d -> painted() == 1);
    new Actions(browser.driver)
        .keyDown(Keys.CONTROL)
        .keyDown(Keys.SHIFT)
        .sendKeys("z")
        .keyUp(Keys.SHIFT)
        .keyUp(Keys.CONTROL)
        .perform();
    page.wait.until(d -> painted() == 3);
    page.plannerIdle();
    String gapAfter = after("gap");

    page.click("[data-key='save']");
    assertThat(page.plannerMessage("已保存到草案")).contains("江桥 2027");
    assertThat(page.find(".og-plan").getDomAttribute("data-changes")).isEqualTo("1");
    assertThat(page.text(".og-plan > p"))
        .as("the draft names the post, not its code")
        .contains("金华社区居委会第1党员联勤岗")
        .doesNotContain(POST);
    page.click(".og-compare summary");
    screenshot("planner-plan-compare");

    String townCoverage = coverageOption();
    page.click("[data-key='publish']");
    page.find("#og-publish-reason").sendKeys("按微网格重新划分金华第1岗责任区");
    page.click(".og-reason button[type='submit']");
    assertThat(page.plannerMessage("已发布")).isEqualTo("已发布 1 处修改。");
    page.plannerIdle();
    screenshot("planner-published");
    TestDatabase.data().analyst().catchUp(); // background analysis is off in tests
    page.waitFor("the card's and the summary's figures once the analysis has caught up")
        .until(
            d ->
                cardAnalysis().contains("75%")
                    && !cardAnalysis().contains("正在重新计算")
                    && !coverageOption().equals(townCoverage));
    screenshot("planner-published-analysed");

    try (Browser other = new Browser()) {
      new SignInPage(other.driver, url(""))
          .open()
          .signIn(TestAccount.LEADER.username, TestAccount.PASSWORD);
      MapPage second = new MapPage(other.driver, url(""));
      second.open(JINHUA_CARD);
      assertThat(second.text("[data-section='analysis']"))
          .containsPattern("责任区覆盖率\\s+75%")
          .contains(gapAfter);
      second.toggleLayer("duty-post-areas");
      second.find("#card .og-close").click();
      second.clickAt(31.2505, 121.3005); // the new area's far corner, outside the old disc
      assertThat(second.cardTitle()).isEqualTo("金华社区居委会第1党员联勤岗");
      second.afterPaint();
      other.screenshot("planner-second-session");
    }

    createPlan("第二稿");
    page.clickAt(NORTH, WEST);
    page.plannerIdle();
    assertThat(painted()).isEqualTo(4);
    changeDirectly(); // meanwhile, someone else gives the post only the south-west grid
    page.click("[data-key='save']");
    assertThat(page.plannerMessage("有人修改了")).contains("金华社区居委会第1党员联勤岗");
    assertThat(page.find(".og-planner-message").getDomAttribute("data-stale")).isEqualTo("true");
    screenshot("planner-stale-save");
    page.click("[data-key='message-action']");
    page.plannerReady();
    assertThat(painted()).isEqualTo(1);

    page.click("[data-section='history'] summary");
    page.wait.until(d -> page.find("[data-section='history']").getDomAttribute("open") != null);
    assertThat(page.findAll("[data-revert]")).hasSize(2);
    page.click("[data-revert]"); // the newest: the direct change
    page.find("#og-revert-reason").sendKeys("误改，恢复规划方案");
    page.click(".og-reason button[type='submit']");
    page.plannerMessage("已撤回");
    page.wait.until(d -> painted() == 3);
    page.wait.until(d -> page.findAll("[data-revert]").size() == 3);
    page.plannerIdle();
    screenshot("planner-reverted");
  }

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({
    "1400, 900, zh-CN, 此责任区将分成 2 块，不连成一片",
    "1400, 900, en, This area would fall into 2 pieces",
    "390, 844, zh-CN, 此责任区将分成 2 块，不连成一片",
    "390, 844, en, This area would fall into 2 pieces"
  })
  void paintingShowsTheGapsAChangeOpensAndAnAreaInPieces(
      int width, int height, String lang, String piecesWarning) {
    browser.resize(new org.openqa.selenium.Dimension(width, height));
    speak(lang);
    page.open(JINHUA_CARD);
    page.togglePlanner();
    page.plannerReady();
    assertThat(page.layerState("coverage-gaps")).as("gaps stay in view").isEqualTo("ready");

    page.clickAt(SOUTH, WEST); // the south-west grid only: the rest of the post's disc opens
    page.plannerIdle();
    assertThat(page.findAll("[data-warning='opened-gaps']")).hasSize(1);
    assertThat(page.findAll("[data-warning='pieces']")).isEmpty();
    assertThat(openedGapShapes()).as("drawn in the preview").isPositive();

    page.clickAt(NORTH, EAST); // and the north-east one: two grids that meet at a corner only
    page.plannerIdle();
    assertThat(page.text("[data-warning='pieces']")).isEqualTo(piecesWarning);
    screenshot("planner-pieces-and-opened-gaps-" + width + "-" + lang);
  }

  /** How many shapes the planner's pane draws in the opened gaps' style (orange, dashed). */
  private long openedGapShapes() {
    return (Long)
        page.js(
            "return [...document.querySelectorAll('.leaflet-pane path')]"
                + ".filter(p => p.getAttribute('stroke-dasharray') === '4 3'"
                + " && p.getAttribute('fill') === '#D55E00').length;");
  }

  @Test
  void freeDrawingPartlyOutsideTheCommitteeIsClipped() {
    page.open("#15/31.2550/121.3050/committees/" + JINHUA);
    page.togglePlanner();
    page.click("#card .og-close"); // the planner keeps the committee; the east needs the room
    page.plannerReady();
    assertThat(page.findAll("[data-grid]")).hasSize(4);
    page.click("input[value='draw']");
    page.click("[data-key='draw']");
    page.wait.until(d -> !page.findAll("[data-key='finish']").isEmpty());

    page.clickAt(31.2530, 121.3030);
    page.clickAt(31.2530, 121.3130); // 0.003° into 高潮村, east of 金华
    page.clickAt(31.2570, 121.3130);
    page.clickAt(31.2570, 121.3030);
    page.click("[data-key='finish']");

    page.wait.until(d -> !page.findAll("[data-cleanings]").isEmpty());
    page.plannerIdle();
    assertThat(page.text(".og-cleanings [data-kind='clipped']")).contains("已裁去居村范围外部分");
    screenshot("planner-drawing-clipped");

    String coverage = after("coverage");
    page.click("[data-key='reshape']");
    page.wait.until(d -> !page.findAll(".leaflet-editing-icon").isEmpty());
    new Actions(browser.driver)
        .clickAndHold(page.find(".leaflet-editing-icon"))
        .moveByOffset(-40, 0)
        .moveByOffset(-40, 0)
        .release()
        .perform();
    page.waitFor("the reshaped area's preview")
        .until(d -> page.idle() && !after("coverage").equals(coverage));
    page.plannerIdle();
    screenshot("planner-drawing-reshaped");
    page.click(".og-cleanings [data-kind='clipped'] .og-link");
    page.wait.until(d -> page.view()[0] >= 18);
  }

  @Override
  boolean expectedConsoleError(String error) {
    return error.contains("status of 412"); // the stale save, refused on purpose
  }

  @Test
  void onAPhoneThePlannerIsABottomSheetInEitherLanguage() {
    browser.resize(Browser.PHONE);
    page.open(JINHUA_CARD);
    page.togglePlanner();
    page.plannerReady();
    page.clickAt(SOUTH, WEST);
    page.plannerIdle();
    assertThat(painted()).isEqualTo(1);
    org.openqa.selenium.Rectangle sheet = page.find("#planner").getRect();
    assertThat(sheet.getY()).as("a sheet from the bottom").isGreaterThan(300);
    assertThat(sheet.getWidth()).isEqualTo(Browser.PHONE.width);
    screenshot("planner-phone");

    page.click("#language");
    page.wait.until(d -> page.text("#og-planner-title").equals("Redraw duty post areas"));
    assertThat(page.text("[data-section='preview'] tr[data-figure='coverage'] th"))
        .isEqualTo("Coverage by post areas");
    screenshot("planner-phone-en");
  }

  @Test
  void theAuthorSharesADraftWithAnotherPlannerAndTakesItBack() {
    page.open(JINHUA_CARD);
    page.togglePlanner();
    page.plannerReady();
    createPlan("共享方案");
    assertThat(page.text("[data-key='shares']")).contains("未共享");
    ApiClient colleague = as(TestAccount.COMMITTEE_PLANNER);
    assertThat(colleague.get("/plans").body()).doesNotContain("共享方案");

    page.find("#og-plan-share").sendKeys(TestAccount.COMMITTEE_PLANNER.username);
    page.click("[data-key='share']");
    String unshare = "[data-key='unshare-" + TestAccount.COMMITTEE_PLANNER.username + "']";
    page.wait.until(d -> !page.findAll(unshare).isEmpty());
    assertThat(colleague.get("/plans").body()).contains("共享方案");

    page.click(unshare);
    page.wait.until(d -> page.findAll(unshare).isEmpty());
    assertThat(colleague.get("/plans").body()).doesNotContain("共享方案");
  }

  @Test
  void aPublishedPlanIsRevertedAsAWholeAndASecondRevertIsRefused() {
    int start = postVersion();
    long plan = publishedPlan("金华第1岗西南角");
    try (Browser other = new Browser()) { // the same planner on another device, the list open
      new SignInPage(other.driver, url(""))
          .open()
          .signIn(TestAccount.PLANNER.username, TestAccount.PASSWORD);
      MapPage second = new MapPage(other.driver, url(""));
      second.open(JINHUA_CARD);
      second.togglePlanner();
      second.plannerIdle();
      second.click("[data-section='published-plans'] summary");
      String revert = "[data-key='revert-plan-" + plan + "']";
      second.wait.until(d -> !second.findAll(revert).isEmpty());

      page.open(JINHUA_CARD);
      page.togglePlanner();
      page.plannerIdle();
      page.click("[data-section='published-plans'] summary");
      assertThat(page.text("[data-section='published-plans'] summary")).contains("已发布的方案");
      page.click(revert);
      assertThat(page.text("[data-section='published-plans'] [data-plan='" + plan + "']"))
          .contains("该方案的全部修改将恢复为发布前");
      page.find("#og-revert-plan-reason").sendKeys("西南角划错，整体撤销");
      page.click("[data-section='published-plans'] .og-reason button[type='submit']");
      assertThat(page.plannerMessage("已撤销整个方案")).isEqualTo("已撤销整个方案：1 个要素恢复为发布前的样子。");
      assertThat(page.find("[data-plan='" + plan + "']").getDomAttribute("data-state"))
          .isEqualTo("reverted");
      assertThat(page.findAll(revert)).isEmpty();
      assertThat(planState(plan)).isEqualTo("reverted");
      assertThat(postVersion()).as("published, then reverted").isEqualTo(start + 2);
      screenshot("planner-plan-reverted");

      second.click(revert);
      second.find("#og-revert-plan-reason").sendKeys("再撤销一次");
      second.click("[data-section='published-plans'] .og-reason button[type='submit']");
      assertThat(second.plannerMessage("已经撤销过")).isEqualTo("方案 " + plan + " 已经撤销过，不能再次撤销。");
      second.wait.until(
          d ->
              "reverted"
                  .equals(second.find("[data-plan='" + plan + "']").getDomAttribute("data-state")));
      assertThat(second.findAll(revert)).as("the list read again").isEmpty();
      second
          .waitFor("the post's area as reverted, read again")
          .until(d -> second.findAll("[data-grid]:checked").isEmpty());
      assertThat(postVersion()).as("nothing reverted twice").isEqualTo(start + 2);
      other.screenshot("planner-plan-revert-refused");
    }
  }

  /** A plan of the planner's giving post P01 the south-west micro-grid, published over HTTP. */
  private long publishedPlan(String name) {
    ApiClient planner = as(TestAccount.PLANNER);
    HttpResponse<String> created = planner.send("POST", "/plans", "{\"name\":\"" + name + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long plan = JSON.readTree(created.body()).path("id").asLong();
    HttpResponse<String> staged =
        planner.send(
            "PUT",
            "/plans/" + plan + "/changes/duty-post-areas/" + POST,
            SOUTH_WEST,
            "Content-Type",
            "application/geo+json",
            "If-Match",
            "\"v" + postVersion() + "\"",
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(staged.statusCode()).as(staged.body()).isEqualTo(200);
    HttpResponse<String> published =
        planner.send("POST", "/plans/" + plan + "/publish", "{\"reason\":\"西南角\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return plan;
  }

  private int postVersion() {
    return jdbc.sql("SELECT version FROM duty_post WHERE code = :code")
        .param("code", POST)
        .query(Integer.class)
        .single();
  }

  private String planState(long plan) {
    return jdbc.sql("SELECT state FROM plan WHERE id = :id")
        .param("id", plan)
        .query(String.class)
        .single();
  }

  private void createPlan(String name) {
    page.plannerIdle();
    page.find("#og-plan-name").sendKeys(name);
    page.click("[data-key='plan-create']");
    page.plannerIdle();
    assertThat(page.findAll(".og-plan")).hasSize(1);
    assertThat(page.text("#og-plan option:checked")).startsWith(name);
  }

  private int painted() {
    return page.findAll("[data-grid]:checked").size();
  }

  private String after(String figure) {
    return page.text(
        "[data-section='preview'] tr[data-figure='" + figure + "'] [data-value='after'] .og-value");
  }

  private String before(String figure) {
    return page.text(
        "[data-section='preview'] tr[data-figure='"
            + figure
            + "'] [data-value='before'] .og-value");
  }

  private static final String SOUTH_WEST =
      "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[121.300,31.250],"
          + "[121.305,31.250],[121.305,31.255],[121.300,31.255],[121.300,31.250]]]}}";

  /** A direct Part 4 write of the post's area (the south-west grid only), as another planner. */
  private void changeDirectly() {
    ApiClient planner = as(TestAccount.COMMITTEE_PLANNER);
    String tag =
        planner
            .get("/collections/duty-post-areas/items/" + POST + "/edit")
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    String body =
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[121.300,31.250],"
            + "[121.305,31.250],[121.305,31.255],[121.300,31.255],[121.300,31.250]]]}}";
    HttpResponse<String> response =
        planner.send(
            "PUT",
            "/collections/duty-post-areas/items/"
                + POST
                + "?change_reason=%E5%8F%A6%E4%B8%80%E4%BD%8D",
            body,
            "Content-Type",
            "application/geo+json",
            "If-Match",
            tag,
            "X-CSRF-TOKEN",
            planner.csrfToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
