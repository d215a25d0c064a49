package cn.onegrid.data.sample;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Everything generated for one committee, from its tiles and its own random stream, so committees
 * can be generated in parallel and still come out the same.
 */
record CommitteeContent(
    SampleCommittee committee,
    List<SampleGrid> grids,
    List<SamplePerson> persons,
    List<SampleDutyPost> posts,
    SampleLiaison liaison,
    List<SamplePartnerUnit> partners,
    List<SampleVolunteerTeam> teams,
    List<SampleCompound> compounds,
    List<SamplePartyGroup> partyGroups) {

  static final int MIN_POSTS = 3;
  static final int MAX_POSTS = 8;
  static final int MIN_MEMBERS = 3;
  static final int MAX_MEMBERS = 8;

  /** Share of committees whose posts tile the committee exactly (the others are patchy). */
  static final double TILED_SHARE = 0.35;

  static CommitteeContent of(
      int index,
      CommitteeSpec spec,
      Tiling.CommitteeTiles tiles,
      LocalFrame frame,
      Profile profile,
      SplittableRandom random) {
    People people = new People(spec.code(), index, random);
    List<SampleGrid> grids = grids(spec, tiles, people);
    List<SampleDutyPost> posts = posts(spec, tiles, frame, profile, people, random);
    SampleLiaison liaison = Community.liaison(spec, random);
    List<SamplePartnerUnit> partners = Community.partners(spec, profile, random);
    List<SampleVolunteerTeam> teams = Community.teams(spec, profile, random);
    // Drawn last, so that what was drawn before them stays as it was.
    List<SampleCompound> compounds = Neighbourhood.compounds(spec, tiles, frame, random);
    List<SamplePartyGroup> groups = Neighbourhood.partyGroups(spec, people.all(), random);
    return new CommitteeContent(
        new SampleCommittee(spec.code(), spec.name(), spec.kind(), tiles.boundary()),
        grids,
        people.all(),
        posts,
        liaison,
        partners,
        teams,
        compounds,
        groups);
  }

  private static List<SampleGrid> grids(
      CommitteeSpec spec, Tiling.CommitteeTiles tiles, People people) {
    List<SampleGrid> grids = new ArrayList<>();
    for (int c = 1; c <= tiles.comprehensive().size(); c++) {
      String code = spec.code() + twoDigits(c);
      grids.add(
          new SampleGrid(
              code,
              SampleGrid.Level.COMPREHENSIVE,
              c,
              spec.shortName() + "第" + c + "综合网格",
              people.next(SamplePerson.Role.STAFF),
              tiles.comprehensive().get(c - 1)));
      List<MultiPolygon> micro = tiles.micro().get(c - 1);
      for (int m = 1; m <= micro.size(); m++) {
        grids.add(
            new SampleGrid(
                code + twoDigits(m),
                SampleGrid.Level.MICRO,
                m,
                spec.shortName() + "第" + c + "-" + m + "微网格",
                people.next(SamplePerson.Role.PARTY_MEMBER),
                micro.get(m - 1)));
      }
    }
    return grids;
  }

  private static List<SampleDutyPost> posts(
      CommitteeSpec spec,
      Tiling.CommitteeTiles tiles,
      LocalFrame frame,
      Profile profile,
      People people,
      SplittableRandom random) {
    int count =
        Math.max(
            Tiling.between(random, MIN_POSTS, MAX_POSTS),
            Tiling.between(random, MIN_POSTS, MAX_POSTS));
    List<MultiPolygon> micro = tiles.micro().stream().flatMap(List::stream).toList();
    List<PostAreas.Placed> placed =
        random.nextDouble() < TILED_SHARE
            ? PostAreas.tiled(micro, count, frame, random)
            : PostAreas.patchy(tiles.boundary(), count, frame, random);
    boolean night = profile.nightPatrol().contains(spec.code());
    List<SampleDutyPost> posts = new ArrayList<>(placed.size());
    for (int p = 1; p <= placed.size(); p++) {
      List<String> members = people.partyMembers(Tiling.between(random, MIN_MEMBERS, MAX_MEMBERS));
      posts.add(
          new SampleDutyPost(
              spec.code() + "P" + twoDigits(p),
              spec.shortName() + "第" + p + "党员联勤岗",
              placed.get(p - 1).location(),
              placed.get(p - 1).area(),
              dutyTypes(night, random),
              members.get(0),
              members,
              night ? Rosters.nightly(members) : Rosters.weekly(members, random)));
    }
    return posts;
  }

  /** One to three duties; a night-patrolling post always has the patrol. */
  private static List<SampleDutyPost.DutyType> dutyTypes(boolean night, SplittableRandom random) {
    List<SampleDutyPost.DutyType> all = new ArrayList<>(List.of(SampleDutyPost.DutyType.values()));
    Rosters.shuffle(all, random);
    if (night) {
      all.remove(SampleDutyPost.DutyType.SECURITY_FIRE_PATROL);
      all.add(0, SampleDutyPost.DutyType.SECURITY_FIRE_PATROL);
    }
    return List.copyOf(EnumSet.copyOf(all.subList(0, 1 + random.nextInt(3))));
  }

  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
