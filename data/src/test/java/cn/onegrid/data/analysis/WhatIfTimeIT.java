package cn.onegrid.data.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.people.NightWindow;
import cn.onegrid.data.people.WeekSlots;
import cn.onegrid.geo.patrol.WeeklySlot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** Previews count time too: a post's proposed week changes coverage slot by slot. */
class WhatIfTimeIT {

  private static final String WEST = "310114118009";
  private static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  private final WhatIf whatIf = TestDatabase.data().whatIf();

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void aNewPostWithFridayEveningSlotsCoversFridayEveningByItsCatchment() {
    WhatIf.Site site =
        new WhatIf.Site(
            WEST,
            DEGREES.createPoint(new Coordinate(121.302, 31.258)),
            List.of(new WeeklySlot(5, 20 * 60, 22 * 60)));

    WhatIf.Effect effect =
        whatIf.of(Map.of(), Map.of(WEST + "P02", site), NightWindow.EVENING).get(0);

    int friday20 = WeekSlots.index(5, 20);
    assertThat(effect.before().slotRatios().get(friday20)).isZero();
    assertThat(effect.after().slotRatios().get(friday20)).isPositive();
    assertThat(effect.after().slotsWithoutCover())
        .isEqualTo(effect.before().slotsWithoutCover() - 1);
    assertThat(effect.after().nightCoverage()).isGreaterThan(effect.before().nightCoverage());
  }

  @Test
  void aPostsNewWeekMovesItsCoverage() {
    WhatIf.Site site =
        new WhatIf.Site(
            WEST,
            DEGREES.createPoint(new Coordinate(121.305, 31.255)),
            List.of(new WeeklySlot(6, 10 * 60, 12 * 60)));

    WhatIf.Effect effect =
        whatIf.of(Map.of(), Map.of(WEST + "P01", site), NightWindow.EVENING).get(0);

    assertThat(effect.before().slotRatios().get(WeekSlots.index(4, 18))).isPositive();
    assertThat(effect.after().slotRatios().get(WeekSlots.index(4, 18))).isZero();
    assertThat(effect.after().slotRatios().get(WeekSlots.index(6, 10))).isPositive();
    assertThat(effect.after().slotsWithoutCover()).isEqualTo(83);
  }
}
