package cn.onegrid.geo.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.geo.editing.Cleaning.Kind;
import cn.onegrid.geo.editing.RejectedDrawing.Reason;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.util.GeometricShapeFactory;

class DrawingCleanerTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Geometry COMMITTEE = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
  private static final Geometry WEST_POST = wkt("POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))");
  private static final Geometry NONE = FACTORY.createMultiPolygon();

  @Test
  void aCleanDrawingInsideItsCommitteeIsUsedAsDrawn() {
    Geometry drawn = wkt("POLYGON ((50 0, 100 0, 100 100, 50 100, 50 0))");
    CleanedDrawing cleaned = DrawingCleaner.clean(drawn, COMMITTEE, WEST_POST);
    assertThat(cleaned.cleanings()).isEmpty();
    assertThat(cleaned.shape().equalsTopo(drawn)).isTrue();
  }

  @Test
  void aDrawingHalfAMetreShortOfItsNeighbourIsSnappedOntoTheSharedBorder() {
    Geometry drawn = wkt("POLYGON ((50.5 0, 100 0, 100 100, 50.5 100, 50.5 0))");
    CleanedDrawing cleaned = DrawingCleaner.clean(drawn, COMMITTEE, WEST_POST);
    assertThat(cleaned.cleanings()).extracting(Cleaning::kind).containsExactly(Kind.SNAPPED);
    assertThat(cleaned.cleanings().get(0).areaChange()).isCloseTo(50, within(1e-6));
    assertThat(cleaned.cleanings().get(0).args()).containsExactly(DrawingCleaner.SNAP_TOLERANCE);
    assertThat(cleaned.shape().getArea()).isCloseTo(5000, within(1e-6));
    assertThat(cleaned.shape().intersection(WEST_POST).getArea()).isZero();
  }

  @Test
  void aVertexFarFromAnyBorderStaysWhereItWasDrawn() {
    Geometry drawn = wkt("POLYGON ((55 10, 90 10, 90 90, 55 90, 55 10))");
    assertThat(DrawingCleaner.clean(drawn, COMMITTEE, WEST_POST).cleanings()).isEmpty();
  }

  @Test
  void aSelfIntersectingRingIsRepairedAndSaysWhere() {
    Geometry bowTie = wkt("POLYGON ((10 10, 30 30, 30 10, 10 30, 10 10))");
    CleanedDrawing cleaned = DrawingCleaner.clean(bowTie, COMMITTEE, NONE);
    assertThat(cleaned.shape().isValid()).isTrue();
    assertThat(cleaned.shape().getArea()).isCloseTo(200, within(1e-6));
    Cleaning repair = cleaned.cleanings().get(0);
    assertThat(repair.kind()).isEqualTo(Kind.REPAIRED);
    assertThat(repair.where().distance(new Coordinate(20, 20))).isLessThan(1e-9);
    assertThat(repair.args()).containsExactly(Defect.SELF_INTERSECTION);
  }

  @Test
  void whatLiesOutsideTheCommitteeIsClipped() {
    Geometry drawn = wkt("POLYGON ((80 20, 120 20, 120 80, 80 80, 80 20))");
    CleanedDrawing cleaned = DrawingCleaner.clean(drawn, COMMITTEE, NONE);
    assertThat(cleaned.cleanings()).extracting(Cleaning::kind).containsExactly(Kind.CLIPPED);
    assertThat(cleaned.cleanings().get(0).areaChange()).isCloseTo(-1200, within(1e-6));
    assertThat(cleaned.cleanings().get(0).where().x).isGreaterThan(100);
    assertThat(cleaned.cleanings().get(0).args()).isEmpty();
    assertThat(cleaned.shape().getArea()).isCloseTo(1200, within(1e-6));
  }

  @Test
  void aHairlineOverTheBorderIsClippedWithoutATellingOff() {
    // Micro-grids that tile the committee in degrees overhang it by centimetres in metres.
    Geometry painted = wkt("POLYGON ((0 0, 100 0, 100.03 50, 100 100, 0 100, 0 0))");
    CleanedDrawing cleaned = DrawingCleaner.clean(painted, COMMITTEE, NONE);
    assertThat(cleaned.cleanings()).isEmpty();
    assertThat(cleaned.shape().getArea()).isCloseTo(10_000, within(1e-6));
  }

  @Test
  void aDrawingWhollyOutsideItsCommitteeIsRefused() {
    Geometry drawn = wkt("POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))");
    assertThatThrownBy(() -> DrawingCleaner.clean(drawn, COMMITTEE, NONE))
        .isInstanceOfSatisfying(
            RejectedDrawing.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_COMMITTEE);
              assertThat(e.location().x).isBetween(200.0, 300.0);
              assertThat(e.args()).isEmpty();
            })
        .hasMessageContaining("OUTSIDE_COMMITTEE");
  }

  @Test
  void aLineIsNotAnArea() {
    assertThatThrownBy(() -> DrawingCleaner.clean(wkt("LINESTRING (0 0, 10 10)"), COMMITTEE, NONE))
        .isInstanceOfSatisfying(
            RejectedDrawing.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_A_POLYGON);
              assertThat(e.args()).containsExactly("LineString");
            });
  }

  @Test
  void tooManyVerticesAreRefused() {
    GeometricShapeFactory circle = new GeometricShapeFactory(FACTORY);
    circle.setCentre(new Coordinate(50, 50));
    circle.setSize(40);
    circle.setNumPoints(DrawingCleaner.MAX_VERTICES + 10);
    assertThatThrownBy(() -> DrawingCleaner.clean(circle.createCircle(), COMMITTEE, NONE))
        .isInstanceOfSatisfying(
            RejectedDrawing.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_VERTICES);
              assertThat(e.args().get(0)).isEqualTo(DrawingCleaner.MAX_VERTICES);
              assertThat((int) e.args().get(1)).isGreaterThan(DrawingCleaner.MAX_VERTICES);
            });
  }

  @Test
  void aRingThatEnclosesNothingIsRefused() {
    Geometry flat = wkt("POLYGON ((10 10, 20 10, 30 10, 10 10))");
    assertThatThrownBy(() -> DrawingCleaner.clean(flat, COMMITTEE, NONE))
        .isInstanceOfSatisfying(
            RejectedDrawing.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
  }

  @Test
  void pointsOnALineHaveNoAreaEvenAsAProjectedSliver() {
    // Collinear in degrees, two centimetres out of line once in metres: 0.8 m², no area.
    Geometry sliver = wkt("POLYGON ((10 50, 50 50.02, 90 50, 10 50))");
    assertThatThrownBy(() -> DrawingCleaner.clean(sliver, COMMITTEE, NONE))
        .isInstanceOfSatisfying(
            RejectedDrawing.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
  }

  @Test
  void aRingCrossingItselfThousandsOfTimesIsRefusedBeforeRepair() {
    Random random = new Random(12);
    Coordinate[] ring = new Coordinate[1_501];
    for (int i = 0; i < 1_500; i++) {
      ring[i] = new Coordinate(random.nextDouble() * 100, random.nextDouble() * 100);
    }
    ring[1_500] = ring[0].copy();
    assertThatThrownBy(() -> DrawingCleaner.clean(FACTORY.createPolygon(ring), COMMITTEE, NONE))
        .isInstanceOfSatisfying(
            RejectedDrawing.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_COMPLEX);
              assertThat(e.args()).containsExactly(DrawingCleaner.MAX_CROSSINGS);
            });
  }

  @Test
  void aCleaningWhoseThreadIsInterruptedStops() {
    Geometry drawn = wkt("POLYGON ((55 10, 90 10, 90 90, 55 90, 55 10))");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> DrawingCleaner.clean(drawn, COMMITTEE, WEST_POST))
          .isInstanceOfSatisfying(
              RejectedDrawing.class, e -> assertThat(e.reason()).isEqualTo(Reason.STOPPED));
    } finally {
      Thread.interrupted();
    }
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader(FACTORY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
