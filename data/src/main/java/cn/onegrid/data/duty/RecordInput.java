package cn.onegrid.data.duty;

import java.time.Instant;

/**
 * A duty as sent: the post's code, who (staff name the person; a member is always themself), the
 * duty type, when, where (a GeoJSON Point or LineString in WGS 84), what was done or found, whether
 * a problem was reported, and the photo already re-encoded as JPEG (or null).
 *
 * @param incidentType with a problem reported: the incident type it is reported as (issue 16)
 * @param incidentDescription with a problem reported: what the incident says, or null for the note
 */
public record RecordInput(
    String post,
    Long person,
    String dutyType,
    Instant start,
    Instant end,
    String place,
    String note,
    boolean problemReported,
    String incidentType,
    String incidentDescription,
    byte[] photo) {}
