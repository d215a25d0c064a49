package cn.onegrid.data.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where reads go: to the hot standby when there is one that is up and has replayed what this
 * thread's reader must see, else to the primary. The read paths take {@link #reads()}; everything
 * else keeps the primary.
 *
 * <p>What a reader must see is a {@link Lsn}: whoever wrote reads {@link #after} the primary's
 * position after their write ({@link #primaryPosition}), kept by the caller (the server keeps it in
 * a cookie), and a request that writes reads only {@link #fromPrimary}. The standby's replayed
 * position is asked every {@code every} on a thread of its own, so routing a read costs no round
 * trip; a read waits for nothing, it goes to the primary instead. A standby that stops answering,
 * or falls further behind than {@code maxLag} (its replication broken, say), is left alone until it
 * is back, and a read its loss broke is made again on the primary ({@link StandbyFirst}).
 */
public final class ReadRouting implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ReadRouting.class);
  private static final Lsn ANYTHING_NEWER = new Lsn(-1L); // the largest position: only the primary
  private static final ThreadLocal<Lsn> FLOOR = new ThreadLocal<>();

  private final DataSource primary;
  private final DataSource standby;
  private final JdbcClient reads;
  private final ScheduledExecutorService watch;

  private final Duration maxLag;
  private final PrimaryTrail trail;

  /** The standby's replayed position as last asked, null while it cannot serve reads. */
  private volatile Lsn replayed;

  /** Why it cannot, as last said; null when it serves. */
  private Trouble trouble = Trouble.DOWN;

  private ReadRouting(DataSource primary, DataSource standby, Duration every, Duration maxLag) {
    this.primary = primary;
    this.standby = standby;
    this.maxLag = maxLag;
    this.trail = maxLag == null ? null : new PrimaryTrail(maxLag.toNanos());
    if (standby == null) {
      this.reads = JdbcClient.create(primary);
      this.watch = null;
      return;
    }
    this.reads = JdbcClient.create(StandbyFirst.of(new JdbcTemplate(new Routed()), this));
    this.watch =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "standby-watch");
              thread.setDaemon(true);
              return thread;
            });
    watch.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** No standby: every read goes to the primary. */
  public static ReadRouting primaryOnly(DataSource primary) {
    return new ReadRouting(primary, null, null, null);
  }

  /**
   * Reads to {@code standby} when it can serve them; its position asked every {@code every}; a
   * standby more than {@code maxLag} behind the primary serves none. Closing the routing closes
   * {@code standby} if it can be closed (a pool).
   */
  public static ReadRouting withStandby(
      DataSource primary, DataSource standby, Duration every, Duration maxLag) {
    return new ReadRouting(primary, standby, every, maxLag);
  }

  /** What the read paths (items, tiles, cards, search) query through. */
  public JdbcClient reads() {
    return reads;
  }

  public boolean hasStandby() {
    return standby != null;
  }

  /** The primary's write-ahead log position now: past every transaction committed before. */
  public Lsn primaryPosition() {
    String text =
        JdbcClient.create(primary)
            .sql("SELECT pg_current_wal_insert_lsn()::text")
            .query(String.class)
            .single();
    return Lsn.parse(text);
  }

  /** Whether the standby is up and, when last asked, had replayed {@code position}. */
  public boolean standbyHasReplayed(Lsn position) {
    Lsn now = replayed;
    return now != null && !position.isAfter(now);
  }

  /** This thread reads what was written up to {@code position} until the scope is closed. */
  public static Scope after(Lsn position) {
    Lsn previous = FLOOR.get();
    FLOOR.set(position);
    return () -> FLOOR.set(previous);
  }

  /** This thread reads from the primary until the scope is closed (while it writes). */
  public static Scope fromPrimary() {
    return after(ANYTHING_NEWER);
  }

  /** A thread's reading rule, undone by closing it. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** Whether this thread's next read may go to the standby. */
  boolean standbyServes() {
    Lsn floor = FLOOR.get();
    return floor == null ? replayed != null : standbyHasReplayed(floor);
  }

  /** A read on the standby failed as a lost connection does: primary only until it answers. */
  void standbyFailed(Exception cause) {
    become(Trouble.DOWN, "it stopped answering: " + firstLine(cause), null);
  }

  /**
   * Asks the standby how far it has replayed and the primary where it is: a standby serves when it
   * is one (not promoted) and has replayed where the primary was {@code maxLag} ago.
   */
  void refresh() {
    Lsn now;
    try {
      now =
          Lsn.parse(
              JdbcClient.create(standby)
                  .sql(
                      "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()::text END")
                  .query(String.class)
                  .optional()
                  .orElse(null));
    } catch (RuntimeException e) {
      standbyFailed(e);
      return;
    }
    try {
      trail.saw(System.nanoTime(), primaryPosition());
    } catch (RuntimeException primaryDown) {
      // DatabaseSupervisor's to tell; the standby is judged on what was seen
    }
    Lsn due = trail.windowBefore(System.nanoTime());
    if (now == null) {
      become(Trouble.NOT_STANDBY, "it is not replaying the primary's log (promoted?)", null);
    } else if (due != null && due.isAfter(now)) {
      become(
          Trouble.BEHIND,
          "it has not replayed where the primary was " + maxLag.toSeconds() + " s ago",
          null);
    } else {
      become(null, null, now);
    }
  }

  private enum Trouble {
    DOWN,
    NOT_STANDBY,
    BEHIND
  }

  /** Sets what the standby can serve, and says so when that changes. */
  private synchronized void become(Trouble trouble, String why, Lsn position) {
    if (trouble != this.trouble) {
      if (trouble == null) {
        log.info("The standby serves reads (replayed to {})", position);
      } else {
        log.warn("The standby does not serve reads, {}; they go to the primary", why);
      }
      this.trouble = trouble;
    }
    replayed = position;
  }

  @Override
  public void close() {
    if (watch != null) {
      watch.shutdownNow();
    }
    if (standby instanceof AutoCloseable pool) {
      try {
        pool.close();
      } catch (Exception e) {
        log.warn("Cannot close the standby's pool", e);
      }
    }
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** The read paths' data source: the standby's connections when it serves, else the primary's. */
  private final class Routed extends AbstractDataSource {

    @Override
    public Connection getConnection() throws SQLException {
      if (!standbyServes()) {
        return primary.getConnection();
      }
      StandbyFirst.tookStandby();
      return standby.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) {
      throw new UnsupportedOperationException("The read paths use the pools' own login");
    }
  }
}
