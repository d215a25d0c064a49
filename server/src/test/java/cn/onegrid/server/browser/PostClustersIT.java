package cn.onegrid.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A carpet of duty posts at town zoom: on a phone gathered into clusters (Leaflet.markercluster,
 * loaded only there) that split as the map zooms in; on a desktop every post drawn on its own.
 */
class PostClustersIT extends BrowserTest {

  private static final int POSTS = 41; // the fixture's two and 39 more in the west committee

  @BeforeEach
  void aCarpetOfPosts() {
    jdbc.sql(
            "INSERT INTO duty_post (committee_id, code, name, location, duty_types, illustrative)"
                + " SELECT c.id, c.code || 'P' || (10 + i), '岗' || i,"
                + " ST_SetSRID(ST_MakePoint(121.302 + (i % 7) * 0.0008, 31.252 + (i / 7) * 0.0008),"
                + " 4326), ARRAY['sanitation'], true"
                + " FROM committee c, generate_series(1, :more) AS i WHERE c.code = '310114118009'")
        .param("more", POSTS - 2)
        .update();
  }

  @Test
  void onAPhoneTheTownsPostsGatherIntoClustersThatSplitAsTheMapZoomsIn() {
    browser.resize(Browser.PHONE);
    page.open("#14/31.2550/121.3080");
    page.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".marker-cluster span")));
    List<Integer> clusters = clusterSizes();
    assertThat(clusters).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThan(1));
    assertThat(clusters.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(POSTS);
    assertThat(page.layerCount("duty-posts")).as("the panel still counts posts").isEqualTo(POSTS);
    screenshot("posts-clustered-390-zh");

    page.find(".marker-cluster").click(); // opens out one zoom step or more
    page.wait.until(d -> !d.getCurrentUrl().contains("#14/"));

    page.open("#18/31.2536/121.3036");
    assertThat(page.findAll(".marker-cluster")).as("from zoom 17 every post alone").isEmpty();
    screenshot("posts-unclustered-390-zh");
  }

  @Test
  void onADesktopEveryPostIsDrawnOnItsOwnAndThePluginNeverLoads() {
    browser.resize(new Dimension(1400, 900));
    page.open("#14/31.2550/121.3080");
    assertThat(page.findAll(".marker-cluster")).isEmpty();
    assertThat(page.findAll("script[src*='markercluster']")).isEmpty();
  }

  private List<Integer> clusterSizes() {
    return page.findAll(".marker-cluster span").stream()
        .map(WebElement::getText)
        .map(Integer::parseInt)
        .toList();
  }
}
