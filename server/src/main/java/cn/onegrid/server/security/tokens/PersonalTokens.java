package cn.onegrid.server.security.tokens;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.server.security.OneGridUser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Issuing and revoking personal access tokens (each recorded in the audit log), for the JSON API
 * and the tokens page alike: a name, read-only unless {@code write}, expiring after {@code days}
 * (null: when revoked). Only planners get write tokens: nothing else anyone may change is open to a
 * token.
 */
@Component
public class PersonalTokens {

  /** A new token and its secret, which nothing will show again. */
  public record Issued(AccessToken token, String secret) {}

  private final AccessTokenRepository tokens;
  private final AuditLog audit;

  PersonalTokens(AccessTokenRepository tokens, AuditLog audit) {
    this.tokens = tokens;
    this.audit = audit;
  }

  static boolean mayWrite(OneGridUser owner) {
    return owner.role() == Role.PLANNER;
  }

  public Issued issue(OneGridUser owner, String name, boolean write, Integer days) {
    if (write && !mayWrite(owner)) {
      throw InvalidQuery.of("write", "accounts.no-write-tokens");
    }
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > 100) {
      throw InvalidQuery.of("name", "tokens.invalid.name");
    }
    Instant expires = null;
    if (days != null) {
      if (days < 1 || days > 3660) {
        throw InvalidQuery.of("days", "tokens.invalid.days");
      }
      expires = Instant.now().plus(days, ChronoUnit.DAYS);
    }
    String secret = AccessTokens.newSecret();
    AccessToken token =
        tokens.create(owner.accountId(), label, AccessTokens.hash(secret), write, expires);
    audit.record(
        owner.getUsername(),
        AuditAction.CREATE_TOKEN,
        "token " + token.id(),
        label + (write ? ", write" : ", read-only") + (days == null ? "" : ", " + days + " days"));
    return new Issued(token, secret);
  }

  /** Revokes one of the owner's tokens; false when the owner has no such token. */
  public boolean revoke(OneGridUser owner, long id) {
    boolean revoked = tokens.revoke(owner.accountId(), id);
    if (revoked) {
      audit.record(owner.getUsername(), AuditAction.REVOKE_TOKEN, "token " + id, "");
    }
    return revoked;
  }
}
