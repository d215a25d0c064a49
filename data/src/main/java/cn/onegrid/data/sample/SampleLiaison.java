package cn.onegrid.data.sample;

import java.time.DayOfWeek;

/**
 * A town leader or department linked to a committee, serving there on grid-service day.
 *
 * @param committeeCode the committee served
 * @param kind leader or department
 * @param name e.g. 镇党委副书记（示例）, 镇城运中心（示例）
 * @param serviceDay the day of service (Thursday in the sample data)
 */
public record SampleLiaison(String committeeCode, Kind kind, String name, DayOfWeek serviceDay) {

  /** Kinds, named as the schema's {@code liaison.kind} values (lower case). */
  public enum Kind {
    LEADER,
    DEPARTMENT
  }
}
