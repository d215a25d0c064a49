package cn.onegrid.data.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log of who saw person-level data, who signed in (or failed to), who changed accounts or
 * tokens, and who created, published or discarded plans or reverted changes ({@link AuditAction}):
 * appended to, never changed. It is read by time, optionally narrowed to one username and one
 * action (null: any).
 */
public class AuditLog {

  private final JdbcClient jdbc;

  public AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String username, AuditAction action, String subject, String detail) {
    jdbc.sql(
            "INSERT INTO audit_log (username, action, subject, detail)"
                + " VALUES (:u, :action, :subject, :detail)")
        .param("u", username)
        .param("action", action.id())
        .param("subject", subject)
        .param("detail", detail)
        .update();
  }

  private static final String WHERE =
      " WHERE at >= :from AND at < :to AND (CAST(:u AS text) IS NULL OR username = :u)"
          + " AND (CAST(:action AS text) IS NULL OR action = :action)";

  /** Entries in [from, to) of this username and action (null: any), newest first, at most limit. */
  public List<AuditEntry> between(
      Instant from, Instant to, String username, String action, int limit) {
    return jdbc.sql("SELECT * FROM audit_log" + WHERE + " ORDER BY at DESC, id DESC LIMIT :limit")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("u", username)
        .param("action", action)
        .param("limit", limit)
        .query(AuditLog::entry)
        .list();
  }

  /** Every such entry, oldest first, one at a time (for an export of any size). */
  public void forEachBetween(
      Instant from, Instant to, String username, String action, Consumer<AuditEntry> each) {
    jdbc.sql("SELECT * FROM audit_log" + WHERE + " ORDER BY at, id")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("u", username)
        .param("action", action)
        .query((RowCallbackHandler) row -> each.accept(entry(row, 0)));
  }

  private static AuditEntry entry(ResultSet row, int n) throws SQLException {
    return new AuditEntry(
        row.getLong("id"),
        row.getTimestamp("at").toInstant(),
        row.getString("username"),
        row.getString("action"),
        row.getString("subject"),
        row.getString("detail"));
  }
}
