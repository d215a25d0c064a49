package cn.onegrid.data.accounts;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins, counted per key (an account name from one client address, or a client address):
 * past {@code freeFailures}, each failure makes the next attempt from there wait twice as long as
 * the last, up to {@code maxDelay}. Rows older than a day are forgotten.
 */
public class SignInFailures {

  private final JdbcClient jdbc;

  public SignInFailures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * How long until an attempt under any of {@code keys} is heard again; zero when it may be now.
   */
  public Duration waitFor(List<String> keys) {
    Double seconds =
        jdbc.sql(
                """
                SELECT greatest(0, extract(epoch FROM max(not_before) - clock_timestamp()))::float8
                  FROM sign_in_failure WHERE key IN (:keys)
                """)
            .param("keys", keys)
            .query(Double.class)
            .optional()
            .orElse(null);
    return seconds == null ? Duration.ZERO : Duration.ofMillis(Math.round(seconds * 1000));
  }

  /** Counts a failure under each of {@code keys}. */
  public void failed(List<String> keys, int freeFailures, Duration maxDelay) {
    for (String key : keys) {
      jdbc.sql(
              """
              INSERT INTO sign_in_failure AS f (key, failures, not_before, last_failure)
              VALUES (:key, 1, clock_timestamp(), clock_timestamp())
              ON CONFLICT (key) DO UPDATE
                 SET failures = f.failures + 1,
                     last_failure = clock_timestamp(),
                     not_before = clock_timestamp() + make_interval(secs =>
                         CASE WHEN f.failures + 1 <= :free THEN 0
                              ELSE least(:max, power(2, least(f.failures + 1 - :free - 1, 30))) END)
              """)
          .param("key", key)
          .param("free", freeFailures)
          .param("max", (double) maxDelay.toSeconds())
          .update();
    }
    jdbc.sql("DELETE FROM sign_in_failure WHERE last_failure < now() - interval '1 day'").update();
  }

  /** Forgets the failures under {@code key} (its owner signed in). */
  public void succeeded(String key) {
    jdbc.sql("DELETE FROM sign_in_failure WHERE key = :key").param("key", key).update();
  }
}
