package cn.onegrid.server.editing;

import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.RosterPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One committee's figures before and after a plan: the analysis' (area and time) and its people's
 * (members per post, area per member, slots per member). A committee only the people change
 * (nothing to analyse) has people figures only.
 */
record EffectJson(String committee, FiguresJson before, FiguresJson after) {

  static List<EffectJson> of(
      List<WhatIf.Effect> effects, List<RosterPreview.CommitteePeople> people) {
    Map<String, EffectJson> byCommittee = new TreeMap<>();
    for (WhatIf.Effect e : effects) {
      RosterPreview.CommitteePeople p = find(people, e.committee());
      byCommittee.put(
          e.committee(),
          new EffectJson(
              e.committee(),
              FiguresJson.of(e.before(), p == null ? null : p.before()),
              FiguresJson.of(e.after(), p == null ? null : p.after())));
    }
    for (RosterPreview.CommitteePeople p : people) {
      byCommittee.putIfAbsent(
          p.committee(),
          new EffectJson(
              p.committee(), FiguresJson.of(null, p.before()), FiguresJson.of(null, p.after())));
    }
    return new ArrayList<>(byCommittee.values());
  }

  private static RosterPreview.CommitteePeople find(
      List<RosterPreview.CommitteePeople> people, String committee) {
    return people.stream().filter(p -> p.committee().equals(committee)).findFirst().orElse(null);
  }

  /** The analysis' figures (null members when not analysed) and the people's. */
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
      Map<Long, Integer> slotsPerMember) {

    static FiguresJson of(WhatIf.Figures f, RosterPreview.Figures p) {
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
          p == null ? Map.of() : p.slotsPerMember());
    }
  }
}
