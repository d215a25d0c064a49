package cn.onegrid.server.security.signin;

import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.accounts.Passwords;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The sign-in and change-password pages ({@code signin.mustache}, {@code password.mustache}): plain
 * forms, no script, in the language the person chose with the page's switch ({@code ?lang=}) or the
 * browser asks for.
 */
@Component
public class LoginPages {

  public static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final Pages pages;
  private final Messages messages;

  LoginPages(Pages pages, Messages messages) {
    this.pages = pages;
    this.messages = messages;
  }

  /** The sign-in page, with the message {@code messageKey} (or none). */
  ResponseEntity<String> signIn(
      HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, String messageKey) {
    Locale locale = messages.choose(request, response);
    Map<String, Object> model = model(locale, "login.title", LoginController.LOGIN, csrf);
    model.put("message", messageKey == null ? null : messages.text(locale, messageKey));
    return html(HttpStatus.OK, pages.render("signin", locale, model));
  }

  /** The change-password page; {@code messageKey} (or none) says what was wrong with the last. */
  ResponseEntity<String> changePassword(
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      String username,
      String messageKey) {
    Locale locale = messages.choose(request, response);
    Map<String, Object> model = model(locale, "password.title", LoginController.PASSWORD, csrf);
    model.put("username", username);
    model.put("rule", messages.text(locale, "password.rule", Passwords.MIN_LENGTH));
    model.put(
        "message",
        messageKey == null ? null : messages.text(locale, messageKey, Passwords.MIN_LENGTH));
    HttpStatus status = messageKey == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
    return html(status, pages.render("password", locale, model));
  }

  private Map<String, Object> model(Locale locale, String title, String path, CsrfToken csrf) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", messages.text(locale, title));
    model.put("switchTo", path + "?lang=");
    model.put("csrf", Pages.csrf(csrf));
    return model;
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(HTML).body(body);
  }
}
