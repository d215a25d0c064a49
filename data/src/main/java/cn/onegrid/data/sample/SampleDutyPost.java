package cn.onegrid.data.sample;

import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * A party members' joint-duty post (党员联勤岗): a fixed place, people, times and duties.
 *
 * @param code {@code <committee code>P<2 digits>}
 * @param name e.g. 金华社区第2党员联勤岗
 * @param location EPSG:4326, inside the committee
 * @param area the responsibility area, EPSG:4326, inside the committee (where it meets the
 *     committee border, up to the 1e-7° grid: less than 1 cm)
 * @param dutyTypes one to three duties, in {@link DutyType} order
 * @param leaderKey the team leader, also the first member
 * @param memberKeys the members (leader included), all party members
 * @param slots the weekly slots; every member serves in at least one
 */
public record SampleDutyPost(
    String code,
    String name,
    Point location,
    MultiPolygon area,
    List<DutyType> dutyTypes,
    String leaderKey,
    List<String> memberKeys,
    List<SampleDutySlot> slots) {

  /** The duties of a post, named as the schema's {@code duty_post.duty_types} values. */
  public enum DutyType {
    SECURITY_FIRE_PATROL,
    SANITATION,
    ILLEGAL_BUSINESS_DISSUASION,
    PUBLIC_EVENT_REPORT,
    DISPUTE_MEDIATION
  }

  /** Copies the lists. */
  public SampleDutyPost {
    dutyTypes = List.copyOf(dutyTypes);
    memberKeys = List.copyOf(memberKeys);
    slots = List.copyOf(slots);
  }

  /** The code of the committee the post belongs to. */
  public String committeeCode() {
    return code.substring(0, 12);
  }
}
