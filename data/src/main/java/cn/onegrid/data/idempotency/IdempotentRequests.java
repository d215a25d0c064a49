package cn.onegrid.data.idempotency;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keys and their answers ({@code idempotent_request}). A request claims its key before it runs
 * ({@link #claim}); its answer is stored when it ends ({@link #finish}), or the claim is dropped
 * when it failed for a reason a retry may not meet ({@link #release}). Keys live for {@link
 * #WINDOW}; a claim never finished (the server stopped mid-request) is taken over after {@link
 * #ABANDONED}, longer than any request may run.
 */
public final class IdempotentRequests {

  public static final Duration WINDOW = Duration.ofHours(24);
  static final Duration ABANDONED = Duration.ofMinutes(5);

  private final JdbcClient jdbc;

  public IdempotentRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the key for this request; empty when it is now this request's to run, else what is
   * stored under it (perhaps another request's, or one still running).
   */
  public Optional<StoredAnswer> claim(long accountId, String key, byte[] requestHash) {
    jdbc.sql(
            "DELETE FROM idempotent_request WHERE created_at < now() - make_interval(secs => :window)"
                + " OR (status IS NULL AND created_at < now() - make_interval(secs => :abandoned))")
        .param("window", WINDOW.toSeconds())
        .param("abandoned", ABANDONED.toSeconds())
        .update();
    int claimed =
        jdbc.sql(
                """
                INSERT INTO idempotent_request (account_id, key, request_hash)
                VALUES (:account, :key, :hash) ON CONFLICT DO NOTHING
                """)
            .param("account", accountId)
            .param("key", key)
            .param("hash", requestHash)
            .update();
    if (claimed == 1) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT request_hash, coalesce(status, 0) AS status, content_type, etag, location, body
              FROM idempotent_request WHERE account_id = :account AND key = :key
            """)
        .param("account", accountId)
        .param("key", key)
        .query(
            (row, n) ->
                new StoredAnswer(
                    row.getBytes("request_hash"),
                    row.getInt("status"),
                    row.getString("content_type"),
                    row.getString("etag"),
                    row.getString("location"),
                    row.getBytes("body")))
        .optional();
  }

  /** Stores the answer of the request that claimed the key. */
  public void finish(long accountId, String key, StoredAnswer answer) {
    jdbc.sql(
            """
            UPDATE idempotent_request
               SET status = :status, content_type = :type, etag = :etag, location = :location,
                   body = :body
             WHERE account_id = :account AND key = :key
            """)
        .param("status", answer.status())
        .param("type", answer.contentType())
        .param("etag", answer.etag())
        .param("location", answer.location())
        .param("body", answer.body())
        .param("account", accountId)
        .param("key", key)
        .update();
  }

  /** Drops the claim, so that the same request may run again. */
  public void release(long accountId, String key) {
    jdbc.sql("DELETE FROM idempotent_request WHERE account_id = :account AND key = :key")
        .param("account", accountId)
        .param("key", key)
        .update();
  }
}
