package cn.onegrid.server.security.tokens;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tokens page ({@code /tokens}, {@code tokens.mustache}): one's personal access tokens as plain
 * forms (no script), to create one (its secret shown once, on the page that creates it) or revoke
 * one. The same as the JSON API under {@code /account/tokens}, for people who do not use curl.
 */
@RestController
class TokensPage {

  private final AccessTokenRepository tokens;
  private final PersonalTokens issuer;
  private final Pages pages;
  private final Messages messages;

  TokensPage(AccessTokenRepository tokens, PersonalTokens issuer, Pages pages, Messages messages) {
    this.tokens = tokens;
    this.issuer = issuer;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/tokens")
  ResponseEntity<String> page(
      @AuthenticationPrincipal OneGridUser user,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Locale locale = messages.choose(request, response);
    return Pages.answer(HttpStatus.OK, render(user, csrf, locale, null, null));
  }

  @PostMapping("/tokens")
  ResponseEntity<String> create(
      @AuthenticationPrincipal OneGridUser user,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "false") boolean write,
      @RequestParam(defaultValue = "") String days,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    try {
      Integer validDays = days.isBlank() ? null : Integer.valueOf(days.strip());
      PersonalTokens.Issued issued = issuer.issue(user, name, write, validDays);
      String message = messages.text(locale, "tokens.issued", issued.token().name());
      return Pages.answer(HttpStatus.CREATED, render(user, csrf, locale, message, issued.secret()));
    } catch (NumberFormatException | InvalidQuery e) {
      String field = e instanceof InvalidQuery invalid ? invalid.parameter() : "days";
      String message =
          messages.text(
              locale,
              field.equals("name") || field.equals("write")
                  ? "tokens.invalid." + field
                  : "tokens.invalid.days");
      return Pages.answer(HttpStatus.BAD_REQUEST, render(user, csrf, locale, message, null));
    }
  }

  @PostMapping("/tokens/{id}/revoke")
  ResponseEntity<String> revoke(
      @AuthenticationPrincipal OneGridUser user,
      @PathVariable long id,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    boolean revoked = issuer.revoke(user, id);
    String message = messages.text(locale, revoked ? "tokens.revokedNow" : "tokens.noSuchToken");
    return Pages.answer(
        revoked ? HttpStatus.OK : HttpStatus.NOT_FOUND, render(user, csrf, locale, message, null));
  }

  private String render(
      OneGridUser user, CsrfToken csrf, Locale locale, String message, String secret) {
    Instant now = Instant.now();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AccessToken token : tokens.ofAccount(user.accountId())) {
      rows.add(TokenRow.of(token, now, messages.text(locale, "tokens.never")));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", messages.text(locale, "tokens.title"));
    model.put("switchTo", "/tokens?lang=");
    model.put("csrf", Pages.csrf(csrf));
    model.put("user", user.displayName());
    model.put("message", message);
    model.put("secret", secret);
    model.put("tokens", rows);
    model.put("mayWrite", PersonalTokens.mayWrite(user));
    return pages.render("tokens", locale, model);
  }
}
