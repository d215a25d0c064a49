package cn.onegrid.geo.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class VoronoiPartitionTest {

  private static final Geometry SQUARE = Wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
  private static final Geometry L_SHAPE =
      Wkt.read("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 20, 0 20, 0 0))");
  private static final Geometry U_SHAPE =
      Wkt.read("POLYGON ((0 0, 30 0, 30 20, 20 20, 20 10, 10 10, 10 20, 0 20, 0 0))");
  private static final Geometry IRREGULAR =
      Wkt.read(
          "POLYGON ((0 0, 420 -30, 610 140, 560 420, 330 380, 300 600, 80 560, 120 300,"
              + " -60 200, 0 0), (200 200, 260 200, 260 260, 200 260, 200 200))");

  @Test
  void squareIntoFourQuadrants() {
    List<Geometry> cells =
        VoronoiPartition.of(SQUARE, seeds(2.5, 2.5, 7.5, 2.5, 2.5, 7.5, 7.5, 7.5));

    assertThat(cells)
        .zipSatisfy(
            List.of(
                Wkt.read("POLYGON ((0 0, 5 0, 5 5, 0 5, 0 0))"),
                Wkt.read("POLYGON ((5 0, 10 0, 10 5, 5 5, 5 0))"),
                Wkt.read("POLYGON ((0 5, 5 5, 5 10, 0 10, 0 5))"),
                Wkt.read("POLYGON ((5 5, 10 5, 10 10, 5 10, 5 5))")),
            (cell, expected) -> assertThat(cell.equalsExact(expected, 1e-9)).isTrue());
    assertThat(Wkt.isCleanCoverage(cells)).isTrue();
  }

  @Test
  void concaveLShapeIntoThreeSquares() {
    List<Geometry> cells = VoronoiPartition.of(L_SHAPE, seeds(5, 5, 15, 5, 5, 15));

    assertThat(cells)
        .zipSatisfy(
            List.of(
                Wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                Wkt.read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"),
                Wkt.read("POLYGON ((0 10, 10 10, 10 20, 0 20, 0 10))")),
            (cell, expected) -> assertThat(cell.equalsExact(expected, 1e-9)).isTrue());
    assertThat(Wkt.isCleanCoverage(cells)).isTrue();
  }

  @Test
  void concaveAreaSplitsOneVoronoiCellIntoTwoPieces() {
    List<Geometry> cells = VoronoiPartition.of(U_SHAPE, seeds(15, 5, 15, 30));

    assertThat(cells.get(1).getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(cells.get(1).getArea())
        .isEqualTo(2 * 10 * 2.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Wkt.relativeUnionError(cells, U_SHAPE)).isLessThan(1e-9);
  }

  @Test
  void manyCellsOfAnAreaWithAHoleUnionToTheArea() {
    List<Geometry> cells =
        VoronoiPartition.of(IRREGULAR, RandomPoints.spread(IRREGULAR, 40, new SplittableRandom(7)));

    assertThat(cells).hasSize(40).allSatisfy(cell -> assertThat(cell.isValid()).isTrue());
    assertThat(cells).noneMatch(Geometry::isEmpty);
    assertThat(Wkt.isCleanCoverage(cells)).isTrue();
    assertThat(Wkt.relativeUnionError(cells, IRREGULAR)).isLessThan(1e-9);
  }

  @Test
  void sameSeedsGiveTheSameCells() {
    List<Coordinate> seeds = RandomPoints.spread(IRREGULAR, 25, new SplittableRandom(11));

    assertThat(VoronoiPartition.of(IRREGULAR, seeds).toString())
        .isEqualTo(VoronoiPartition.of(IRREGULAR, seeds).toString());
  }

  @Test
  void oneSeedKeepsTheWholeArea() {
    assertThat(VoronoiPartition.of(L_SHAPE, seeds(1, 1)))
        .singleElement()
        .satisfies(cell -> assertThat(cell.equalsExact(L_SHAPE)).isTrue());
  }

  @Test
  void repeatedSeedIsRefused() {
    assertThatThrownBy(() -> VoronoiPartition.of(SQUARE, seeds(1, 1, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct");
  }

  @Test
  void lineIsNotAnArea() {
    assertThatThrownBy(
            () -> VoronoiPartition.of(Wkt.read("LINESTRING (0 0, 1 1)"), seeds(0, 0, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static List<Coordinate> seeds(double... xy) {
    Coordinate[] seeds = new Coordinate[xy.length / 2];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
    }
    return List.of(seeds);
  }
}
