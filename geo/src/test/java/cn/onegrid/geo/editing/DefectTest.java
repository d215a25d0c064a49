package cn.onegrid.geo.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

class DefectTest {

  @Test
  void aBowTieIsASelfIntersection() {
    assertThat(defectOf("POLYGON ((10 10, 30 30, 30 10, 10 30, 10 10))"))
        .isEqualTo(Defect.SELF_INTERSECTION);
  }

  @Test
  void aHoleBesideItsShellIsAHoleOutsideTheShell() {
    assertThat(
            defectOf(
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 30 20, 30 30, 20 30, 20 20))"))
        .isEqualTo(Defect.HOLE_OUTSIDE_SHELL);
  }

  @Test
  void everyTypeJtsNamesHasItsOwnDefect() {
    assertThat(Defect.of(error(TopologyValidationError.RING_NOT_CLOSED)))
        .isEqualTo(Defect.RING_NOT_CLOSED);
    assertThat(Defect.of(error(TopologyValidationError.NESTED_SHELLS)))
        .isEqualTo(Defect.NESTED_SHELLS);
    assertThat(Defect.of(error(TopologyValidationError.REPEATED_POINT)))
        .isEqualTo(Defect.REPEATED_POINT);
  }

  @Test
  void aTypeJtsAddsLaterIsOther() {
    assertThat(Defect.of(error(TopologyValidationError.ERROR))).isEqualTo(Defect.OTHER);
    assertThat(Defect.of(error(99))).isEqualTo(Defect.OTHER);
  }

  private static TopologyValidationError error(int type) {
    return new TopologyValidationError(type, new Coordinate(0, 0));
  }

  private static Defect defectOf(String wkt) {
    try {
      return Defect.of(new IsValidOp(new WKTReader().read(wkt)).getValidationError());
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
