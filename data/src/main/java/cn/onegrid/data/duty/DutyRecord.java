package cn.onegrid.data.duty;

import java.time.Instant;
import java.util.List;

/**
 * A kept duty record.
 *
 * @param place GeoJSON of the point or track
 * @param flags {@code outside_area}, {@code far_from_slot}
 * @param review {@code none} (nothing flagged), {@code pending}, {@code confirmed}, {@code
 *     rejected}
 * @param incident the incident its reported problem became (issue 16), or null
 */
public record DutyRecord(
    long id,
    String post,
    String postName,
    String committee,
    long person,
    String personName,
    String dutyType,
    Instant start,
    Instant end,
    String place,
    String note,
    boolean problemReported,
    ReportedIncident incident,
    List<String> flags,
    String review,
    String reviewReason,
    String reviewedBy,
    String recordedBy,
    boolean photo,
    boolean illustrative) {

  public DutyRecord {
    flags = List.copyOf(flags);
  }
}
