package cn.onegrid.data.transfer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What OneGrid has published that an import is checked against: the town (code, outline), the
 * committees (the official names and boundaries) and the features of the target's kind.
 */
final class Published {

  /** A published feature: its name, version, committee and shape (degrees). */
  record Feature(String code, String name, int version, String committee, Geometry shape) {}

  private final Optional<Feature> town;
  private final Map<String, Feature> committees;
  private final Map<String, Feature> features;

  private Published(
      Optional<Feature> town, Map<String, Feature> committees, Map<String, Feature> features) {
    this.town = town;
    this.committees = committees;
    this.features = features;
  }

  static Published read(JdbcClient jdbc, ImportTarget target) {
    Optional<Feature> town =
        jdbc.sql(
                "SELECT code, name, version, code AS committee, ST_AsBinary(boundary) AS shape"
                    + " FROM town ORDER BY id LIMIT 1")
            .query((row, n) -> feature(row))
            .optional();
    Map<String, Feature> committees =
        all(
            jdbc,
            "SELECT code, name, version, code AS committee, ST_AsBinary(boundary) AS shape"
                + " FROM committee");
    Map<String, Feature> features =
        switch (target) {
          case COMMITTEES -> committees;
          case COMPREHENSIVE_GRIDS, MICRO_GRIDS ->
              all(
                  jdbc,
                  "SELECT g.code, g.name, g.version, c.code AS committee,"
                      + " ST_AsBinary(g.boundary) AS shape FROM grid g"
                      + " JOIN committee c ON c.id = g.committee_id WHERE g.level = '"
                      + (target == ImportTarget.MICRO_GRIDS ? "micro" : "comprehensive")
                      + "'");
          case DUTY_POSTS ->
              all(
                  jdbc,
                  "SELECT d.code, d.name, d.version, c.code AS committee,"
                      + " ST_AsBinary(d.location) AS shape FROM duty_post d"
                      + " JOIN committee c ON c.id = d.committee_id WHERE d.retired_at IS NULL");
        };
    return new Published(town, committees, features);
  }

  Optional<Feature> town() {
    return town;
  }

  Optional<Feature> committee(String code) {
    return Optional.ofNullable(committees.get(code));
  }

  Optional<Feature> feature(String code) {
    return Optional.ofNullable(features.get(code));
  }

  /** The published features of the target's kind in the scope (a committee, or all). */
  List<Feature> inScope(Optional<String> committee) {
    return features.values().stream()
        .filter(f -> committee.isEmpty() || f.committee().equals(committee.get()))
        .sorted(java.util.Comparator.comparing(Feature::code))
        .toList();
  }

  /** Whether a grid of this code is published: a micro-grid's parent must be. */
  /** Every grid's code, read once for a layer's rows rather than asked row by row. */
  static Set<String> gridCodes(JdbcClient jdbc) {
    return new HashSet<>(jdbc.sql("SELECT code FROM grid").query(String.class).list());
  }

  private static Map<String, Feature> all(JdbcClient jdbc, String sql) {
    Map<String, Feature> map = new HashMap<>();
    jdbc.sql(sql).query((row, n) -> feature(row)).list().forEach(f -> map.put(f.code(), f));
    return map;
  }

  private static Feature feature(java.sql.ResultSet row) throws java.sql.SQLException {
    try {
      return new Feature(
          row.getString("code"),
          row.getString("name"),
          row.getInt("version"),
          row.getString("committee"),
          new org.locationtech.jts.io.WKBReader().read(row.getBytes("shape")));
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
