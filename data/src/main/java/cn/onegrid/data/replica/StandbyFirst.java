package cn.onegrid.data.replica;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read paths' {@link JdbcOperations}: each call is one statement, and one that took a standby
 * connection and failed as a lost connection does (no connection, SQLSTATE class 08, or the server
 * shutting down: 57P01 to 57P03) is made once more, on the primary, after telling {@link
 * ReadRouting}. A read is safe to repeat; a statement timeout or an error in the SQL is not a lost
 * standby and is not repeated.
 */
final class StandbyFirst {

  private static final ThreadLocal<Boolean> TOOK_STANDBY = new ThreadLocal<>();

  private StandbyFirst() {}

  static JdbcOperations of(JdbcTemplate template, ReadRouting routing) {
    return (JdbcOperations)
        Proxy.newProxyInstance(
            JdbcOperations.class.getClassLoader(),
            new Class<?>[] {JdbcOperations.class},
            (proxy, method, args) -> call(template, routing, method, args));
  }

  /** Called by the routed data source when it hands out a standby connection. */
  static void tookStandby() {
    TOOK_STANDBY.set(Boolean.TRUE);
  }

  private static Object call(
      JdbcTemplate template, ReadRouting routing, Method method, Object[] args) throws Throwable {
    TOOK_STANDBY.remove();
    try {
      return method.invoke(template, args);
    } catch (InvocationTargetException e) {
      Throwable failure = e.getCause();
      if (!Boolean.TRUE.equals(TOOK_STANDBY.get()) || !lostConnection(failure)) {
        throw failure;
      }
      routing.standbyFailed((Exception) failure);
      try {
        return method.invoke(template, args);
      } catch (InvocationTargetException again) {
        throw again.getCause();
      }
    } finally {
      TOOK_STANDBY.remove();
    }
  }

  static boolean lostConnection(Throwable failure) {
    if (failure instanceof CannotGetJdbcConnectionException) {
      return true;
    }
    if (!(failure instanceof DataAccessResourceFailureException)) {
      return false;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        return state.startsWith("08") || state.matches("57P0[123]");
      }
    }
    return false;
  }
}
