package cn.onegrid.data.editing;

import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * What a planner keeps of a post besides its area.
 *
 * @param name as people call it
 * @param location in degrees (EPSG:4326, longitude first)
 * @param dutyTypes ids from the town's list ({@link DutyTypes})
 * @param retired a retired post keeps its code and history, and leaves the map and the analysis
 */
public record PostState(String name, Point location, List<String> dutyTypes, boolean retired) {

  public PostState {
    dutyTypes = List.copyOf(dutyTypes);
  }

  public PostState retire(boolean now) {
    return new PostState(name, location, dutyTypes, now);
  }
}
