package cn.onegrid.data.sample;

import cn.onegrid.data.SqlResource;
import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the loader's statements from {@code sql/sample/*.sql}. Bulk inserts are {@code INSERT ...
 * SELECT FROM unnest(?::type[], ...)}: each parameter is one column of a chunk of rows, bound as a
 * typed SQL array, so a chunk of {@value #CHUNK} rows is one statement and one round trip (and one
 * firing of the statement-level triggers), yet every value is still a bound parameter.
 */
final class UnnestInsert {

  static final int CHUNK = 10_000;
  static final int TIMEOUT_SECONDS = 600;

  /** The element type of an array parameter: its SQL name and the Java class of its elements. */
  enum Column {
    BIGINT("bigint", Long.class),
    INTEGER("integer", Integer.class),
    SMALLINT("smallint", Short.class),
    TEXT("text", String.class),
    BYTEA("bytea", byte[].class);

    final String sqlType;
    final Class<?> javaType;

    Column(String sqlType, Class<?> javaType) {
      this.sqlType = sqlType;
      this.javaType = javaType;
    }
  }

  private final Connection connection;

  UnnestInsert(Connection connection) {
    this.connection = connection;
  }

  /**
   * Inserts the rows in chunks.
   *
   * @param resource the statement's file name in {@code sql/sample}, without {@code .sql}
   * @param columns the element types of the statement's array parameters, in order
   * @param rows the rows
   * @param values a row's values, one per column (null for SQL NULL)
   * @return the number of rows inserted
   */
  <T> int insert(String resource, List<Column> columns, List<T> rows, Function<T, Object[]> values)
      throws SQLException {
    int inserted = 0;
    try (PreparedStatement statement = prepare(resource)) {
      for (int from = 0; from < rows.size(); from += CHUNK) {
        List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
        Object[][] arrays = new Object[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
          arrays[c] = (Object[]) Array.newInstance(columns.get(c).javaType, chunk.size());
        }
        for (int r = 0; r < chunk.size(); r++) {
          Object[] row = values.apply(chunk.get(r));
          for (int c = 0; c < columns.size(); c++) {
            arrays[c][r] = row[c];
          }
        }
        for (int c = 0; c < columns.size(); c++) {
          statement.setArray(c + 1, connection.createArrayOf(columns.get(c).sqlType, arrays[c]));
        }
        inserted += statement.executeUpdate();
      }
    }
    return inserted;
  }

  /** {@code count} fresh ids from the identity sequence of {@code table}. */
  long[] allocateIds(String table, int count) throws SQLException {
    long[] ids = new long[count];
    try (PreparedStatement statement = prepare("allocate-ids")) {
      statement.setString(1, table);
      statement.setInt(2, count);
      try (ResultSet rows = statement.executeQuery()) {
        for (int i = 0; i < count && rows.next(); i++) {
          ids[i] = rows.getLong(1);
        }
      }
    }
    return ids;
  }

  PreparedStatement prepare(String resource) throws SQLException {
    PreparedStatement statement =
        connection.prepareStatement(SqlResource.load("sample/" + resource + ".sql"));
    statement.setQueryTimeout(TIMEOUT_SECONDS);
    return statement;
  }
}
