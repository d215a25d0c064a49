package cn.onegrid.geo.patrol;

import cn.onegrid.geo.Region;
import java.util.List;

/**
 * A post's area and the weekly slots it is staffed.
 *
 * @param area the post's responsibility area (or catchment), in metres
 * @param slots when someone is on duty
 */
public record DutyRoster(Region area, List<WeeklySlot> slots) {

  public DutyRoster {
    slots = List.copyOf(slots);
  }
}
