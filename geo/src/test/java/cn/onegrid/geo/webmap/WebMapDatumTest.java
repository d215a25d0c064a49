package cn.onegrid.geo.webmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reference points published with eviltransform's tests (WGS 84 and GCJ-02 of the same place in
 * Shanghai, Shenzhen and Beijing; BD-09 and WGS 84 in Zhejiang), longitude first here.
 */
class WebMapDatumTest {

  /** 1e-7° is about 1 cm. */
  private static final double CM = 1e-7;

  private static final double[][] WGS_AND_GCJ = {
    {121.5272106, 31.1774276, 121.531541859215, 31.17530398364597},
    {113.912316, 22.543847, 113.9171764808363, 22.540796131694766},
    {116.377817, 39.911954, 116.38404722455657, 39.91334545536069}
  };

  /** coordtransform's: GCJ-02 (116.404, 39.915) in BD-09, and BD-09 (116.404, 39.915) in GCJ-02. */
  private static final double[][] GCJ_TO_BD = {
    {116.404, 39.915, 116.41036949371029, 39.92133699351021}
  };

  private static final double[][] BD_TO_GCJ = {
    {116.404, 39.915, 116.39762729119315, 39.90865673957631}
  };

  @Test
  void wgs84ToGcj02MatchesTheReferencePoints() {
    for (double[] p : WGS_AND_GCJ) {
      Coordinate gcj = WebMapDatum.GCJ_02.fromWgs84(new Coordinate(p[0], p[1]));
      assertThat(gcj.x).isCloseTo(p[2], within(CM));
      assertThat(gcj.y).isCloseTo(p[3], within(CM));
    }
  }

  @Test
  void gcj02ToWgs84MatchesTheReferencePoints() {
    for (double[] p : WGS_AND_GCJ) {
      Coordinate wgs = WebMapDatum.GCJ_02.toWgs84(new Coordinate(p[2], p[3]));
      assertThat(wgs.x).isCloseTo(p[0], within(CM));
      assertThat(wgs.y).isCloseTo(p[1], within(CM));
    }
  }

  @Test
  void bd09AndGcj02MatchTheReferencePoints() {
    for (double[] p : GCJ_TO_BD) {
      Coordinate bd = WebMapDatum.gcj02ToBd09(new Coordinate(p[0], p[1]));
      assertThat(bd.x).isCloseTo(p[2], within(CM));
      assertThat(bd.y).isCloseTo(p[3], within(CM));
    }
    for (double[] p : BD_TO_GCJ) {
      Coordinate gcj = WebMapDatum.bd09ToGcj02(new Coordinate(p[0], p[1]));
      assertThat(gcj.x).isCloseTo(p[2], within(CM));
      assertThat(gcj.y).isCloseTo(p[3], within(CM));
    }
  }

  @Test
  void bd09RoundTripIsWithinCentimetres() {
    // the published BD-09 inverse is a closed form, exact to a few centimetres
    Coordinate wgs = new Coordinate(118.79, 32.06);
    Coordinate back = WebMapDatum.BD_09.toWgs84(WebMapDatum.BD_09.fromWgs84(wgs));
    assertThat(back.x).isCloseTo(wgs.x, within(5 * CM));
    assertThat(back.y).isCloseTo(wgs.y, within(5 * CM));
  }

  @Test
  void theOffsetIsHundredsOfMetres() {
    Coordinate wgs = new Coordinate(118.79, 32.06);
    Coordinate gcj = WebMapDatum.GCJ_02.fromWgs84(wgs);
    double metres = Math.hypot((gcj.x - wgs.x) * 94_500, (gcj.y - wgs.y) * 111_000);
    assertThat(metres).isBetween(100.0, 700.0);
  }

  @Test
  void outsideChinaNothingMoves() {
    Coordinate paris = new Coordinate(2.35, 48.85);
    assertThat(WebMapDatum.GCJ_02.toWgs84(paris)).isEqualTo(paris);
  }

  @Test
  void aGeometryMovesEveryVertexAndStaysAPolygon() throws ParseException {
    Geometry square =
        new WKTReader().read("POLYGON ((118.78 32.05, 118.80 32.05, 118.80 32.07, 118.78 32.05))");
    Geometry moved = WebMapDatum.GCJ_02.toWgs84(WebMapDatum.GCJ_02.fromWgs84(square));
    assertThat(moved.getGeometryType()).isEqualTo("Polygon");
    for (int i = 0; i < square.getNumPoints(); i++) {
      assertThat(moved.getCoordinates()[i].distance(square.getCoordinates()[i])).isLessThan(CM);
    }
    assertThat(square.getCoordinates()[0].x).isEqualTo(118.78);
  }
}
