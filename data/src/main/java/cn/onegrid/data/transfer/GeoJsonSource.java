package cn.onegrid.data.transfer;

import cn.onegrid.data.SqlResource;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Property;
import cn.onegrid.data.map.PhoneAccess;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes what GDAL converts: a collection, or a roster, as a GeoJSON file in EPSG:4326 that
 * PostgreSQL writes feature by feature (a collection's properties flat, as in its tiles). Only
 * catalogue text reaches the SQL; the rosters' phone numbers are masked in the SQL as on cards.
 */
final class GeoJsonSource {

  private static final String MEMBERS = SqlResource.load("transfer/post-members.sql");
  private static final String SLOTS = SqlResource.load("transfer/duty-slots.sql");
  private static final byte[] HEAD =
      "{\"type\":\"FeatureCollection\",\"features\":[\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TAIL = "\n]}\n".getBytes(StandardCharsets.US_ASCII);

  /** Characters a spreadsheet takes as the start of a formula when a CSV cell begins with them. */
  private static final String FORMULA_START = "^([=+@\\t\\r-])";

  private final JdbcClient jdbc;

  GeoJsonSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every feature of the collection, its properties named by {@code names}. For a CSV file, text
   * that a spreadsheet would run as a formula gets a leading apostrophe ({@code spreadsheetSafe}).
   */
  void collection(Collection c, UnaryOperator<String> names, boolean spreadsheetSafe, Path file) {
    String properties =
        c.properties().stream()
            .map(p -> "'" + names.apply(p.name()) + "', " + value(p, spreadsheetSafe))
            .collect(Collectors.joining(", "));
    String sql =
        "SELECT json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON("
            + c.geometry()
            + ", 9)::json, 'properties', json_build_object("
            + properties
            + "))::text AS f FROM "
            + c.from()
            + " WHERE "
            + c.where()
            + " ORDER BY "
            + c.featureId();
    write(jdbc.sql(sql), file);
  }

  /** Each post's leader and members, one feature without geometry each. */
  void members(PhoneAccess phones, Path file) {
    write(
        jdbc.sql(MEMBERS)
            .param("town", phones.wholeTown())
            .param("committees", phones.committees().toArray(String[]::new)),
        file);
  }

  /** Each post's weekly slots and who serves in them. */
  void slots(Path file) {
    write(jdbc.sql(SLOTS), file);
  }

  private static String value(Property p, boolean spreadsheetSafe) {
    String flat = p.flatSql();
    if (!spreadsheetSafe || !(p.type().equals("string") || p.type().equals("array"))) {
      return flat;
    }
    return "regexp_replace((" + flat + ")::text, '" + FORMULA_START + "', '''\\1')";
  }

  private static void write(JdbcClient.StatementSpec statement, Path file) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(HEAD);
      boolean[] first = {true};
      statement.query(
          row -> {
            try {
              if (!first[0]) {
                out.write(',');
                out.write('\n');
              }
              first[0] = false;
              out.write(row.getBytes("f"));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      out.write(TAIL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
