package cn.onegrid.server.security.accounts;

import cn.onegrid.data.Refusal;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.duty.InvalidRecord;
import cn.onegrid.data.duty.MemberInvites;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.accounts.AccountAdministration.AccountRequest;
import cn.onegrid.server.security.accounts.AccountAdministration.WithPassword;
import cn.onegrid.server.security.tokens.AdminTokens;
import cn.onegrid.server.security.tokens.TokenRow;
import cn.onegrid.server.system.Messages;
import cn.onegrid.server.system.RefusalStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The administrators' account pages ({@code /accounts}, {@code /accounts/{id}}; {@code
 * accounts.mustache}, {@code account.mustache}): plain forms, no script, doing what the JSON API
 * under {@code /admin/accounts} does through the same {@link AccountAdministration}. A refusal is
 * shown on the page it came from, with the form as it was sent.
 */
@RestController
class AccountsPage {

  private static final Logger LOG = LoggerFactory.getLogger(AccountsPage.class);
  private final AccountAdministration administration;
  private final AdminTokens tokens;
  private final MemberInvites members;
  private final Pages pages;
  private final Messages messages;

  AccountsPage(
      AccountAdministration administration,
      AdminTokens tokens,
      MemberInvites members,
      Pages pages,
      Messages messages) {
    this.administration = administration;
    this.tokens = tokens;
    this.members = members;
    this.pages = pages;
    this.messages = messages;
  }

  /** What the page says after an action: a message, and a password to show once. */
  private record Outcome(HttpStatus status, String message, String password) {}

  @GetMapping("/accounts")
  ResponseEntity<String> list(
      CsrfToken csrf, HttpServletRequest request, HttpServletResponse response) {
    Locale locale = messages.choose(request, response);
    return Pages.answer(HttpStatus.OK, renderList(csrf, locale, null, Map.of()));
  }

  @PostMapping("/accounts")
  ResponseEntity<String> create(
      @AuthenticationPrincipal OneGridUser admin,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String committees,
      @RequestParam(defaultValue = "false") boolean enabled,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    AccountRequest asked =
        new AccountRequest(
            username, displayName.isBlank() ? null : displayName, role, codes(committees), enabled);
    try {
      WithPassword created = administration.create(admin, asked);
      String message = messages.text(locale, "accounts.page.created", created.account().username());
      return Pages.answer(
          HttpStatus.CREATED,
          renderAccount(
              created.account().id(),
              csrf,
              locale,
              new Outcome(HttpStatus.CREATED, message, created.password())));
    } catch (Refusal refused) {
      Map<String, Object> form =
          Map.of(
              "username", username,
              "displayName", displayName,
              "committees", committees,
              "enabled", enabled);
      return Pages.answer(
          RefusalStatus.of(refused),
          renderList(csrf, locale, words(locale, refused, "/accounts"), form));
    }
  }

  @GetMapping("/accounts/{id}")
  ResponseEntity<String> account(
      @PathVariable long id,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Locale locale = messages.choose(request, response);
    return Pages.answer(HttpStatus.OK, renderAccount(id, csrf, locale, null));
  }

  @PostMapping("/accounts/{id}")
  ResponseEntity<String> update(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String committees,
      @RequestParam(defaultValue = "false") boolean enabled,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    return act(
        id,
        csrf,
        locale,
        () -> {
          Account changed =
              administration.update(
                  admin,
                  id,
                  new AccountRequest(null, displayName, role, codes(committees), enabled));
          return new Outcome(
              HttpStatus.OK,
              messages.text(locale, "accounts.page.changed", changed.username()),
              null);
        });
  }

  @PostMapping("/accounts/{id}/password")
  ResponseEntity<String> resetPassword(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    return act(
        id,
        csrf,
        locale,
        () -> {
          WithPassword reset = administration.resetPassword(admin, id);
          return new Outcome(
              HttpStatus.OK,
              messages.text(locale, "accounts.page.reset", reset.account().username()),
              reset.password());
        });
  }

  /** A member's account linked to a person of the register by id, or unlinked (empty). */
  @PostMapping("/accounts/{id}/person")
  ResponseEntity<String> linkPerson(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String person,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    return act(
        id,
        csrf,
        locale,
        () -> {
          Long chosen = personId(person);
          members.assign(id, chosen);
          LOG.info("{} linked account {} to person {}", admin.getUsername(), id, chosen);
          String username = administration.find(id).username();
          return new Outcome(
              HttpStatus.OK,
              chosen == null
                  ? messages.text(locale, "accounts.page.unlinked", username)
                  : messages.text(
                      locale, "accounts.page.linked", username, members.linkedName(id).orElse("")),
              null);
        });
  }

