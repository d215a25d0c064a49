package cn.onegrid.data.analysis;

import cn.onegrid.data.SqlResource;
import cn.onegrid.data.analysis.CommitteeResult.ScopedFinding;
import cn.onegrid.geo.Tolerance;
import cn.onegrid.geo.coverage.CoverageReport;
import cn.onegrid.geo.health.Finding;
import cn.onegrid.geo.patrol.SlotCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replaces committees' stored results with new ones (the caller holds the transaction). A batch of
 * committees is five statements, whatever its size: the rows travel as parallel arrays ({@code
 * unnest}), so storing costs no round trip per feature.
 */
final class AnalysisStore {

  private static final int WORST_SLOTS = 5;
  private static final String COMMITTEES = SqlResource.load("analysis/store-committees.sql");
  private static final String FEATURES = SqlResource.load("analysis/store-features.sql");
  private static final String BLOCKS = SqlResource.load("analysis/store-blocks.sql");

  private final JdbcClient jdbc;
  private final MetricFrame frame;

  AnalysisStore(JdbcClient jdbc, MetricFrame frame) {
    this.jdbc = jdbc;
    this.frame = frame;
  }

  /** One analysis shape as stored: WKB in degrees. */
  record Feature(
      Long committee,
      Integer town,
      String kind,
      String finding,
      String scope,
      byte[] shape,
      double area,
      Double radius,
      List<String> ids,
      String fixes) {}

  /**
   * What {@link #write} stores for a batch of committees. Pure (projection back to degrees, WKB,
   * JSON), so it can run on any thread while another batch is written.
   */
  record Rows(List<CommitteeResult> committees, List<Feature> features) {}

  Rows rows(List<CommitteeResult> results) {
    return new Rows(results, results.stream().flatMap(r -> features(r).stream()).toList());
  }

  /** Replaces the stored results of the committees in {@code rows}. */
  void write(Rows rows) {
    List<CommitteeResult> results = rows.committees();
    if (results.isEmpty()) {
      return;
    }
    Long[] ids = results.stream().map(r -> r.input().id()).toArray(Long[]::new);
    deleteFeatures(ids);
    jdbc.sql(COMMITTEES)
        .param("ids", ids)
        .param("areas", column(results, r -> r.drawn().committeeArea()))
        .param("covered", column(results, r -> r.drawn().coveredArea()))
        .param("coverageRatios", column(results, r -> r.drawn().ratio()))
        .param("overlaps", column(results, r -> r.drawn().overlapArea()))
        .param("catchments", column(results, CommitteeResult::catchmentRatio))
        .param(
            "posts",
            results.stream().map(r -> r.input().postSites().size()).toArray(Integer[]::new))
        .param("radii", column(results, r -> r.blindSpot().radius()))
        .param(
            "ratios",
            results.stream()
                .flatMap(r -> r.slots().slots().stream().map(SlotCoverage.Slot::ratio))
                .toArray(Double[]::new))
        .param("worst", results.stream().map(r -> worstSlotsJson(r.slots())).toArray(String[]::new))
        .update();
    insert(rows.features());
    relateBlocks(ids);
  }

  /**
   * Stores which posts cover each of the committees' blocks ({@code analysis_block}), as of this
   * transaction: the heat tables of every committee read it rather than relate every block again.
   */
  private void relateBlocks(Long[] committeeIds) {
    jdbc.sql("DELETE FROM analysis_block WHERE committee_id = ANY (:ids)")
        .param("ids", committeeIds)
        .update();
    jdbc.sql(BLOCKS).param("ids", committeeIds).update();
  }

  /**
   * Deletes the committees' stored shapes through a plain index scan, for the rest of the
   * transaction. A committee's shapes are deleted and written again at every recompute, and a plain
   * index scan marks the versions earlier recomputes left behind as dead in the index as it passes
   * them; the bitmap scan the planner prefers never does, so each delete walked every old version
   * until the next vacuum: 3 ms after 3,000 edits of one committee, against a flat 0.13 ms.
   */
  private void deleteFeatures(Long[] committeeIds) {
    jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
    jdbc.sql("DELETE FROM analysis_feature WHERE committee_id = ANY (:ids)")
        .param("ids", committeeIds)
        .update();
  }

  /** {@link #rows} then {@link #write}, on this thread. */
  void replace(List<CommitteeResult> results) {
    write(rows(results));
  }

  /** Replaces a town's committee-partition findings. */
  void replaceTownFindings(int townId, List<Finding> findings) {
    jdbc.sql("DELETE FROM analysis_feature WHERE town_id = ?").param(townId).update();
    insert(findings.stream().map(f -> finding(null, townId, "committees", f)).toList());
  }

  /**
   * A committee's shapes in the order they were always stored: gaps, overlaps, blind spot,
   * findings.
   */
  private List<Feature> features(CommitteeResult result) {
    long id = result.input().id();
    List<Feature> features = new ArrayList<>();
    Geometry uncovered = result.drawn().uncovered();
    for (int i = 0; i < uncovered.getNumGeometries(); i++) {
      Geometry gap = uncovered.getGeometryN(i);
      if (gap.getArea() >= Tolerance.AREA) {
        features.add(
            feature(id, null, "gap", null, "posts", gap, gap.getArea(), null, List.of(), "[]"));
      }
    }
    for (CoverageReport.Overlap overlap : result.drawn().overlaps()) {
      features.add(
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
              "[]"));
    }
    features.add(
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
            "[]"));
    for (ScopedFinding scoped : result.gridFindings()) {
      features.add(finding(id, null, scoped.scope(), scoped.finding()));
    }
    return features;
  }

  private Feature finding(Long committeeId, Integer townId, String scope, Finding f) {
    return feature(
        committeeId,
        townId,
        "finding",
        f.kind().name().toLowerCase(Locale.ROOT),
        scope,
        f.shape(),
        f.area(),
        null,
        f.featureIds(),
        fixesJson(f));
  }

  private Feature feature(
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
    byte[] wkb = new WKBWriter().write(frame.toDegrees(metres));
    return new Feature(committeeId, townId, kind, finding, scope, wkb, area, radius, ids, fixes);
  }

  private void insert(List<Feature> features) {
    if (features.isEmpty()) {
      return;
    }
    jdbc.sql(FEATURES)
        .param("committees", features.stream().map(Feature::committee).toArray(Long[]::new))
        .param("towns", features.stream().map(Feature::town).toArray(Integer[]::new))
        .param("kinds", features.stream().map(Feature::kind).toArray(String[]::new))
        .param("findings", features.stream().map(Feature::finding).toArray(String[]::new))
        .param("scopes", features.stream().map(Feature::scope).toArray(String[]::new))
        .param("shapes", features.stream().map(Feature::shape).toArray(byte[][]::new))
        .param("areas", features.stream().map(Feature::area).toArray(Double[]::new))
        .param("radii", features.stream().map(Feature::radius).toArray(Double[]::new))
        .param("ids", features.stream().map(f -> jsonArray(f.ids())).toArray(String[]::new))
        .param("fixes", features.stream().map(Feature::fixes).toArray(String[]::new))
        .update();
  }

  private static Double[] column(
      List<CommitteeResult> results, java.util.function.ToDoubleFunction<CommitteeResult> value) {
    return results.stream().map(r -> value.applyAsDouble(r)).toArray(Double[]::new);
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

  private static String jsonArray(List<String> texts) {
    return texts.stream().map(AnalysisStore::quote).collect(Collectors.joining(",", "[", "]"));
  }

  /** Codes are digits and letters; quoting still escapes, so nothing can break the JSON. */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
