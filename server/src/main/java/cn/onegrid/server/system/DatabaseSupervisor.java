package cn.onegrid.server.system;

import cn.onegrid.data.embedded.EmbeddedPostgis;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Asks the database every second, on a connection of its own, whether it answers within two
 * seconds. While it does not, {@link DatabaseOutageFilter} answers requests 503 at once and the
 * readiness probe says so. When the embedded cluster's server process is gone (killed, crashed), it
 * starts it again: PostgreSQL's crash recovery brings back every committed transaction, and the
 * pool drops its dead connections. An external database is only watched.
 */
final class DatabaseSupervisor implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DatabaseSupervisor.class);
  private static final int PROBE_SECONDS = 2;

  private final DatabaseServer server;
  private final HikariDataSource pool;
  private final ApplicationEventPublisher events;
  private ScheduledExecutorService timer;
  private volatile boolean answering = true;
  private Connection probe; // the timer's thread only

  DatabaseSupervisor(
      DatabaseServer server, HikariDataSource pool, ApplicationEventPublisher events) {
    this.server = server;
    this.pool = pool;
    this.events = events;
  }

  /** Whether the database answered the last question put to it. */
  boolean answering() {
    return answering;
  }

  @Override
  public synchronized void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "database-supervisor");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(40, TimeUnit.SECONDS); // a restart under way finishes first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }

  private void check() {
    try {
      EmbeddedPostgis embedded = server.embedded();
      if (embedded != null && !embedded.serverAlive()) {
        refusing("the embedded PostGIS server process is gone; starting it again");
        closeProbe();
        embedded.restart();
        pool.getHikariPoolMXBean().softEvictConnections();
      }
      String trouble = ask();
      if (trouble == null) {
        accepting();
      } else {
        refusing(trouble);
      }
    } catch (RuntimeException e) {
      refusing(e.getMessage());
    }
  }

  /** Null when the database answered, else why not. */
  private String ask() {
    try {
      if (probe == null) {
        Properties login = new Properties();
        login.setProperty("user", server.user());
        login.setProperty("password", server.password());
        login.setProperty("connectTimeout", String.valueOf(PROBE_SECONDS));
        login.setProperty("loginTimeout", String.valueOf(PROBE_SECONDS));
        login.setProperty("socketTimeout", String.valueOf(PROBE_SECONDS));
        login.setProperty("ApplicationName", "onegrid-supervisor");
        probe = DriverManager.getConnection(server.url(), login);
      }
      try (var statement = probe.createStatement()) {
        statement.execute("SELECT 1");
      }
      return null;
    } catch (SQLException e) {
      closeProbe();
      return "the database does not answer within " + PROBE_SECONDS + " s: " + e.getMessage();
    }
  }

  private void refusing(String why) {
    if (answering) {
      answering = false;
      log.warn("Database unavailable, answering 503 meanwhile: {}", why);
      AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    }
  }

  private void accepting() {
    if (!answering) {
      pool.getHikariPoolMXBean().softEvictConnections();
      answering = true;
      log.info("Database answering again ({})", server);
      AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }
  }

  private void closeProbe() {
    if (probe != null) {
      try {
        probe.close();
      } catch (SQLException ignored) {
        // it is being dropped because it failed
      }
      probe = null;
    }
  }
}
