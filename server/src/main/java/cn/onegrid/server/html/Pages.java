package cn.onegrid.server.html;

import cn.onegrid.server.security.signin.LoginPages;
import cn.onegrid.server.system.Messages;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Renders the server's pages from the templates in {@code resources/templates} (JMustache, which
 * escapes every {@code {{value}}}; no template uses the unescaped forms, {@code PagesTest} checks).
 * Every page gets {@code lang}, {@code english} and {@code t}, a section that writes the message
 * whose key it encloses in the page's language: {@code {{#t}}login.title{{/t}}}.
 */
@Component
public class Pages {

  /**
   * HTML's five: every attribute in the templates is quoted, so JMustache's extra escapes of {@code
   * =} and {@code `} would only make links unreadable ({@code ?f&#x3D;json}).
   */
  private static final Mustache.Escaper ESCAPER =
      Escapers.simple(
          new String[][] {
            {"&", "&amp;"}, {"'", "&#39;"}, {"\"", "&quot;"}, {"<", "&lt;"}, {">", "&gt;"}
          });

  private final Mustache.Compiler compiler;
  private final Messages messages;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  public Pages(Mustache.Compiler compiler, Messages messages) {
    this.compiler = compiler.withEscaper(ESCAPER);
    this.messages = messages;
  }

  /** The page {@code template} in {@code locale}, filled from {@code model}. */
  public String render(String template, Locale locale, Map<String, ?> model) {
    Map<String, Object> context = new HashMap<>(model);
    boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    context.putIfAbsent("css", "/login.css");
    context.put("lang", english ? "en" : "zh-CN");
    context.put("english", english);
    context.put(
        "t",
        (Mustache.Lambda)
            (key, out) -> out.write(ESCAPER.escape(messages.text(locale, key.execute().strip()))));
    return templates.computeIfAbsent(template, compiler::loadTemplate).execute(context);
  }

  /** An API resource's HTML: its JSON {@code document} drawn by the {@code resource} template. */
  public String resource(String title, JsonNode document) {
    return render(
        "resource",
        LocaleContextHolder.getLocale(),
        Map.of("title", title, "css", "/api.css", "document", ResourceView.of(document)));
  }

  /** A rendered page as the answer: HTML, and stored by no cache (it is the reader's own). */
  public static ResponseEntity<String> answer(HttpStatus status, String page) {
    return answer(ResponseEntity.status(status), page);
  }

  /** The same, with what {@code answer} already says (e.g. a new item's Location). */
  public static ResponseEntity<String> answer(ResponseEntity.BodyBuilder answer, String page) {
    return answer
        .contentType(LoginPages.HTML)
        .header("Cache-Control", "private, no-store")
        .body(page);
  }

  /** A form's CSRF field ({@code {{>layout/csrf}}}). */
  public static Map<String, String> csrf(CsrfToken token) {
    return Map.of("parameterName", token.getParameterName(), "token", token.getToken());
  }
}
