package cn.onegrid.data.editing;

import cn.onegrid.data.analysis.MetricFrame;
import cn.onegrid.geo.editing.Cleaning;
import cn.onegrid.geo.editing.DrawingCleaner;
import cn.onegrid.geo.editing.PaintedArea;
import cn.onegrid.geo.editing.RejectedDrawing;
import cn.onegrid.geo.editing.SwappedCoordinates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * A planner's drawing of an area, from degrees to stored: checked for swapped coordinates, cleaned
 * in metres (repaired, snapped to its neighbours and committee, clipped), and written only if the
 * area is still at the version the planner drew on.
 */
public class AreaEditor {

  private static final GeometryFactory POINTS = new GeometryFactory();

  private final AreaStore store;
  private final MetricFrame frame;
  private final double snapTolerance;
  private final DrawingWork work = new DrawingWork();

  /**
   * @param frame the metric frame drawings are cleaned in
   * @param snapTolerance metres within which vertices move onto neighbouring borders
   */
  public AreaEditor(AreaStore store, MetricFrame frame, double snapTolerance) {
    this.store = store;
    this.frame = frame;
    this.snapTolerance = snapTolerance;
  }

  /** The area as stored, or NotFound. */
  public StoredArea find(Editable target, String code) {
    return store.find(target, code).orElseThrow(() -> AreaStore.notFound(target, code));
  }

  /** What storing drawn (degrees; null to remove) would store, without storing it. */
  public CleanedArea clean(Editable target, String code, Geometry drawn) {
    return clean(find(target, code), drawn);
  }

  /**
   * Cleans and stores drawn if the area is still at version expected.
   *
   * @return the new version and what cleaning changed
   * @throws StaleVersion if it is not (nothing is written)
   * @throws InvalidEdit if the drawing cannot be an area of this feature
   */
  public Edit replace(
      Editable target, String code, int expected, Geometry drawn, String who, String reason) {
    return replace(find(target, code), expected, drawn, who, reason);
  }

  /** As {@link #replace(Editable, String, int, Geometry, String, String)}, for an area in hand. */
  public Edit replace(StoredArea area, int expected, Geometry drawn, String who, String reason) {
    CleanedArea cleaned = clean(area, drawn);
    int version =
        store.replace(
            area.target(), area.code(), expected, cleaned.shape(), who, reason, null, null);
    return new Edit(version, cleaned);
  }

  /**
   * The area a post would have if painted from these micro-grids of its committee: their dissolved
   * union, cleaned like a drawing; nothing is stored.
   *
   * @throws InvalidEdit when a code is not a micro-grid of the post's committee
   */
  public CleanedArea paint(StoredArea area, List<String> microGrids) {
    List<Geometry> grids = store.microGrids(area.committeeCode(), microGrids);
    if (grids.size() != Set.copyOf(microGrids).size()) {
      throw new InvalidEdit(
          InvalidEdit.Kind.NOT_IN_COMMITTEE,
          "Paint only micro-grids of committee "
              + area.committeeCode()
              + "; some of "
              + microGrids
              + " are not",
          "editing.paint-outside-committee",
          area.committeeCode());
    }
    if (grids.isEmpty()) {
      return clean(area, null);
    }
    return clean(area, PaintedArea.union(grids, grids.get(0).getFactory()));
  }

  /** What storing drawn (degrees; null to remove) as this area would store. */
  public CleanedArea clean(StoredArea area, Geometry drawn) {
    if (drawn == null) {
      if (!area.target().removable()) {
        throw new InvalidEdit(
            InvalidEdit.Kind.NOT_REMOVABLE,
            area.target().collection() + " must keep an area: send a new one instead",
            "editing.must-keep-area",
            area.target().collection());
      }
      return new CleanedArea(null, List.of());
    }
    Geometry committee = store.committee(area.committeeCode());
    if (SwappedCoordinates.suspected(
        drawn.getEnvelopeInternal(), committee.getEnvelopeInternal())) {
      throw new InvalidEdit(
          InvalidEdit.Kind.SWAPPED_COORDINATES,
          "The coordinates look like latitude, longitude; GeoJSON wants longitude first"
              + " (Jiangqiao is near 121.3, 31.25)",
          "editing.swapped-coordinates");
    }
    List<Geometry> neighbours = store.neighbours(area.target(), area.committeeCode(), area.code());
    try {
      return work.run(() -> cleaned(drawn, committee, neighbours));
    } catch (RejectedDrawing e) {
      throw refusal(e, area);
    }
  }

