package cn.onegrid.server.editing;

import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.RosterPreview;
import cn.onegrid.data.incidents.ReportHours;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One committee's figures before and after a plan: the analysis' (area and time) and its people's
 * (members per post, area per member, slots per member, the last quarter's reports with nobody on
 * duty). A committee only the people change (nothing to analyse) has people figures only.
 */
record EffectJson(String committee, FiguresJson before, FiguresJson after) {

  /**
   * @param reports the last quarter's reports of the committees people change, by code (none
   *     missing ones)
   */
  static List<EffectJson> of(
      List<WhatIf.Effect> effects,
      List<RosterPreview.CommitteePeople> people,
      Map<String, ReportHours> reports) {
    Map<String, EffectJson> byCommittee = new TreeMap<>();
    for (WhatIf.Effect e : effects) {
      RosterPreview.CommitteePeople p = find(people, e.committee());
      ReportHours r = reports.getOrDefault(e.committee(), ReportHours.NONE);
      byCommittee.put(
          e.committee(),
          new EffectJson(
              e.committee(),
              FiguresJson.of(e.before(), p == null ? null : p.before(), r),
              FiguresJson.of(e.after(), p == null ? null : p.after(), r)));
    }
    for (RosterPreview.CommitteePeople p : people) {
      ReportHours r = reports.getOrDefault(p.committee(), ReportHours.NONE);
      byCommittee.putIfAbsent(
          p.committee(),
          new EffectJson(
              p.committee(),
              FiguresJson.of(null, p.before(), r),
              FiguresJson.of(null, p.after(), r)));
    }
    return new ArrayList<>(byCommittee.values());
  }

  private static RosterPreview.CommitteePeople find(
      List<RosterPreview.CommitteePeople> people, String committee) {
    return people.stream().filter(p -> p.committee().equals(committee)).findFirst().orElse(null);
  }

  /**
   * The analysis' figures (null members when not analysed) and the people's; {@code
   * reportsOffDuty}: of the last quarter's reports, those that came in an hour none of the week's
   * slots covers (null when the plan changes no post of the committee).
   */
  record FiguresJson(
      Double coverageRatio,
      Double catchmentRatio,
      Double gapM2,
      Double overlapM2,
      Double blindSpotRadiusM,
      Map<String, Double> postAreaM2,
      Integer gridFindings,
      List<Double> slotRatios,
      Integer slotsWithoutCover,
      Double nightCoverage,
      Map<String, Integer> membersPerPost,
      Map<String, Double> areaPerMemberM2,
      Map<Long, Integer> slotsPerMember,
      Integer reportsOffDuty) {

    static FiguresJson of(WhatIf.Figures f, RosterPreview.Figures p, ReportHours reports) {
      Map<String, Integer> members = p == null ? Map.of() : p.membersPerPost();
      Map<String, Double> perMember = new TreeMap<>();
      if (f != null) {
        f.postAreaM2()
            .forEach(
                (code, area) -> {
                  Integer n = members.get(code);
                  if (n != null && n > 0) {
                    perMember.put(code, area / n);
                  }
                });
      }
      return new FiguresJson(
          f == null ? null : f.coverageRatio(),
          f == null ? null : f.catchmentRatio(),
          f == null ? null : f.gapM2(),
          f == null ? null : f.overlapM2(),
          f == null ? null : f.blindSpotRadiusM(),
          f == null ? null : f.postAreaM2(),
          f == null ? null : f.gridFindings(),
          f == null ? null : f.slotRatios(),
          f == null ? null : f.slotsWithoutCover(),
          f == null ? null : f.nightCoverage(),
          members,
          perMember,
          p == null ? Map.of() : p.slotsPerMember(),
          p == null ? null : reports.offDuty(p.onDuty()));
    }
  }
}
