package cn.onegrid.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.system.Messages;
import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mustache.autoconfigure.MustacheResourceTemplateLoader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page kind through the template engine as Spring Boot sets it up: what people and data name
 * stays text, and each language's page is in that language.
 */
class PagesTest {

  static final String HOSTILE = "<img src=x onerror=alert(1)>\"'&";

  /**
   * JMustache escapes {@code =} as well, which HTML reads back the same, in text and attributes.
   */
  static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;";

  static final Pages PAGES = pages();

  @Test
  void hostileMessagesAndTokensStayTextOnTheSignInPage() {
    String page = PAGES.render("signin", Messages.CHINESE, form("登录", HOSTILE));
    assertThat(page).contains(ESCAPED).doesNotContain(HOSTILE).doesNotContain("<img");
  }

  @Test
  void aHostileUsernameStaysTextOnThePasswordPage() {
    Map<String, Object> model = form("修改密码", null);
    model.put("username", HOSTILE);
    model.put("rule", "规则");
    String page = PAGES.render("password", Locale.ENGLISH, model);
    assertThat(page).contains(ESCAPED).doesNotContain("<img");
  }

  @Test
  void hostileTokenAndPersonNamesStayTextOnTheTokensPage() {
    Map<String, Object> model = form("令牌", "新令牌“" + HOSTILE + "”");
    model.put("user", HOSTILE);
    model.put("secret", "og_" + HOSTILE);
    model.put(
        "tokens",
        List.of(
            Map.of(
                "id",
                7,
                "name",
                HOSTILE,
                "canWrite",
                false,
                "created",
                "2026-01-01 08:00",
                "lastUsed",
                HOSTILE,
                "active",
                true,
                "revoked",
                false)));
    String page = PAGES.render("tokens", Messages.CHINESE, model);
    assertThat(page).doesNotContain("<img").contains("<td>" + ESCAPED + "</td>");
    assertThat(page.split("name=\"_csrf\" value=\"token-value\"", -1))
        .as("the CSRF field in the revoke form and the new-token form")
        .hasSize(3);
  }

  @Test
  void hostileKeysValuesAndLinksStayTextOnResourcePages() {
    String json =
        """
        {"title":"%1$s","%1$s":{"%1$s":["%1$s"]},
         "links":[{"href":"javascript:%1$s","rel":"%1$s","type":"%1$s","title":"%1$s"}],
         "features":[{"type":"Feature","geometry":{"type":"%1$s"},"properties":{"name":"%1$s"}}]}
        """
            .formatted(HOSTILE.replace("\"", "\\\""));
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    try {
      String page = PAGES.resource(HOSTILE, new JsonMapper().readTree(json));
      assertThat(page).doesNotContain("<img").doesNotContain("\"'&\"").contains(ESCAPED);
      assertThat(page).contains("<a href=\"javascript:" + ESCAPED + "\" rel=\"" + ESCAPED + "\">");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  @Test
  void resourcePagesDrawLinksTablesAndListsInTheReadersLanguage() {
    String json =
        """
        {"links":[{"href":"/collections?f=json","rel":"self","type":"application/json"}],
         "collections":[{"id":"committees","extent":{"spatial":{"bbox":[[121.2,31.2]]}}},
                        {"id":"grids","crs":["a","b"]}]}
        """;
    for (Locale locale : Messages.SUPPORTED) {
      LocaleContextHolder.setLocale(locale);
      try {
        String page = PAGES.resource("图层", new JsonMapper().readTree(json));
        assertThat(page)
            .contains("<html lang=\"" + (locale.equals(Locale.ENGLISH) ? "en" : "zh-CN") + "\">")
            .contains("<a href=\"/collections?f=json\" rel=\"self\">self</a>")
            .contains("<th>id</th><th>extent</th><th>crs</th>")
            .contains("<td>committees</td>")
            .contains("<ul><li>a</li><li>b</li></ul>")
            .contains("<td></td>") // a column a row lacks
            .contains(locale.equals(Locale.ENGLISH) ? ">OneGrid</a>" : ">一张网</a>");
      } finally {
        LocaleContextHolder.resetLocaleContext();
      }
    }
  }

  @Test
  void theChineseSignInPageHasNoEnglishAndTheEnglishOneNoChinese() {
    String chinese = PAGES.render("signin", Messages.CHINESE, form("登录", "已退出。"));
    String english =
        PAGES.render("signin", Locale.ENGLISH, form("Sign in", "You have signed out."));
    assertThat(PageText.outsideOtherLanguage(chinese)).doesNotContainPattern("[A-Za-z]{2,}");
    assertThat(PageText.outsideOtherLanguage(english)).doesNotContainPattern("\\p{IsHan}");
    assertThat(chinese).contains("href=\"/login?lang=en\" hreflang=\"en\" lang=\"en\">English</a>");
    assertThat(english).contains("href=\"/login?lang=zh-CN\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文");
  }

  @Test
  void noTemplateWritesAValueUnescaped() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      List<Path> templates = files.filter(f -> f.toString().endsWith(".mustache")).toList();
      assertThat(templates).hasSizeGreaterThan(4);
      for (Path template : templates) {
        assertThat(Files.readString(template))
            .as(template.toString())
            .doesNotContain("{{{", "{{&")
            .as("attributes quoted, as the escaper expects")
            .doesNotContainPattern("=\\{\\{");
      }
    }
  }

  private static Map<String, Object> form(String title, String message) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("message", message);
    model.put("switchTo", "/login?lang=");
    model.put("csrf", Pages.csrf(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-value")));
    return model;
  }

  static Pages pages() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasename("messages");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    Mustache.Compiler compiler =
        Mustache.compiler()
            .withLoader(new MustacheResourceTemplateLoader("classpath:/templates/", ".mustache"));
    return new Pages(compiler, new Messages(bundles));
  }
}
