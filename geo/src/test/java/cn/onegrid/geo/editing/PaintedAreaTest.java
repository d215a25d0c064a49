package cn.onegrid.geo.editing;

import static cn.onegrid.geo.editing.DrawingCleanerTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class PaintedAreaTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Test
  void neighbouringMicroGridsDissolveIntoOnePolygon() {
    Geometry area =
        PaintedArea.union(
            List.of(
                wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"),
                wkt("POLYGON ((0 10, 10 10, 10 20, 0 20, 0 10))")),
            FACTORY);
    assertThat(area.getNumGeometries()).isEqualTo(1);
    assertThat(area.getArea()).isCloseTo(300, within(1e-9));
    assertThat(area.isValid()).isTrue();
  }

  @Test
  void separateMicroGridsStaySeparateParts() {
    Geometry area =
        PaintedArea.union(
            List.of(
                wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((30 0, 40 0, 40 10, 30 10, 30 0))")),
            FACTORY);
    assertThat(area.getNumGeometries()).isEqualTo(2);
  }

  @Test
  void overlappingInputFallsBackToAnOverlayUnion() {
    Geometry area =
        PaintedArea.union(
            List.of(
                wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((5 0, 15 0, 15 10, 5 10, 5 0))")),
            FACTORY);
    assertThat(area.getArea()).isCloseTo(150, within(1e-9));
    assertThat(area.isValid()).isTrue();
  }

  @Test
  void nothingPaintedIsAnEmptyArea() {
    assertThat(PaintedArea.union(List.of(), FACTORY).isEmpty()).isTrue();
  }

  @Test
  void swappedLatitudeAndLongitudeAreSuspectedOnlyWhenSwappingLandsInPlace() {
    Envelope jiangqiao = new Envelope(121.25, 121.36, 31.22, 31.30);
    assertThat(SwappedCoordinates.suspected(new Envelope(31.24, 31.26, 121.30, 121.31), jiangqiao))
        .isTrue();
    assertThat(SwappedCoordinates.suspected(new Envelope(121.30, 121.31, 31.24, 31.26), jiangqiao))
        .isFalse();
    assertThat(SwappedCoordinates.suspected(new Envelope(0, 1, 0, 1), jiangqiao)).isFalse();
  }
}
