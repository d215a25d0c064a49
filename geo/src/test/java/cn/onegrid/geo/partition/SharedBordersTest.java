package cn.onegrid.geo.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;

class SharedBordersTest {

  private static final GeometryFactory FLOATING = new GeometryFactory();
  private static final Geometry LEFT = Wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
  private static final Geometry RIGHT = Wkt.read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");

  @Test
  void neighboursPartitionedSeparatelyGetCommonVerticesOnTheirBorder() {
    List<Geometry> children = new ArrayList<>();
    children.addAll(VoronoiPartition.of(LEFT, VoronoiPartitionTest.seeds(3, 2, 7, 6)));
    children.addAll(VoronoiPartition.of(RIGHT, VoronoiPartitionTest.seeds(13, 7, 16, 2)));
    assertThat(Wkt.isCleanCoverage(children)).as("before").isFalse();

    List<Geometry> noded = SharedBorders.of(children, FLOATING);

    assertThat(Wkt.isCleanCoverage(noded)).isTrue();
    assertThat(Wkt.relativeUnionError(noded, LEFT.union(RIGHT))).isLessThan(1e-9);
    assertThat(Wkt.relativeUnionError(noded.subList(0, 2), LEFT)).isLessThan(1e-9);
  }

  @Test
  void coverageMovedToAnotherFrameIsRoundedToTheGridAndStaysClean() {
    Geometry area = Wkt.read("POLYGON ((0 0, 900 40, 1000 800, 300 1000, -50 500, 0 0))");
    List<Geometry> cells =
        VoronoiPartition.of(area, RandomPoints.spread(area, 30, new java.util.SplittableRandom(3)));
    AffineTransformation toDegrees =
        new AffineTransformation().scale(1 / 95_000.0, 1 / 110_574.0).translate(121.3, 31.25);
    List<Geometry> moved = cells.stream().map(toDegrees::transform).toList();
    GeometryFactory sevenDecimals = new GeometryFactory(new PrecisionModel(1e7), 4326);

    List<Geometry> rounded = SharedBorders.of(moved, sevenDecimals);

    assertThat(rounded).allSatisfy(cell -> assertThat(cell.isValid()).isTrue());
    assertThat(rounded).allSatisfy(cell -> assertThat(cell.getSRID()).isEqualTo(4326));
    assertThat(rounded).allSatisfy(SharedBordersTest::allVerticesOnTheGrid);
    assertThat(Wkt.isCleanCoverage(rounded)).isTrue();
    assertThat(Wkt.relativeUnionError(rounded, toDegrees.transform(area))).isLessThan(1e-5);
  }

  @Test
  void holeBetweenPartsStaysAHole() {
    List<Geometry> ring =
        List.of(
            Wkt.read("POLYGON ((0 0, 30 0, 30 10, 0 10, 0 0))"),
            Wkt.read("POLYGON ((0 20, 30 20, 30 30, 0 30, 0 20))"),
            Wkt.read("POLYGON ((0 10, 10 10, 10 20, 0 20, 0 10))"),
            Wkt.read("POLYGON ((20 10, 30 10, 30 20, 20 20, 20 10))"));

    List<Geometry> noded = SharedBorders.of(ring, FLOATING);

    assertThat(Wkt.isCleanCoverage(noded)).isTrue();
    assertThat(noded.stream().mapToDouble(Geometry::getArea).sum()).isEqualTo(800.0);
  }

  @Test
  void overlapGoesToTheEarlierPart() {
    List<Geometry> overlapping =
        List.of(
            Wkt.read("POLYGON ((0 0, 12 0, 12 10, 0 10, 0 0))"),
            Wkt.read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"));

    List<Geometry> noded = SharedBorders.of(overlapping, FLOATING);

    assertThat(noded.get(0).getArea()).isEqualTo(120.0);
    assertThat(noded.get(1).getArea()).isEqualTo(80.0);
    assertThat(Wkt.isCleanCoverage(noded)).isTrue();
  }

  private static void allVerticesOnTheGrid(Geometry cell) {
    for (Coordinate c : cell.getCoordinates()) {
      assertThat(Math.rint(c.x * 1e7) / 1e7).isEqualTo(c.x);
      assertThat(Math.rint(c.y * 1e7) / 1e7).isEqualTo(c.y);
    }
  }
}
