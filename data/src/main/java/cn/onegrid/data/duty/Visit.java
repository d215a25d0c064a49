package cn.onegrid.data.duty;

import java.time.LocalDate;

/**
 * A Thursday grid service day visit: who (a liaison leader or department of the community), where,
 * when, the problems taken up and their follow-up (or null).
 */
public record Visit(
    long id,
    long liaison,
    String visitor,
    String kind,
    String committee,
    String committeeName,
    LocalDate visitedOn,
    String problems,
    String followUp,
    String recordedBy) {}
