package cn.onegrid.bench.analysis;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks that both sides computed the same thing: after one run of each, compares the indicators in
 * analysis_committee (Java) with bench_sql_committee (SQL) and the feature counts by kind, and
 * prints the largest differences. A benchmark of two different analyses would be meaningless.
 */
final class Agreement {

  private Agreement() {}

  static void print(JdbcClient jdbc) {
    Map<String, Object> diff =
        jdbc.sql(
                """
                SELECT count(*) AS committees,
                       max(abs(j.coverage_ratio - s.coverage_ratio)) AS coverage_ratio,
                       max(abs(j.catchment_ratio - s.catchment_ratio)) AS catchment_ratio,
                       max(abs(j.overlap_m2 - s.overlap_m2)) AS overlap_m2,
                       max(abs(j.blind_spot_radius_m - s.blind_spot_radius_m)) AS blind_spot_radius_m,
                       max((SELECT max(abs(x - y)) FROM unnest(j.slot_ratios, s.slot_ratios) u(x, y))) AS slot_ratio,
                       count(*) FILTER (WHERE j.worst_slots <> s.worst_slots) AS worst_slots_differ
                  FROM analysis_committee j JOIN bench_sql_committee s USING (committee_id)
                """)
            .query()
            .singleRow();
    System.err.println("Java vs PostGIS SQL, largest difference per indicator: " + diff);
    String features =
        """
        SELECT kind || coalesce('/' || finding, '') || ' ' || scope AS what, count(*) AS n
          FROM %s GROUP BY 1 ORDER BY 1
        """;
    System.err.println(
        "Features, Java: " + jdbc.sql(features.formatted("analysis_feature")).query().listOfRows());
    System.err.println(
        "Features, SQL:  "
            + jdbc.sql(features.formatted("bench_sql_feature")).query().listOfRows());
    System.err.println(
        "Committees whose feature counts differ (first 5): "
            + jdbc.sql(
                    """
                    SELECT c.code, f.kind, f.java, f.sql
                      FROM (SELECT committee_id, kind, count(*) FILTER (WHERE side = 'java') AS java,
                                   count(*) FILTER (WHERE side = 'sql') AS sql
                              FROM (SELECT committee_id, kind, 'java' AS side FROM analysis_feature
                                    UNION ALL
                                    SELECT committee_id, kind, 'sql' FROM bench_sql_feature) u
                             WHERE committee_id IS NOT NULL
                             GROUP BY committee_id, kind) f
                      JOIN committee c ON c.id = f.committee_id
                     WHERE f.java <> f.sql
                     ORDER BY c.code, f.kind LIMIT 5
                    """)
                .query()
                .listOfRows());
  }
}
