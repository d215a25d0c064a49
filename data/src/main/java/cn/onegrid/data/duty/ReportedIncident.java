package cn.onegrid.data.duty;

/**
 * The incident a record's problem became, with where it was routed as it was reported.
 *
 * @param committee the committee's code it went to
 * @param post the post's code it went to, or null when no post's area holds the place
 * @param onDuty whether that post was on duty at the hour
 * @param reasonZh why it went there, in Chinese
 * @param reasonEn the same in English
 */
public record ReportedIncident(
    long id,
    String committee,
    String post,
    String postName,
    boolean onDuty,
    String state,
    String reasonZh,
    String reasonEn) {}
