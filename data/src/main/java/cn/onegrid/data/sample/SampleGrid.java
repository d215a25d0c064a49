package cn.onegrid.data.sample;

import java.util.Optional;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A grid: a comprehensive grid (综合网格) of a committee, or a micro-grid (微网格) of a comprehensive
 * grid. A code is its parent's code plus the two-digit {@code seq}: 14 digits for a comprehensive
 * grid, 16 for a micro-grid.
 *
 * @param code the grid code
 * @param level comprehensive or micro
 * @param seq 1 to 99
 * @param name e.g. 金华社区第1综合网格, 金华社区第1-2微网格
 * @param leaderKey the {@link SamplePerson#key()} of the grid leader
 * @param boundary EPSG:4326; a comprehensive grid is exactly the union of its micro-grids
 */
public record SampleGrid(
    String code, Level level, int seq, String name, String leaderKey, MultiPolygon boundary) {

  /** Grid levels, named as the schema's {@code grid.level} values (lower case). */
  public enum Level {
    COMPREHENSIVE,
    MICRO
  }

  /** The code of the committee the grid belongs to. */
  public String committeeCode() {
    return code.substring(0, 12);
  }

  /** The code of the comprehensive grid a micro-grid belongs to; empty for a comprehensive grid. */
  public Optional<String> parentCode() {
    return level == Level.MICRO ? Optional.of(code.substring(0, 14)) : Optional.empty();
  }
}
