package cn.onegrid.server.security.signin;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session's row is written when something in it changed, and its last access at most once a
 * {@link #GRAIN}. Spring Session JDBC writes the last access on every request, and each such write
 * is a commit PostgreSQL flushes to disk: 3 to 10 ms for every script, style and data request of a
 * signed-in page, one after another on the few connections. An update that matches no row writes
 * nothing and flushes nothing. The price: a session idle for its whole timeout may end up to one
 * grain early.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

  static final Duration GRAIN = Duration.ofMinutes(1);

  /**
   * Spring Session's own update (its parameters in its order: session id, last access, idle
   * timeout, expiry, username, row id), made conditional.
   */
  static final String UPDATE =
      """
      UPDATE %%TABLE_NAME%% S
      SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
          MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
          PRINCIPAL_NAME = V.PRINCIPAL_NAME
      FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                   CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                   CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
      WHERE S.PRIMARY_ID = V.PRIMARY_ID
        AND (S.SESSION_ID <> V.SESSION_ID
             OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
             OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
             OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %d)
      """
          .formatted(GRAIN.toMillis());

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessOnceAGrain() {
    return sessions -> sessions.setUpdateSessionQuery(UPDATE);
  }
}
