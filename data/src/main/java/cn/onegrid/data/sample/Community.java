package cn.onegrid.data.sample;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/** The people around a committee: its town liaison, partner units and volunteer teams. */
final class Community {

  /** Grid-service day (周四网格服务日). */
  static final DayOfWeek SERVICE_DAY = DayOfWeek.THURSDAY;

  static final int MANY_TEAMS = 10;

  private Community() {}

  /** One town leader (about one in three) or department. */
  static SampleLiaison liaison(CommitteeSpec committee, SplittableRandom random) {
    boolean leader = random.nextInt(3) == 0;
    return new SampleLiaison(
        committee.code(),
        leader ? SampleLiaison.Kind.LEADER : SampleLiaison.Kind.DEPARTMENT,
        Names.pick(leader ? Names.TOWN_LEADERS : Names.TOWN_DEPARTMENTS, random) + Names.MARK,
        SERVICE_DAY);
  }

  /**
   * One to three partners: residents' committees are sponsored by a village (5,000–10,000 yuan a
   * year); others are co-building units, paired communities and agencies.
   */
  static List<SamplePartnerUnit> partners(
      CommitteeSpec committee, Profile profile, SplittableRandom random) {
    List<SamplePartnerUnit> partners = new ArrayList<>();
    String code = committee.code();
    boolean residents = committee.kind() == SampleCommittee.Kind.RESIDENTS_COMMITTEE;
    if (residents && !profile.sponsorVillages().isEmpty()) {
      String village = Names.pick(profile.sponsorVillages(), random);
      int yuan = 5_000 + 500 * random.nextInt(11);
      partners.add(
          new SamplePartnerUnit(
              code,
              village + Names.MARK,
              SamplePartnerUnit.Kind.VILLAGE_SPONSOR,
              OptionalInt.of(yuan)));
    }
    int more = 1 + random.nextInt(2);
    for (int i = 0; i < more; i++) {
      partners.add(other(committee, profile, random));
    }
    return partners;
  }

  private static SamplePartnerUnit other(
      CommitteeSpec committee, Profile profile, SplittableRandom random) {
    String code = committee.code();
    return switch (random.nextInt(3)) {
      case 0 ->
          new SamplePartnerUnit(
              code,
              profile.name() + Names.pick(Names.CO_BUILDING_UNITS, random) + Names.MARK,
              SamplePartnerUnit.Kind.CO_BUILDING_UNIT,
              OptionalInt.of(1_000 * random.nextInt(21)));
      case 1 ->
          new SamplePartnerUnit(
              code,
              profile.pairedSubdistrict() + "示例第" + (1 + random.nextInt(30)) + "社区" + Names.MARK,
              SamplePartnerUnit.Kind.PAIRED_COMMUNITY,
              OptionalInt.empty());
      default ->
          new SamplePartnerUnit(
              code,
              Names.pick(Names.AGENCIES, random) + Names.MARK,
              SamplePartnerUnit.Kind.AGENCY,
              OptionalInt.empty());
    };
  }

  /** One to four teams, or ten to thirteen for a committee known for them. */
  static List<SampleVolunteerTeam> teams(
      CommitteeSpec committee, Profile profile, SplittableRandom random) {
    boolean many = profile.manyVolunteerTeams().contains(committee.code());
    int count = many ? MANY_TEAMS + random.nextInt(4) : 1 + random.nextInt(4);
    int first = random.nextInt(Names.INTERESTS.size());
    List<SampleVolunteerTeam> teams = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      String interest = Names.INTERESTS.get((first + t) % Names.INTERESTS.size());
      int round = t / Names.INTERESTS.size() + 1;
      String name =
          committee.shortName()
              + interest
              + "志愿服务"
              + (round == 1 ? "队" : "第" + round + "队")
              + Names.MARK;
      teams.add(new SampleVolunteerTeam(committee.code(), name, interest, 8 + random.nextInt(53)));
    }
    return teams;
  }
}
