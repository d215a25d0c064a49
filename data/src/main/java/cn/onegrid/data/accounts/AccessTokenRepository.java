package cn.onegrid.data.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal access tokens, found by the hash of their secret. */
public class AccessTokenRepository {

  private final JdbcClient jdbc;

  public AccessTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public AccessToken create(
      long accountId, String name, byte[] secretHash, boolean canWrite, Instant expiresAt) {
    return jdbc.sql(
            """
            INSERT INTO access_token (account_id, name, secret_hash, can_write, expires_at)
            VALUES (:account, :name, :hash, :write, :expires) RETURNING *
            """)
        .param("account", accountId)
        .param("name", name)
        .param("hash", secretHash)
        .param("write", canWrite)
        .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
        .query(AccessTokenRepository::token)
        .single();
  }

  /** The account's tokens, newest first, revoked ones included. */
  public List<AccessToken> ofAccount(long accountId) {
    return jdbc.sql(
            "SELECT * FROM access_token WHERE account_id = :a ORDER BY created_at DESC, id DESC")
        .param("a", accountId)
        .query(AccessTokenRepository::token)
        .list();
  }

  /** Revokes the account's token; false when the account has no such token. */
  public boolean revoke(long accountId, long tokenId) {
    return jdbc.sql(
                """
                UPDATE access_token SET revoked_at = coalesce(revoked_at, now())
                 WHERE id = :id AND account_id = :a
                """)
            .param("id", tokenId)
            .param("a", accountId)
            .update()
        == 1;
  }

  /** Revokes every token of the account (a password reset); how many were still active. */
  public int revokeAll(long accountId) {
    return jdbc.sql(
            "UPDATE access_token SET revoked_at = now() WHERE account_id = :a AND revoked_at IS NULL")
        .param("a", accountId)
        .update();
  }

  /**
   * The token whose secret has this hash, if it is neither revoked nor expired. Marks it used, at
   * most once a minute: a client reading tiles sends a burst of requests, each one a read only.
   */
  public Optional<AccessToken> use(byte[] secretHash) {
    Optional<AccessToken> token =
        jdbc.sql(
                """
                SELECT * FROM access_token
                 WHERE secret_hash = :hash AND revoked_at IS NULL
                   AND (expires_at IS NULL OR expires_at > now())
                """)
            .param("hash", secretHash)
            .query(AccessTokenRepository::token)
            .optional();
    token
        .filter(
            t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(Instant.now().minusSeconds(60)))
        .ifPresent(
            t ->
                jdbc.sql("UPDATE access_token SET last_used_at = now() WHERE id = :id")
                    .param("id", t.id())
                    .update());
    return token;
  }

  private static AccessToken token(ResultSet row, int n) throws SQLException {
    return new AccessToken(
        row.getLong("id"),
        row.getLong("account_id"),
        row.getString("name"),
        row.getBoolean("can_write"),
        instant(row.getTimestamp("created_at")),
        instant(row.getTimestamp("expires_at")),
        instant(row.getTimestamp("last_used_at")),
        instant(row.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
