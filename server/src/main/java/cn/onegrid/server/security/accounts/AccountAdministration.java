package cn.onegrid.server.security.accounts;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.RequestRefused;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What administrators do to accounts, whether asked by the JSON API ({@link AdminController}) or
 * the accounts pages ({@link AccountsPage}): create, change, and reset a password. A new or reset
 * password is random, returned once, and must be changed at the next sign-in; a change ends the
 * account's sessions, and a reset also revokes its tokens. Every change goes to the audit log.
 */
@Component
public class AccountAdministration {

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final AccountSessions sessions;
  private final AccessTokenRepository tokens;
  private final AuditLog audit;

  AccountAdministration(
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

  /** What an administrator asks an account to be; nulls keep (or default) a value. */
  public record AccountRequest(
      String username, String displayName, String role, List<String> committees, Boolean enabled) {}

  /** An account with the password it was just given, which is shown this once. */
  public record WithPassword(Account account, String password) {}

  public List<Account> all() {
    return accounts.all();
  }

  public Account find(long id) {
    return accounts.byId(id).orElseThrow(() -> NotFound.of("accounts.no-account", id));
  }

  public WithPassword create(OneGridUser admin, AccountRequest request) {
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
    recorded(admin, AuditAction.CREATE_ACCOUNT, account);
    return new WithPassword(account, password);
  }

  public Account update(OneGridUser admin, long id, AccountRequest request) {
    Account account = find(id);
    accounts.update(
        id,
        displayName(request, account.displayName()),
        role(request),
        committees(request),
        request.enabled() == null || request.enabled());
    sessions.endAll(account.username()); // what it may see has changed: it signs in again
    Account changed = find(id);
    recorded(admin, AuditAction.CHANGE_ACCOUNT, changed);
    return changed;
  }

  public WithPassword resetPassword(OneGridUser admin, long id) {
    Account account = find(id);
    recorded(admin, AuditAction.RESET_PASSWORD, account);
    String password = Passwords.random();
    accounts.setPassword(id, encoder.encode(password), true);
    sessions.endAll(account.username());
    tokens.revokeAll(id); // a reset is for an account that may be in other hands
    return new WithPassword(find(id), password);
  }

  /** Account changes go to the audit log too: who gave whom which role and committees. */
  private void recorded(OneGridUser admin, AuditAction action, Account account) {
    audit.record(
        admin.getUsername(),
        action,
        "account " + account.username(),
        account.role().id() + " " + account.committees() + (account.enabled() ? "" : " disabled"));
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
