package cn.onegrid.data.analysis;

import cn.onegrid.data.people.NightWindow;
import cn.onegrid.geo.Dust;
import cn.onegrid.geo.Region;
import cn.onegrid.geo.coverage.CoverageReport.PostShare;
import cn.onegrid.geo.patrol.DutyRoster;
import cn.onegrid.geo.patrol.SlotCoverage;
import cn.onegrid.geo.patrol.WeeklySlot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The effect of proposed areas on their committees, before anything is stored: each committee's
 * figures as they are and as they would be. Runs the same analysis as {@link Analyst}, on inputs
 * with the proposed shapes put in.
 */
public class WhatIf {

  private static final String COMMITTEES =
      """
      SELECT DISTINCT committee_id FROM (
          SELECT committee_id FROM duty_post WHERE code = ANY (:codes)
          UNION ALL SELECT committee_id FROM grid WHERE code = ANY (:codes)
          UNION ALL SELECT id FROM committee WHERE code = ANY (:committees)) AS touched
      ORDER BY committee_id
      """;

  private final JdbcClient jdbc;
  private final MetricFrame frame;
  private final AnalysisInputs inputs;
  private final double walkingRadius;

  private static final Geometry EMPTY =
      new org.locationtech.jts.geom.GeometryFactory().createMultiPolygon();

  /**
   * @param frame the metric frame the committees are measured in
   * @param walkingRadius catchment radius around each post, in metres
   */
  public WhatIf(JdbcClient jdbc, MetricFrame frame, double walkingRadius) {
    this.jdbc = jdbc;
    this.frame = frame;
    this.inputs = new AnalysisInputs(jdbc, frame);
    this.walkingRadius = walkingRadius;
  }

  /**
   * @param proposed by feature code (a post's, for its area, or a grid's): the proposed shape in
   *     degrees, or null for a post with no area
   * @return one effect per committee the proposals touch, in committee order
   */
  public List<Effect> of(Map<String, Geometry> proposed) {
    return of(proposed, Map.of(), NightWindow.EVENING);
  }

  /**
   * @param proposed as {@link #of(Map)}
   * @param sites by post code: where the post would stand (a new post too), or a retired one, and
   *     its week when the plan changes it
   * @param night the slots night coverage counts
   */
  public List<Effect> of(
      Map<String, Geometry> proposed, Map<String, Site> sites, NightWindow night) {
    return outcome(proposed, sites, night).effects();
  }

  /**
   * As {@link #of(Map)}, with the ground the proposals would leave to nobody that has a post today
   * (the gaps a change opens), so that a planner sees where before saving.
   */
  public Outcome outcome(Map<String, Geometry> proposed) {
    return outcome(proposed, Map.of(), NightWindow.EVENING);
  }

  private Outcome outcome(
      Map<String, Geometry> proposed, Map<String, Site> sites, NightWindow night) {
    List<Long> committees =
        jdbc.sql(COMMITTEES)
            .param("codes", proposed.keySet().toArray(String[]::new))
            .param(
                "committees",
                sites.values().stream().map(Site::committee).distinct().toArray(String[]::new))
            .query(Long.class)
            .list();
    List<Effect> effects = new ArrayList<>();
    List<Geometry> opened = new ArrayList<>();
    for (CommitteeInput now : inputs.load(committees)) {
      CommitteeInput then = withSites(withProposals(now, proposed), sites);
      CommitteeResult before = CommitteeAnalysis.of(undrawnByCatchment(now), walkingRadius);
      CommitteeResult after = CommitteeAnalysis.of(undrawnByCatchment(then), walkingRadius);
      effects.add(new Effect(now.code(), Figures.of(before, night), Figures.of(after, night)));
      Geometry newGaps =
          Dust.without(
              OverlayNGRobust.overlay(
                  after.drawn().uncovered(), before.drawn().uncovered(), OverlayNG.DIFFERENCE));
      if (!newGaps.isEmpty()) {
        opened.add(frame.toDegrees(newGaps));
      }
    }
    Geometry openedGaps =
        opened.isEmpty() ? EMPTY : EMPTY.getFactory().buildGeometry(opened).union();
    return new Outcome(effects, openedGaps);
  }

  /**
   * @param effects one per committee the proposals touch
   * @param openedGaps in degrees, the ground nobody would be responsible for that a post has today
   *     (empty when none)
   */
  public record Outcome(List<Effect> effects, Geometry openedGaps) {}

  private CommitteeInput withProposals(CommitteeInput input, Map<String, Geometry> proposed) {
    UnaryOperator<List<Region>> replace =
        regions -> {
          List<Region> out = new ArrayList<>();
          for (Region r : regions) {
            if (!proposed.containsKey(r.id())) {
              out.add(r);
            } else if (proposed.get(r.id()) != null) {
              out.add(new Region(r.id(), frame.toMetres(proposed.get(r.id()))));
            }
          }
          return out;
        };
    // A post without an area today is not among postAreas: add what is proposed for it.
    List<Region> areas = new ArrayList<>(replace.apply(input.postAreas()));
    input.postSites().stream()
        .map(Region::id)
        .filter(id -> proposed.get(id) != null)
        .filter(id -> areas.stream().noneMatch(a -> a.id().equals(id)))
        .forEach(id -> areas.add(new Region(id, frame.toMetres(proposed.get(id)))));
    List<DutyRoster> rosters =
        input.rosters().stream()
            .map(
                r ->
                    !proposed.containsKey(r.area().id())
                        ? r
                        : new DutyRoster(
                            new Region(
                                r.area().id(),
                                proposed.get(r.area().id()) == null
                                    ? EMPTY
                                    : frame.toMetres(proposed.get(r.area().id()))),
                            r.slots()))
            .toList();
    return new CommitteeInput(
        input.id(),
        input.code(),
        input.boundary(),
        Region.sorted(areas),
        input.postSites(),
        rosters,
        replace.apply(input.comprehensiveGrids()),
        replace.apply(input.microGrids()));
  }

