package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.analysis.MetricFrame;
import cn.onegrid.data.transfer.ImportFinding.Kind;
import cn.onegrid.geo.Region;
import cn.onegrid.geo.editing.CleanedDrawing;
import cn.onegrid.geo.editing.Cleaning;
import cn.onegrid.geo.editing.DrawingCleaner;
import cn.onegrid.geo.editing.RejectedDrawing;
import cn.onegrid.geo.health.Finding;
import cn.onegrid.geo.health.PartitionHealth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The report's findings, computed in the metric CRS: shapes repaired by the editing's cleaning
 * ({@link DrawingCleaner}: the same repair a drawing gets, without snapping or clipping, so the
 * file's borders stay its own), the partition check the analysis uses ({@link PartitionHealth}:
 * committees against the town, grids against their committee), posts outside their committee, names
 * that differ from the published ones, data lying off the town (a web map's offset), and what
 * applying would remove.
 */
final class ImportChecks {

  /** Further off the town than this, data is most likely in GCJ-02 or BD-09 (100–700 m off). */
  static final double OFFSET_HINT_METRES = 100;

  private static final GeometryFactory DEGREES = new GeometryFactory();
  private static final List<Finding.Kind> PARTITION =
      List.of(
          Finding.Kind.OVERLAP, Finding.Kind.GAP, Finding.Kind.OUTSIDE_PARENT, Finding.Kind.SLIVER);

  private final MetricFrame frame;
  private final ImportTarget target;
  private final Published published;
  private final List<ImportFinding> findings = new ArrayList<>();

  ImportChecks(MetricFrame frame, ImportTarget target, Published published) {
    this.frame = frame;
    this.target = target;
    this.published = published;
  }

  List<ImportFinding> findings() {
    return List.copyOf(findings);
  }

  /**
   * The features with invalid areas repaired, each repair a finding; the features are checked on
   * every core, and the first in the file's order that cannot be repaired is refused.
   */
  List<ImportedFeature> repaired(List<ImportedFeature> features) {
    if (!target.areas()) {
      return features;
    }
    List<Repair> repairs =
        features.parallelStream()
            .map(f -> f.shape().isValid() ? new Repair(f, List.of(), null) : repaired(f))
            .toList();
    List<ImportedFeature> out = new ArrayList<>(features.size());
    for (Repair r : repairs) {
      if (r.refusal() != null) {
        throw r.refusal();
      }
      findings.addAll(r.findings());
      out.add(r.feature());
    }
    return out;
  }

  /** A feature as repaired with what the repair found, or why it could not be. */
  private record Repair(
      ImportedFeature feature, List<ImportFinding> findings, InvalidQuery refusal) {}

  private Repair repaired(ImportedFeature f) {
    Geometry metres = frame.toMetres(f.shape());
    Envelope around = metres.getEnvelopeInternal();
    around.expandBy(Math.max(around.getWidth(), around.getHeight()) + 1_000);
    CleanedDrawing cleaned;
    try {
      cleaned = DrawingCleaner.clean(metres, metres.getFactory().toGeometry(around), empty(metres));
    } catch (RejectedDrawing e) {
      return new Repair(
          f,
          List.of(),
          InvalidQuery.of("file", "transfer.unrepairable", f.code(), e.reason().name()));
    }
    Geometry shape = frame.toDegrees(cleaned.shape());
    if (!shape.isValid()) {
      shape = GeometryFixer.fix(shape); // rounding back into degrees can cross a hairline again
    }
    List<ImportFinding> repairs = new ArrayList<>();
    for (Cleaning c : cleaned.cleanings()) {
      if (c.kind() == Cleaning.Kind.REPAIRED) {
        repairs.add(
            new ImportFinding(
                Kind.REPAIRED,
                List.of(f.code()),
                frame.toDegrees(DEGREES.createPoint(c.where())),
                List.of(c.args().get(0).toString(), Math.round(c.areaChange() * 10) / 10.0)));
      }
    }
    return new Repair(new ImportedFeature(f.code(), f.name(), f.dutyTypes(), shape), repairs, null);
  }

  /** Further off the town than this, the data is in another coordinate system than it says. */
  static final double WRONG_CRS_KM = 20;

  /**
   * Refuses data that cannot be where the town is: coordinates no longer degrees (metres read as
   * degrees), or tens of kilometres off, far more than any web map's offset.
   */
  static void requireNearTown(List<ImportedFeature> features, Published published) {
    Envelope data = new Envelope();
    features.forEach(f -> data.expandToInclude(f.shape().getEnvelopeInternal()));
    if (!new Envelope(-180, 180, -90, 90).covers(data)) {
      throw InvalidQuery.of("crs", "transfer.coordinates", 1);
    }
    if (published.town().isPresent()) {
      double km = published.town().get().shape().distance(DEGREES.toGeometry(data)) * 111;
      if (km > WRONG_CRS_KM) {
        throw InvalidQuery.of("crs", "transfer.crs-wrong", Math.round(km));
      }
    }
  }

  /** Every check on the (repaired) features. */
  void check(List<ImportedFeature> features, Optional<String> scope) {
    if (target == ImportTarget.COMMITTEES) {
      published.town().ifPresent(town -> findings.addAll(partition(town.shape(), features)));
    } else if (target.areas()) {
      Map<String, List<ImportedFeature>> byCommittee = new LinkedHashMap<>();
      features.forEach(
          f ->
              byCommittee
                  .computeIfAbsent(target.committeeOf(f.code()), k -> new ArrayList<>())
                  .add(f));
      // each committee's partition on its own, on every core; the findings in the file's order
      byCommittee.entrySet().parallelStream()
          .map(e -> partition(published.committee(e.getKey()).orElseThrow().shape(), e.getValue()))
          .toList()
          .forEach(findings::addAll);
    } else {
      postsInside(features);
    }
    names(features);
    offTown(features);
    removed(features, scope);
  }

  /** The partition check's findings of the children against their parent. */
  private List<ImportFinding> partition(Geometry parent, List<ImportedFeature> children) {
    List<Region> regions =
        children.stream().map(f -> new Region(f.code(), frame.toMetres(f.shape()))).toList();
    List<ImportFinding> found = new ArrayList<>();
    for (Finding finding :
        PartitionHealth.of(new Region("parent", frame.toMetres(parent)), regions)) {
      if (PARTITION.contains(finding.kind())) {
        found.add(
            new ImportFinding(
                Kind.valueOf(finding.kind().name()),
                finding.featureIds(),
                frame.toDegrees(finding.shape()),
                List.of(Math.round(finding.area() * 10) / 10.0)));
      }
    }
    return found;
  }

  private void postsInside(List<ImportedFeature> posts) {
    Map<String, PreparedGeometry> committees =
        new HashMap<>(); // each prepared once, for many posts
    for (ImportedFeature post : posts) {
      PreparedGeometry committee =
          committees.computeIfAbsent(
              target.committeeOf(post.code()),
              code ->
                  PreparedGeometryFactory.prepare(published.committee(code).orElseThrow().shape()));
      if (!committee.covers(post.shape())) {
        findings.add(
            new ImportFinding(Kind.POST_OUTSIDE, List.of(post.code()), post.shape(), List.of()));
      }
    }
  }

  private void names(List<ImportedFeature> features) {
    for (ImportedFeature f : features) {
      published
          .feature(f.code())
          .filter(p -> !p.name().equals(f.name()))
          .ifPresent(
              p ->
                  findings.add(
                      new ImportFinding(
                          Kind.NAME_DIFFERS,
                          List.of(f.code()),
                          f.shape().getInteriorPoint(),
                          List.of(p.name(), f.name()))));
    }
  }

  /**
   * The farthest corner of the data's convex hull from the town: a web map's offset moves the whole
   * dataset hundreds of metres, so its hull sticks out of the town by that much somewhere.
   */
  private void offTown(List<ImportedFeature> features) {
    if (published.town().isEmpty() || features.isEmpty()) {
      return;
    }
    Geometry town = frame.toMetres(published.town().get().shape());
    PreparedGeometry inside = PreparedGeometryFactory.prepare(town);
    Geometry hull =
        frame.toMetres(
            DEGREES
                .buildGeometry(features.stream().map(ImportedFeature::shape).toList())
                .convexHull());
    Coordinate farthest = null;
    double distance = 0;
    for (Coordinate c : hull.getCoordinates()) {
      Geometry point = hull.getFactory().createPoint(c);
      if (!inside.covers(point)) {
        double d = town.distance(point);
        if (d > distance) {
          distance = d;
          farthest = c;
        }
      }
    }
    if (distance >= OFFSET_HINT_METRES) {
      findings.add(
          new ImportFinding(
              Kind.FAR_FROM_TOWN,
              List.of(),
              frame.toDegrees(hull.getFactory().createPoint(farthest)),
              List.of(Math.round(distance))));
    }
  }

  private void removed(List<ImportedFeature> features, Optional<String> scope) {
    if (target == ImportTarget.COMMITTEES) {
      return; // a committee absent from the file is kept: people and posts hang off it
    }
    java.util.Set<String> kept = new java.util.HashSet<>();
    features.forEach(f -> kept.add(f.code()));
    published.inScope(scope).stream()
        .filter(p -> !kept.contains(p.code()))
        .forEach(
            p ->
                findings.add(
                    new ImportFinding(
                        Kind.REMOVED, List.of(p.code()), p.shape().getInteriorPoint(), List.of())));
  }

  /** Counts of findings of a kind. */
  long count(Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }

  static Comparator<ImportFinding> order() {
    return Comparator.comparing(ImportFinding::kind)
        .thenComparing(f -> String.join(",", f.codes()));
  }

  private static Geometry empty(Geometry like) {
    return like.getFactory().createMultiPolygon();
  }
}
