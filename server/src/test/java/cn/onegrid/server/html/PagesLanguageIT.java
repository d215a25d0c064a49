package cn.onegrid.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The pages the server renders speak the reader's language, and only that: Chinese unless the
 * browser prefers English, or the language the person chose with the page's switch.
 */
class PagesLanguageIT extends ApiTest {

  private static final String ENGLISH = "en-US,en;q=0.9";
  private static final String CHINESE = "zh-CN,zh;q=0.9,en;q=0.5";

  @Test
  void theChineseSignInPageHasNoEnglishSentence() {
    String page = anonymous().get("/login?logout", "Accept-Language", CHINESE).body();
    assertThat(page).contains("<html lang=\"zh-CN\">", "用户名", "已退出");
    assertThat(PageText.outsideOtherLanguage(page)).doesNotContainPattern("[A-Za-z]{2,}");
  }

  @Test
  void theEnglishSignInPageHasNoChinese() {
    String page = anonymous().get("/login?error", "Accept-Language", ENGLISH).body();
    assertThat(page).contains("<html lang=\"en\">", "Username", "Wrong username or password");
    assertThat(PageText.outsideOtherLanguage(page)).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void theLanguageSwitchIsRememberedThroughTheSignInRedirects() {
    ApiClient browser = anonymous();
    HttpResponse<String> chosen = browser.get("/login?lang=en", "Accept-Language", CHINESE);
    assertThat(chosen.body()).contains("<html lang=\"en\">");
    assertThat(chosen.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("ONEGRID_LANG=en;").contains("HttpOnly"));
    assertThat(browser.get("/login?error", "Accept-Language", CHINESE).body())
        .contains("<html lang=\"en\">", "Wrong username or password");
    assertThat(browser.get("/login?lang=zh-CN", "Accept-Language", ENGLISH).body())
        .contains("<html lang=\"zh-CN\">", "用户名");
  }

  @Test
  void theTokensAndPasswordPagesSpeakOneLanguage() {
    ApiClient staff = as(TestAccount.STAFF);
    for (String path : new String[] {"/tokens", "/password"}) {
      String chinese = withoutData(staff.get(path, "Accept-Language", CHINESE).body());
      String english = withoutData(staff.get(path, "Accept-Language", ENGLISH).body());
      assertThat(chinese)
          .as(path)
          .containsPattern("\\p{IsHan}")
          .doesNotContainPattern("[A-Za-z]{2,}");
      assertThat(english)
          .as(path)
          .containsPattern("[A-Za-z]{4,}")
          .doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void theApiPagesRenderInBothLanguages() {
    ApiClient staff = as(TestAccount.STAFF);
    for (String path :
        new String[] {"/collections?f=html", "/collections/committees/items?f=html&limit=2"}) {
      HttpResponse<String> chinese = staff.get(path, "Accept-Language", CHINESE);
      HttpResponse<String> english = staff.get(path, "Accept-Language", ENGLISH);
      assertThat(chinese.body()).as(path).contains("<html lang=\"zh-CN\">", ">一张网</a>", "<h1>");
      assertThat(english.body()).as(path).contains("<html lang=\"en\">", ">OneGrid</a>", "<h1>");
      assertThat(String.join(",", english.headers().allValues("Vary"))).contains("Accept-Language");
      assertThat(english.headers().firstValue("ETag"))
          .as("a cache never answers one language with the other's page")
          .isNotEqualTo(chinese.headers().firstValue("ETag"));
    }
  }

  /** The page's own words: people's and tokens' names and product names are not in a language. */
  private static String withoutData(String html) {
    return PageText.outsideOtherLanguage(html.replaceAll("(?s)<tbody>.*?</tbody>", ""))
        .replace(TestAccount.STAFF.username, "")
        .replaceAll("QGIS|GDAL", "");
  }
}