  /**
   * Time coverage counts drawn areas; a post without one (a new post, say) counts its walking
   * catchment instead, before and after alike, so that a preview shows what its week adds.
   */
  private CommitteeInput undrawnByCatchment(CommitteeInput input) {
    Map<String, Geometry> sites = new HashMap<>();
    input.postSites().forEach(r -> sites.put(r.id(), r.shape()));
    List<DutyRoster> rosters =
        input.rosters().stream()
            .filter(r -> sites.containsKey(r.area().id()))
            .map(
                r ->
                    !r.area().shape().isEmpty()
                        ? r
                        : new DutyRoster(
                            new Region(
                                r.area().id(), sites.get(r.area().id()).buffer(walkingRadius, 16)),
                            r.slots()))
            .toList();
    return new CommitteeInput(
        input.id(),
        input.code(),
        input.boundary(),
        input.postAreas(),
        input.postSites(),
        rosters,
        input.comprehensiveGrids(),
        input.microGrids());
  }

  /** The committee's posts moved, added or retired as the sites say. */
  private CommitteeInput withSites(CommitteeInput input, Map<String, Site> sites) {
    List<Region> posts = new ArrayList<>();
    for (Region r : input.postSites()) {
      Site site = sites.get(r.id());
      if (site == null) {
        posts.add(r);
      } else if (site.location() != null) {
        posts.add(new Region(r.id(), frame.toMetres(site.location())));
      }
    }
    sites.forEach(
        (code, site) -> {
          boolean known = input.postSites().stream().anyMatch(r -> r.id().equals(code));
          if (!known && site.location() != null && site.committee().equals(input.code())) {
            posts.add(new Region(code, frame.toMetres(site.location())));
          }
        });
    List<Region> areas =
        input.postAreas().stream()
            .filter(a -> !sites.containsKey(a.id()) || sites.get(a.id()).location() != null)
            .toList();
    return new CommitteeInput(
        input.id(),
        input.code(),
        input.boundary(),
        areas,
        Region.sorted(posts),
        rosters(input, sites),
        input.comprehensiveGrids(),
        input.microGrids());
  }

  /** The rosters with the sites' weeks; a retired post has none, a new post its own. */
  private List<DutyRoster> rosters(CommitteeInput input, Map<String, Site> sites) {
    List<DutyRoster> rosters = new ArrayList<>();
    for (DutyRoster r : input.rosters()) {
      Site site = sites.get(r.area().id());
      if (site == null) {
        rosters.add(r);
      } else if (site.location() != null) {
        rosters.add(site.slots() == null ? r : new DutyRoster(r.area(), site.slots()));
      }
    }
    sites.forEach(
        (code, site) -> {
          boolean known = input.rosters().stream().anyMatch(r -> r.area().id().equals(code));
          if (!known && site.location() != null && site.committee().equals(input.code())) {
            List<WeeklySlot> week = site.slots() == null ? List.of() : site.slots();
            rosters.add(new DutyRoster(new Region(code, EMPTY), week));
          }
        });
    return rosters;
  }

  /**
   * Where a post would stand, and when it would be on duty.
   *
   * @param committee its committee's code
   * @param location in degrees; null for a retired post
   * @param slots its week; null where the plan leaves it as published
   */
  public record Site(String committee, Geometry location, List<WeeklySlot> slots) {

    /** A post whose week stays as published. */
    public Site(String committee, Geometry location) {
      this(committee, location, null);
    }
  }

  /** One committee's figures now and with the proposals. */
  public record Effect(String committee, Figures before, Figures after) {}

  /**
   * What a planner weighs: coverage, ground nobody is responsible for, ground two posts share, the
   * largest blind spot, and how evenly the posts share the committee (m² per post), plus how many
   * partition-health findings the grids have and the share of the committee within walking distance
   * of a post (which moves with posts, not with areas); in time, the covered share of each of the
   * week's 84 two-hour slots (Monday 00–02 first), how many nobody covers and the mean over the
   * night window's.
   */
  public record Figures(
      double coverageRatio,
      double catchmentRatio,
      double gapM2,
      double overlapM2,
      double blindSpotRadiusM,
      Map<String, Double> postAreaM2,
      int gridFindings,
      List<Double> slotRatios,
      int slotsWithoutCover,
      double nightCoverage) {

    static Figures of(CommitteeResult result, NightWindow night) {
      double[] week =
          result.slots().slots().stream().mapToDouble(SlotCoverage.Slot::ratio).toArray();
      int uncovered = (int) java.util.Arrays.stream(week).filter(r -> r == 0).count();
      Map<String, Double> areas = new java.util.TreeMap<>();
      for (PostShare share : result.drawn().postShares()) {
        areas.put(share.postId(), share.area());
      }
      return new Figures(
          result.drawn().ratio(),
          result.catchmentRatio(),
          result.drawn().uncoveredArea(),
          result.drawn().overlapArea(),
          result.blindSpot().radius(),
          areas,
          result.gridFindings().size(),
          java.util.Arrays.stream(week).boxed().toList(),
          uncovered,
          night.mean(week));
    }
  }
}