  @PostMapping("/accounts/{id}/tokens/{tokenId}/revoke")
  ResponseEntity<String> revokeToken(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      @PathVariable long tokenId,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    return act(
        id,
        csrf,
        locale,
        () -> {
          tokens.revoke(admin, id, tokenId);
          return new Outcome(HttpStatus.OK, messages.text(locale, "tokens.revokedNow"), null);
        });
  }

  /** Does an action on an account and shows the account page with what came of it. */
  private ResponseEntity<String> act(
      long id, CsrfToken csrf, Locale locale, Supplier<Outcome> action) {
    Outcome outcome;
    try {
      outcome = action.get();
    } catch (Refusal refused) {
      outcome =
          new Outcome(RefusalStatus.of(refused), words(locale, refused, "/accounts/" + id), null);
    }
    return Pages.answer(outcome.status(), renderAccount(id, csrf, locale, outcome));
  }

  private String words(Locale locale, Refusal refused, String where) {
    LOG.info("{} refused: {}", where, refused.getMessage());
    return messages.text(locale, refused);
  }

  private String renderList(
      CsrfToken csrf, Locale locale, String message, Map<String, Object> form) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Account account : administration.all()) {
      rows.add(row(account, locale));
    }
    Map<String, Object> model = new HashMap<>(form);
    for (String field : List.of("username", "displayName", "committees")) {
      model.putIfAbsent(field, "");
    }
    model.putIfAbsent("enabled", true);
    model.put("title", messages.text(locale, "accounts.page.title"));
    model.put("switchTo", "/accounts?lang=");
    model.put("csrf", Pages.csrf(csrf));
    model.put("message", message);
    model.put("accounts", rows);
    model.put("roles", roles(locale, Role.STAFF));
    return pages.render("accounts", locale, model);
  }

  private String renderAccount(long id, CsrfToken csrf, Locale locale, Outcome outcome) {
    Account account = administration.find(id);
    Instant now = Instant.now();
    List<Map<String, Object>> tokenRows = new ArrayList<>();
    for (AccessToken token : tokens.of(id)) {
      tokenRows.add(TokenRow.of(token, now, messages.text(locale, "tokens.never")));
    }
    Map<String, Object> model = new HashMap<>(row(account, locale));
    model.put("accountId", id); // inside the tokens' rows, {{id}} is a token's
    model.put(
        "title", account.displayName() + " · " + messages.text(locale, "accounts.page.title"));
    model.put("switchTo", "/accounts/" + id + "?lang=");
    model.put("csrf", Pages.csrf(csrf));
    model.put("roles", roles(locale, account.role()));
    model.put("tokens", tokenRows);
    if (account.role() == Role.MEMBER) {
      String person = members.linkedName(id).orElse("");
      model.put("member", Map.of("person", person, "linked", !person.isEmpty()));
    }
    if (outcome != null) {
      model.put("message", outcome.message());
      model.put("refused", outcome.status().isError());
      model.put("password", outcome.password());
    }
    return pages.render("account", locale, model);
  }

  private Map<String, Object> row(Account account, Locale locale) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", account.id());
    row.put("username", account.username());
    row.put("displayName", account.displayName());
    row.put("role", messages.text(locale, "role." + account.role().id()));
    row.put("committees", String.join(" ", account.committees()));
    row.put("enabled", account.enabled());
    row.put("mustChangePassword", account.mustChangePassword());
    return row;
  }

  private List<Map<String, Object>> roles(Locale locale, Role chosen) {
    return Arrays.stream(Role.values())
        .map(
            role ->
                Map.<String, Object>of(
                    "id", role.id(),
                    "name", messages.text(locale, "role." + role.id()),
                    "chosen", role == chosen))
        .toList();
  }

  private static Long personId(String typed) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      throw InvalidRecord.of("person", "members.link-no-person", typed);
    }
  }

  /** Committee codes as typed: separated by spaces, commas or the Chinese comma. */
  private static List<String> codes(String typed) {
    return Arrays.stream(typed.split("[\\s,，、]+")).filter(code -> !code.isEmpty()).toList();
  }
}
