package cn.onegrid.server.security.accounts;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.RequestRefused;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, for administrators: list, create, change, and reset a password. A new or reset password
 * is random, shown once in the answer, and must be changed at the next sign-in; a reset ends the
 * account's sessions and revokes its tokens.
 */
@RestController
class AdminController {

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final AccountSessions sessions;
  private final AccessTokenRepository tokens;
  private final AuditLog audit;

  AdminController(
      AccountRepository accounts,
      PasswordEncoder encoder,
      AccountSessions sessions,
      AccessTokenRepository tokens,
      AuditLog audit) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.encoder = encoder;
    this.sessions = sessions;
    this.audit = audit;
  }

  /** An account as administrators see it: never its password hash. */
  record AccountView(
      long id,
      String username,
      String displayName,
      String role,
      List<String> committees,
      boolean enabled,
      boolean mustChangePassword) {

    static AccountView of(Account account) {
      return new AccountView(
          account.id(),
          account.username(),
          account.displayName(),
          account.role().id(),
          account.committees(),
          account.enabled(),
          account.mustChangePassword());
    }
  }

  record AccountRequest(
      String username, String displayName, String role, List<String> committees, Boolean enabled) {}

  record WithPassword(AccountView account, String password) {}

  @GetMapping("/admin/accounts")
  List<AccountView> list() {
    return accounts.all().stream().map(AccountView::of).toList();
  }

  @PostMapping("/admin/accounts")
  ResponseEntity<WithPassword> create(
      @AuthenticationPrincipal OneGridUser admin, @RequestBody AccountRequest request) {
    String username = request.username() == null ? "" : request.username().strip();
    if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      throw InvalidQuery.of("username", "accounts.username");
    }
    String password = Passwords.random();
    Account account =
        accounts.create(
            new NewAccount(
                username,
                displayName(request, username),
                encoder.encode(password),
                role(request),
                committees(request),
                true,
                request.enabled() == null || request.enabled()));
    recorded(admin, "create-account", account);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new WithPassword(AccountView.of(account), password));
  }

  @PutMapping("/admin/accounts/{id}")
  AccountView update(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      @RequestBody AccountRequest request) {
    Account account = find(id);
    accounts.update(
        id,
        displayName(request, account.displayName()),
        role(request),
        committees(request),
        request.enabled() == null || request.enabled());
    sessions.endAll(account.username()); // what it may see has changed: it signs in again
    Account changed = find(id);
    recorded(admin, "change-account", changed);
    return AccountView.of(changed);
  }

  @PostMapping("/admin/accounts/{id}/password")
  WithPassword resetPassword(@AuthenticationPrincipal OneGridUser admin, @PathVariable long id) {
    Account account = find(id);
    recorded(admin, "reset-password", account);
    String password = Passwords.random();
    accounts.setPassword(id, encoder.encode(password), true);
    sessions.endAll(account.username());
    tokens.revokeAll(id); // a reset is for an account that may be in other hands
    return new WithPassword(AccountView.of(find(id)), password);
  }

  /** Account changes go to the audit log too: who gave whom which role and committees. */
  private void recorded(OneGridUser admin, String action, Account account) {
    audit.record(
        admin.getUsername(),
        action,
        "account " + account.username(),
        account.role().id() + " " + account.committees() + (account.enabled() ? "" : " disabled"));
  }

  private Account find(long id) {
    return accounts.byId(id).orElseThrow(() -> NotFound.of("accounts.no-account", id));
  }

  private static String displayName(AccountRequest request, String fallback) {
    String name = request.displayName() == null ? fallback : request.displayName().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw InvalidQuery.of("displayName", "accounts.display-name");
    }
    return name;
  }

  private static Role role(AccountRequest request) {
    try {
      return Role.of(request.role());
    } catch (RuntimeException e) {
      throw InvalidQuery.of("role", "accounts.role");
    }
  }

  /** Well-formed codes (400 otherwise), each named once and naming a committee (422 otherwise). */
  private List<String> committees(AccountRequest request) {
    List<String> codes = request.committees() == null ? List.of() : request.committees();
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (code == null || !code.matches("[0-9]{12}")) {
        throw InvalidQuery.of("committees", "accounts.committee-code", String.valueOf(code));
      }
      if (!seen.add(code)) {
        throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "accounts.committee-twice", code);
      }
    }
    List<String> unknown = accounts.unknownCommittees(codes);
    if (!unknown.isEmpty()) {
      throw new RequestRefused(
          HttpStatus.UNPROCESSABLE_ENTITY, "accounts.no-committee", unknown.get(0));
    }
    return codes;
  }
}
