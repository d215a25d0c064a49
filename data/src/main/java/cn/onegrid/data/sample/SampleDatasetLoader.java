package cn.onegrid.data.sample;

import java.sql.Connection;
import java.sql.SQLException;
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
    return jdbc.execute((ConnectionCallback<SampleCounts>) connection -> load(dataset, connection));
  }

  private static SampleCounts load(SampleDataset dataset, Connection connection)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      SampleCounts counts = new DatasetInserts(new UnnestInsert(connection)).all(dataset);
      connection.commit();
      return counts;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
