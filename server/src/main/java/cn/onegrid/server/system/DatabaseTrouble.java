package cn.onegrid.server.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database is out of reach for now (gone, restarting, stalled, or too
 * slow) rather than a fault in OneGrid: such a request is answered 503 with {@code Retry-After}.
 */
final class DatabaseTrouble {

  static final int RETRY_AFTER_SECONDS = 5;

  /**
   * PostgreSQL's SQLSTATEs for it: shutting down or crashed (57P01, 57P02), starting or in recovery
   * (57P03), a statement or lock wait past its timeout (57014, 55P03), too many connections
   * (53300); every connection exception is class 08.
   */
  private static final Set<String> STATES =
      Set.of("57P01", "57P02", "57P03", "57014", "55P03", "53300");

  private DatabaseTrouble() {}

  static boolean isOutage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // A rollback on a connection the outage closed fails too ("Connection is closed", no
      // SQLSTATE); the outage itself is the exception the rollback was for.
      if (cause instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && isOutage(rollback.getApplicationException())) {
        return true;
      }
      if (cause instanceof DataAccessResourceFailureException
          || cause instanceof QueryTimeoutException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || STATES.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }
}
