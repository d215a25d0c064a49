package cn.onegrid.geo.patrol;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.coverage.PostCoverage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * The covered ratio of a committee in each of the week's 84 two-hour slots, counting only the posts
 * on duty for some part of that slot.
 *
 * @param slots all 84 slots, Monday 00:00 first
 */
public record SlotCoverage(List<Slot> slots) {

  public static final int SLOT_MINUTES = 120;

  /**
   * @param weekday ISO weekday, 1 = Monday
   * @param startHour 0, 2, … 22
   * @param ratio covered area over committee area, counting posts on duty then
   * @param postIds the posts on duty, in id order
   */
  public record Slot(int weekday, int startHour, double ratio, List<String> postIds) {}

  public SlotCoverage {
    slots = List.copyOf(slots);
  }

  /**
   * @param committee polygonal, in metres
   * @param rosters the committee's posts and their slots
   */
  public static SlotCoverage of(Geometry committee, List<DutyRoster> rosters) {
    List<DutyRoster> sorted =
        rosters.stream().sorted(Comparator.comparing(r -> r.area().id())).toList();
    Map<List<String>, Double> ratioByTeam =
        new HashMap<>(); // many slots share the same posts on duty
    List<Slot> slots = new ArrayList<>(84);
    for (int day = 1; day <= 7; day++) {
      for (int from = 0; from < 1440; from += SLOT_MINUTES) {
        List<Region> onDuty = onDuty(sorted, day, from, from + SLOT_MINUTES);
        List<String> ids = onDuty.stream().map(Region::id).toList();
        double ratio =
            ratioByTeam.computeIfAbsent(ids, k -> PostCoverage.of(committee, onDuty).ratio());
        slots.add(new Slot(day, from / 60, ratio, ids));
      }
    }
    return new SlotCoverage(slots);
  }

  /** The {@code n} least covered slots, worst first (ties in week order). */
  public List<Slot> worst(int n) {
    return slots.stream().sorted(Comparator.comparingDouble(Slot::ratio)).limit(n).toList();
  }

  private static List<Region> onDuty(List<DutyRoster> rosters, int day, int from, int to) {
    return rosters.stream()
        .filter(r -> r.slots().stream().anyMatch(s -> s.overlaps(day, from, to)))
        .map(DutyRoster::area)
        .toList();
  }
}
