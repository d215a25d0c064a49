package cn.onegrid.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of what the database knows, shared by every instance on it: the committees waiting for the
 * analysis, how long the oldest has waited (its lag), and people's live sessions. One query gives
 * all three, at most once a second however many are read; while the database does not answer they
 * are NaN, and a scrape is not held up longer than the pool's connection wait.
 */
@Component
class ServiceGauges {

  private static final long FRESH_NANOS = 1_000_000_000L;
  private static final Figures UNKNOWN = new Figures(Double.NaN, Double.NaN, Double.NaN);

  /** The figures at one moment. */
  record Figures(double queued, double lagSeconds, double liveSessions) {}

  private final JdbcClient jdbc;
  private Figures figures = UNKNOWN;
  private long readAt = System.nanoTime() - FRESH_NANOS;

  ServiceGauges(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    gauge(
        registry,
        "onegrid.analysis.queue",
        "committees",
        "Committees waiting to be analysed again",
        Figures::queued);
    gauge(
        registry,
        "onegrid.analysis.lag",
        "seconds",
        "How long the longest-waiting committee has waited for its analysis",
        Figures::lagSeconds);
    gauge(
        registry,
        "onegrid.sessions.live",
        null,
        "People's sessions that have not expired, on every instance",
        Figures::liveSessions);
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String unit,
      String description,
      ToDoubleFunction<Figures> value) {
    Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.figures()))
        .baseUnit(unit)
        .description(description)
        .register(registry);
  }

  synchronized Figures figures() {
    if (System.nanoTime() - readAt >= FRESH_NANOS) {
      figures = read();
      readAt = System.nanoTime();
    }
    return figures;
  }

  private Figures read() {
    try {
      return jdbc.sql(
              """
              SELECT (SELECT count(*) FROM analysis_stale) AS queued,
                     (SELECT coalesce(extract(epoch FROM now() - min(since)), 0) FROM analysis_stale) AS lag,
                     (SELECT count(*) FROM spring_session
                       WHERE expiry_time > extract(epoch FROM now()) * 1000) AS sessions
              """)
          .query(
              (row, n) ->
                  new Figures(row.getLong("queued"), row.getDouble("lag"), row.getLong("sessions")))
          .single();
    } catch (DataAccessException unanswered) {
      return UNKNOWN;
    }
  }
}
