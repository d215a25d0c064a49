package cn.onegrid.data.transfer;

import java.util.Map;

/**
 * Shapefile (dBASE) field names have at most 10 characters. Rather than let GDAL cut {@code
 * committee_code} and {@code committee_name} to {@code committee_} and {@code committe_1}, each
 * longer name has a short one chosen here; a name that fits stays as it is.
 */
final class ShapefileFields {

  static final int MAX_LENGTH = 10;

  private static final Map<String, String> SHORT =
      Map.ofEntries(
          Map.entry("approximate", "approx"),
          Map.entry("coverage_ratio", "cover_rat"),
          Map.entry("patrolled_ratio", "patrol_rat"),
          Map.entry("catchment_ratio", "catch_rat"),
          Map.entry("illustrative", "illustr"),
          Map.entry("parent_code", "parent"),
          Map.entry("committee_code", "comm_code"),
          Map.entry("committee_name", "comm_name"),
          Map.entry("leader_name", "leader"),
          Map.entry("member_count", "members"),
          Map.entry("feature_ids", "features"),
          Map.entry("party_organisation", "party_org"),
          Map.entry("police_station", "police"),
          Map.entry("property_company", "property"),
          Map.entry("owners_committee", "owners"));

  private ShapefileFields() {}

  /**
   * The field's name in a shapefile.
   *
   * @throws IllegalStateException for a long name with no short one here (a catalogue change)
   */
  static String of(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    String shorter = SHORT.get(name);
    if (shorter == null) {
      throw new IllegalStateException(
          "Property '" + name + "' needs a shapefile name of at most 10 characters here");
    }
    return shorter;
  }
}
