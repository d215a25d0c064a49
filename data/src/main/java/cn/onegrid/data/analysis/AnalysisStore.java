package cn.onegrid.data.analysis;

import cn.onegrid.data.analysis.CommitteeResult.ScopedFinding;
import cn.onegrid.geo.coverage.CoverageReport;
import cn.onegrid.geo.health.Finding;
import cn.onegrid.geo.patrol.SlotCoverage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Replaces a committee's stored results with new ones (the caller holds the transaction). */
final class AnalysisStore {

  private static final int WORST_SLOTS = 5;

  private final JdbcClient jdbc;
  private final MetricFrame frame;

  AnalysisStore(JdbcClient jdbc, MetricFrame frame) {
    this.jdbc = jdbc;
    this.frame = frame;
  }

  void replace(CommitteeResult result) {
    long id = result.input().id();
    jdbc.sql("DELETE FROM analysis_feature WHERE committee_id = ?").param(id).update();
    jdbc.sql(
            """
            INSERT INTO analysis_committee (committee_id, area_m2, covered_m2, coverage_ratio, overlap_m2,
                catchment_ratio, posts, blind_spot_radius_m, slot_ratios, worst_slots)
            VALUES (:id, :area, :covered, :ratio, :overlap, :catchment, :posts, :radius, :slots, CAST(:worst AS jsonb))
            ON CONFLICT (committee_id) DO UPDATE SET computed_at = now(), area_m2 = EXCLUDED.area_m2,
                covered_m2 = EXCLUDED.covered_m2, coverage_ratio = EXCLUDED.coverage_ratio,
                overlap_m2 = EXCLUDED.overlap_m2, catchment_ratio = EXCLUDED.catchment_ratio,
                posts = EXCLUDED.posts, blind_spot_radius_m = EXCLUDED.blind_spot_radius_m,
                slot_ratios = EXCLUDED.slot_ratios, worst_slots = EXCLUDED.worst_slots
            """)
        .param("id", id)
        .param("area", result.drawn().committeeArea())
        .param("covered", result.drawn().coveredArea())
        .param("ratio", result.drawn().ratio())
        .param("overlap", result.drawn().overlapArea())
        .param("catchment", result.catchment().ratio())
        .param("posts", result.input().postSites().size())
        .param("radius", result.blindSpot().radius())
        .param(
            "slots",
            result.slots().slots().stream().map(SlotCoverage.Slot::ratio).toArray(Double[]::new))
        .param("worst", worstSlotsJson(result.slots()))
        .update();
    gaps(id, result.drawn());
    overlaps(id, result.drawn());
    feature(
        id,
        null,
        "blind_spot",
        null,
        "posts",
        result.blindSpot().centre(),
        0,
        result.blindSpot().radius(),
        List.of(),
        "[]");
    for (ScopedFinding scoped : result.gridFindings()) {
      Finding f = scoped.finding();
      feature(
          id,
          null,
          "finding",
          f.kind().name().toLowerCase(Locale.ROOT),
          scoped.scope(),
          f.shape(),
          f.area(),
          null,
          f.featureIds(),
          fixesJson(f));
    }
  }

  /** Replaces a town's committee-partition findings. */
  void replaceTownFindings(int townId, List<Finding> findings) {
    jdbc.sql("DELETE FROM analysis_feature WHERE town_id = ?").param(townId).update();
    for (Finding f : findings) {
      feature(
          null,
          townId,
          "finding",
          f.kind().name().toLowerCase(Locale.ROOT),
          "committees",
          f.shape(),
          f.area(),
          null,
          f.featureIds(),
          fixesJson(f));
    }
  }

  private void gaps(long id, CoverageReport coverage) {
    Geometry uncovered = coverage.uncovered();
    for (int i = 0; i < uncovered.getNumGeometries(); i++) {
      Geometry gap = uncovered.getGeometryN(i);
      if (gap.getArea() >= cn.onegrid.geo.Tolerance.AREA) {
        feature(id, null, "gap", null, "posts", gap, gap.getArea(), null, List.of(), "[]");
      }
    }
  }

  private void overlaps(long id, CoverageReport coverage) {
    for (CoverageReport.Overlap overlap : coverage.overlaps()) {
      feature(
          id,
          null,
          "overlap",
          null,
          "posts",
          overlap.shape(),
          overlap.area(),
          null,
          overlap.postIds(),
          "[]");
    }
  }

  private void feature(
      Long committeeId,
      Integer townId,
      String kind,
      String finding,
      String scope,
      Geometry metres,
      double area,
      Double radius,
      List<String> ids,
      String fixes) {
    Geometry degrees = frame.toDegrees(metres);
    jdbc.sql(
            """
            INSERT INTO analysis_feature (committee_id, town_id, kind, finding, scope, shape, area_m2, radius_m,
                feature_ids, fixes)
            VALUES (:committee, :town, :kind, :finding, :scope, ST_MakeValid(ST_GeomFromWKB(:shape, 4326)), :area,
                :radius, :ids, CAST(:fixes AS jsonb))
            """)
        .param("committee", committeeId)
        .param("town", townId)
        .param("kind", kind)
        .param("finding", finding)
        .param("scope", scope)
        .param("shape", new WKBWriter().write(degrees))
        .param("area", area)
        .param("radius", radius)
        .param("ids", ids.toArray(String[]::new))
        .param("fixes", fixes)
        .update();
  }

  private static String worstSlotsJson(SlotCoverage slots) {
    return slots.worst(WORST_SLOTS).stream()
        .map(
            s ->
                String.format(
                    Locale.ROOT,
                    "{\"weekday\":%d,\"startHour\":%d,\"ratio\":%.6f}",
                    s.weekday(),
                    s.startHour(),
                    s.ratio()))
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String fixesJson(Finding finding) {
    return finding.fixes().stream()
        .map(
            fix -> "{\"action\":\"" + fix.action() + "\",\"target\":" + quote(fix.targetId()) + "}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** Codes are digits and letters; quoting still escapes, so nothing can break the JSON. */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
