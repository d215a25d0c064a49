package cn.onegrid.data.editing;

import cn.onegrid.data.editing.Plans.Published;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import's features in a draft plan, and their publishing inside {@link Plans#publish}'s
 * transaction: each feature replaces the published one of its code if that is still at the version
 * the import saw (0: none), or is added; grids of the scope absent from the import are removed and
 * posts retired; committees absent are kept. A committee import into an empty OneGrid makes the
 * town (its code from the committees', its outline their union). Grids and committees (added,
 * removed, renamed, reshaped) go through {@link NamedAreas} and posts (new, changed, retired)
 * through {@link PostStore#write}, so each is in the history and the published plan reverts as a
 * whole ({@link PlanReverts}).
 */
final class PlanImports {

  /** A feature to stage: code, name, duty types (posts), the version it replaces, shape. */
  record Staged(
      String code, String name, List<String> dutyTypes, int baseVersion, Geometry shape) {}

  /** Features staged per statement: one round trip each, every value still a bound parameter. */
  private static final int CHUNK = 5_000;

  private final JdbcClient jdbc;
  private final PostStore posts;

  PlanImports(JdbcClient jdbc, PostStore posts) {
    this.posts = posts;
    this.jdbc = jdbc;
  }

  void stage(
      long plan,
      String collection,
      Optional<String> committee,
      Optional<String> townName,
      List<Staged> features) {
    jdbc.sql(
            "INSERT INTO plan_import (plan_id, collection, committee, town_name)"
                + " VALUES (:plan, :collection, :committee, :town)")
        .param("plan", plan)
        .param("collection", collection)
        .param("committee", committee.orElse(null))
        .param("town", townName.orElse(null))
        .update();
    WKBWriter wkb = new WKBWriter();
    for (int from = 0; from < features.size(); from += CHUNK) {
      List<Staged> chunk = features.subList(from, Math.min(features.size(), from + CHUNK));
      // Duty types travel comma-separated (unnest would flatten an array of arrays): they are
      // duty_type ids, checked by the importer, never with a comma.
      jdbc.sql(
              """
              INSERT INTO plan_import_feature (plan_id, code, name, duty_types, base_version, shape)
              SELECT :plan, u.code, u.name, string_to_array(u.duties, ','), u.base,
                     ST_GeomFromWKB(u.shape, 4326)
              FROM unnest(:codes::text[], :names::text[], :duties::text[], :bases::integer[],
                          :shapes::bytea[]) WITH ORDINALITY AS u (code, name, duties, base, shape, n)
              ORDER BY u.n
              """)
          .param("plan", plan)
          .param("codes", chunk.stream().map(Staged::code).toArray(String[]::new))
          .param("names", chunk.stream().map(Staged::name).toArray(String[]::new))
          .param(
              "duties",
              chunk.stream().map(f -> String.join(",", f.dutyTypes())).toArray(String[]::new))
          .param("bases", chunk.stream().mapToInt(Staged::baseVersion).toArray())
          .param("shapes", chunk.stream().map(f -> wkb.write(f.shape())).toArray(byte[][]::new))
          .update();
    }
  }

  /** The import's kind and size, if the plan has one. */
  Optional<Plans.ImportSummary> summary(long plan) {
    return jdbc.sql(
            "SELECT i.collection, i.committee, (SELECT count(*) FROM plan_import_feature f"
                + " WHERE f.plan_id = i.plan_id) AS n FROM plan_import i WHERE plan_id = :plan")
        .param("plan", plan)
        .query(
            (row, n) ->
                new Plans.ImportSummary(
                    row.getString("collection"),
                    Optional.ofNullable(row.getString("committee")),
                    row.getInt("n")))
        .optional();
  }

  /** The committees publishing would change: the publisher must be allowed each. */
  List<String> committees(long plan) {
    return jdbc.sql(
            "SELECT DISTINCT left(code, 12) FROM plan_import_feature WHERE plan_id = :plan"
                + " UNION SELECT committee FROM plan_import WHERE plan_id = :plan"
                + " AND committee IS NOT NULL")
        .param("plan", plan)
        .query(String.class)
        .list();
  }

  /**
   * Applies the import, adding to {@code stale} each feature changed since it was imported.
   *
   * @return the features written and their versions
   */
  List<Published> publish(long plan, String who, String reason, List<String> stale) {
    Plans.ImportSummary summary = summary(plan).orElseThrow();
    String table = table(summary.collection());
    // Locked first, so the versions checked are the ones written over.
    jdbc.sql(
            "SELECT t.version FROM "
                + table
                + " t JOIN plan_import_feature f ON f.code = t.code WHERE f.plan_id = :plan"
                + " FOR UPDATE OF t")
        .param("plan", plan)
        .query(Integer.class)
        .list();
    stale.addAll(
        jdbc
            .sql(
                "SELECT f.code || ' ' || f.base_version || ' ≠ ' || coalesce(t.version, 0)"
                    + " FROM plan_import_feature f LEFT JOIN "
                    + table
                    + " t ON t.code = f.code"
                    + live(summary.collection())
                    + " WHERE f.plan_id = :plan AND coalesce(t.version, 0) <> f.base_version"
                    + " ORDER BY f.code")
            .param("plan", plan)
            .query(String.class)
            .list()
            .stream()
            .map(s -> summary.collection() + " " + s)
            .toList());
    if (!stale.isEmpty()) {
      return List.of();
    }
    ImportWrites writes = new ImportWrites(jdbc, posts, plan, who, reason);
    return switch (summary.collection()) {
      case "committees" -> writes.committees();
      case "duty-posts" -> writes.posts(summary.committee());
      default -> writes.grids(summary.collection(), summary.committee());
    };
  }

  private static String table(String collection) {
    return switch (collection) {
      case "committees" -> "committee";
      case "duty-posts" -> "duty_post";
      default -> "grid";
    };
  }

  /** A retired post's code is taken: an import does not bring it back. */
  private static String live(String collection) {
    return collection.equals("duty-posts") ? " AND t.retired_at IS NULL" : "";
  }
}
