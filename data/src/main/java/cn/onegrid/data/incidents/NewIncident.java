package cn.onegrid.data.incidents;

import java.time.Instant;

/**
 * What a report says.
 *
 * @param lon longitude in degrees
 * @param lat latitude in degrees
 * @param reporterName who raised it, when not the account (a resident), or null
 * @param reporterContact their phone, or null
 * @param photo the re-encoded photo, or null
 * @param reportedBy the account's username
 * @param source {@code app}, {@code open311}, {@code sample} or {@code duty} (a duty record's
 *     problem)
 * @param at when it was reported
 */
public record NewIncident(
    String type,
    double lon,
    double lat,
    String description,
    String reporterName,
    String reporterContact,
    Photo photo,
    String reportedBy,
    String source,
    Instant at) {

  /** A photo's bytes as the server re-encoded them. */
  public record Photo(String mediaType, byte[] bytes) {}
}
