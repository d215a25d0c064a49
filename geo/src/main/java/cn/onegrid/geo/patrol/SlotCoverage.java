package cn.onegrid.geo.patrol;

import cn.onegrid.geo.ParentClip;
import cn.onegrid.geo.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

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
    return of(new ParentClip(committee), rosters);
  }

  /**
   * The same, clipping through {@code clip}, which other analyses of the committee may share.
   *
   * @param clip the committee's boundary, prepared
   * @param rosters the committee's posts and their slots
   */
  public static SlotCoverage of(ParentClip clip, List<DutyRoster> rosters) {
    double committeeArea = clip.parent().getArea();
    List<DutyRoster> clipped =
        rosters.stream()
            .sorted(Comparator.comparing(r -> r.area().id()))
            .map(
                r ->
                    new DutyRoster(
                        new Region(r.area().id(), clip.clip(r.area().shape())), r.slots()))
            .toList();
    Map<List<String>, Double> ratioByTeam =
        new HashMap<>(); // many slots share the same posts on duty
    List<Slot> slots = new ArrayList<>(84);
    for (int day = 1; day <= 7; day++) {
      for (int from = 0; from < 1440; from += SLOT_MINUTES) {
        List<Region> onDuty = onDuty(clipped, day, from, from + SLOT_MINUTES);
        List<String> ids = onDuty.stream().map(Region::id).toList();
        double ratio = ratioByTeam.computeIfAbsent(ids, k -> coveredArea(onDuty) / committeeArea);
        slots.add(new Slot(day, from / 60, committeeArea > 0 ? ratio : 0, ids));
      }
    }
    return new SlotCoverage(slots);
  }

  /** Only the ratio is needed here, so this is a union's area, not a full {@code PostCoverage}. */
  private static double coveredArea(List<Region> clippedAreas) {
    if (clippedAreas.isEmpty()) {
      return 0;
    }
    return OverlayNGRobust.union(clippedAreas.stream().map(Region::shape).toList()).getArea();
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