  private CleanedArea cleaned(Geometry drawn, Geometry committee, List<Geometry> neighbours) {
    var cleaned =
        DrawingCleaner.clean(
            frame.toMetres(drawn),
            frame.toMetres(committee),
            frame.toMetres(union(neighbours, drawn)),
            snapTolerance);
    Geometry degrees = frame.toDegrees(cleaned.shape());
    if (!degrees.isValid()) {
      degrees = GeometryFixer.fix(degrees); // rounding on the way back can pinch a ring
    }
    return new CleanedArea(degrees, cleaned.cleanings().stream().map(this::inDegrees).toList());
  }

  /**
   * The refusal, with the place named as people know it: the area drawn and the committee the
   * trouble lies in (people read committees, not coordinates).
   */
  private InvalidEdit refusal(RejectedDrawing e, StoredArea area) {
    String name = area.target().collection() + " " + area.code();
    Optional<String> drawnIn =
        Optional.ofNullable(degrees(e.location())).flatMap(store::committeeAt);
    String message =
        e.getMessage()
            + ": "
            + name
            + (e.location() == null
                ? ""
                : drawnIn
                    .map(committee -> ", drawn in committee " + committee)
                    .orElse(", drawn outside every committee of the town"));
    InvalidEdit.Kind kind = InvalidEdit.Kind.valueOf(e.reason().name());
    return switch (e.reason()) {
      case STOPPED -> DrawingWork.tooSlow(DrawingWork.TIME_LIMIT);
      case OUTSIDE_COMMITTEE ->
          drawnIn
              .map(
                  committee ->
                      new InvalidEdit(
                          kind,
                          message,
                          "editing.drawing-outside-committee",
                          name,
                          area.committeeCode(),
                          committee))
              .orElseGet(
                  () ->
                      new InvalidEdit(
                          kind,
                          message,
                          "editing.drawing-outside-town",
                          name,
                          area.committeeCode()));
      default -> {
        List<Object> args = new ArrayList<>(List.of(name));
        args.addAll(e.args());
        yield new InvalidEdit(kind, message, key(e.reason()), args.toArray());
      }
    };
  }

  /** The bundles' key for a reason said with the area's name and the reason's arguments. */
  private static String key(RejectedDrawing.Reason reason) {
    return switch (reason) {
      case NOT_A_POLYGON -> "editing.drawing-not-a-polygon";
      case TOO_MANY_VERTICES -> "editing.drawing-too-many-vertices";
      case TOO_COMPLEX -> "editing.drawing-too-complex";
      case EMPTY -> "editing.drawing-no-area";
      case OUTSIDE_COMMITTEE, STOPPED -> throw new IllegalArgumentException(reason.name());
    };
  }

  private Cleaning inDegrees(Cleaning cleaning) {
    return new Cleaning(
        cleaning.kind(), cleaning.areaChange(), degrees(cleaning.where()), cleaning.args());
  }

  private Coordinate degrees(Coordinate metres) {
    if (metres == null) {
      return null;
    }
    Geometry point = frame.toDegrees(POINTS.createPoint(metres));
    return point.getCoordinate();
  }

  private static Geometry union(List<Geometry> shapes, Geometry like) {
    return shapes.isEmpty()
        ? like.getFactory().createMultiPolygon()
        : OverlayNGRobust.union(shapes);
  }

  /** A stored edit: the area's new version, and what cleaning changed. */
  public record Edit(int version, CleanedArea cleaned) {}
}
