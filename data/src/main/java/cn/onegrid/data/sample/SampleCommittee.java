package cn.onegrid.data.sample;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A residents' or village committee (居委会 / 村委会). Code, name and kind are real for the sample town;
 * the boundary is always illustrative.
 *
 * @param code 12-digit statistical division code
 * @param name full name, e.g. 金华社区居委会
 * @param kind residents' committee or village
 * @param boundary EPSG:4326, exactly the union of its micro-grids
 */
public record SampleCommittee(String code, String name, Kind kind, MultiPolygon boundary) {

  /** The kinds of committee, named as the schema's {@code committee.kind} values (lower case). */
  public enum Kind {
    RESIDENTS_COMMITTEE,
    VILLAGE
  }

  /** The name without its committee suffix: 金华社区居委会 → 金华社区, 高潮村村委会 → 高潮村. */
  public String shortName() {
    return shortName(name);
  }

  static String shortName(String name) {
    for (String suffix : new String[] {"居委会", "村委会", "委员会"}) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
