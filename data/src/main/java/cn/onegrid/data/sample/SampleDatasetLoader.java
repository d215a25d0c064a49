package cn.onegrid.data.sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a generated dataset into the OneGrid schema, all or nothing: one transaction on one
 * connection, committed at the end and rolled back on any failure. Every value is a bound
 * parameter; geometry travels as EWKB ({@code ST_GeomFromEWKB}); rows go in chunks of 10,000 per
 * statement ({@code INSERT ... SELECT FROM unnest(?::type[], ...)}), so the city dataset (about a
 * million rows) loads in well under a minute on a local PostGIS. Every row is marked illustrative.
 *
 * <p>The tables need not be empty, but the dataset's committee and grid codes must not be there
 * already (the unique constraints refuse them and nothing is loaded). Statements time out after
 * {@value UnnestInsert#TIMEOUT_SECONDS} s each.
 */
public final class SampleDatasetLoader {

  /** The advisory lock of {@link #loadIntoEmpty}. */
  private static final long LOAD_LOCK = 0x4f6e654772696453L; // "OneGridS"

  private final JdbcTemplate jdbc;

  public SampleDatasetLoader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Loads the dataset.
   *
   * @return the rows inserted, table by table (equal to {@link SampleDataset#counts()})
   * @throws DataAccessException if the database refused anything; then nothing was loaded
   */
  public SampleCounts load(SampleDataset dataset) {
    return jdbc.execute(
        (ConnectionCallback<SampleCounts>)
            connection ->
                inTransaction(
                    connection,
                    () -> new DatasetInserts(new UnnestInsert(connection)).all(dataset)));
  }

  /**
   * Loads the dataset only into a database without a town. Servers starting at once on one empty
   * database load it once: each checks and loads holding the same advisory lock for its
   * transaction, so the later ones find the town.
   *
   * @return the rows inserted, or empty when the database had a town
   */
  public Optional<SampleCounts> loadIntoEmpty(SampleDataset dataset) {
    return jdbc.execute(
        (ConnectionCallback<Optional<SampleCounts>>)
            connection ->
                inTransaction(
                    connection,
                    () -> {
                      try (Statement statement = connection.createStatement()) {
                        statement.execute("SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")");
                        ResultSet towns = statement.executeQuery("SELECT count(*) FROM town");
                        towns.next();
                        if (towns.getLong(1) > 0) {
                          return Optional.empty();
                        }
                      }
                      return Optional.of(
                          new DatasetInserts(new UnnestInsert(connection)).all(dataset));
                    }));
  }

  /** Work that may throw {@link SQLException}. */
  private interface Work<T> {
    T run() throws SQLException;
  }

  private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T done = work.run();
      connection.commit();
      return done;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
