package cn.onegrid.data.accounts;

import java.time.Instant;

/**
 * A personal access token as its owner sees it (never its secret, which only its hash records).
 *
 * @param canWrite whether the token may change data; tokens are read-only unless granted this
 * @param expiresAt null: until revoked
 */
public record AccessToken(
    long id,
    long accountId,
    String name,
    boolean canWrite,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public boolean activeAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }
}
