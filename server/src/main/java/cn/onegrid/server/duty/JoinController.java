package cn.onegrid.server.duty;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.duty.MemberInvites;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.accounts.Passwords;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's first sign-in: the invite's link opens {@code /join} with its code; choosing a
 * password there (the same rules as every password, {@link Passwords#check}) uses the code up and
 * leads to the sign-in page. A plain form, no script; anyone may open it, the code is the key.
 */
@RestController
class JoinController {

  static final String JOIN = "/join";
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final MemberInvites invites;
  private final PasswordEncoder encoder;
  private final Pages pages;
  private final Messages messages;

  JoinController(MemberInvites invites, PasswordEncoder encoder, Pages pages, Messages messages) {
    this.invites = invites;
    this.encoder = encoder;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping(JOIN)
  ResponseEntity<String> form(
      @RequestParam(required = false) String code,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<String> username = code == null ? Optional.empty() : invites.usernameFor(code);
    String problem = code != null && username.isEmpty() ? "join.invalid" : null;
    return page(request, response, csrf, code, username.orElse(null), problem);
  }

  @PostMapping(JOIN)
  ResponseEntity<String> join(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirm,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<String> username = invites.usernameFor(code);
    String wrong = null;
    if (username.isEmpty()) {
      wrong = "join.invalid";
    } else if (!password.equals(confirm)) {
      wrong = "password.differ";
    } else {
      try {
        Passwords.check(username.get(), password);
      } catch (InvalidQuery e) {
        wrong = e.key();
      }
    }
    if (wrong == null && !invites.redeem(code, encoder.encode(password))) {
      wrong = "join.invalid"; // used up meanwhile
    }
    if (wrong != null) {
      return page(request, response, csrf, code, username.orElse(null), wrong);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/login?joined").build();
  }

  private ResponseEntity<String> page(
      HttpServletRequest request,
      HttpServletResponse response,
      CsrfToken csrf,
      String code,
      String username,
      String messageKey) {
    Locale locale = messages.choose(request, response);
    Map<String, Object> model = new HashMap<>();
    model.put("title", messages.text(locale, "join.title"));
    model.put("switchTo", JOIN + "?" + (code == null ? "" : "code=" + code + "&") + "lang=");
    model.put("csrf", Pages.csrf(csrf));
    model.put("code", code);
    model.put("username", username);
    model.put("rule", messages.text(locale, "password.rule", Passwords.MIN_LENGTH));
    model.put(
        "message",
        messageKey == null ? null : messages.text(locale, messageKey, Passwords.MIN_LENGTH));
    HttpStatus status = messageKey == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
    return ResponseEntity.status(status)
        .contentType(HTML)
        .body(pages.render("join", locale, model));
  }
}
