package cn.onegrid.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/** The sample town's people and duty posts: who serves where and when. */
class SampleTownDutyPostsTest {

  static SampleDataset town;
  static Map<String, SamplePerson> persons;
  static Map<String, SampleCommittee> committees;

  @BeforeAll
  static void generate() {
    town = SampleTownGenerator.generate();
    persons =
        town.persons().stream().collect(Collectors.toMap(SamplePerson::key, Function.identity()));
    committees =
        town.committees().stream()
            .collect(Collectors.toMap(SampleCommittee::code, Function.identity()));
  }

  @Test
  void everyCommitteeHasThreeToEightPosts() {
    Map<String, Long> posts =
        town.dutyPosts().stream()
            .collect(Collectors.groupingBy(SampleDutyPost::committeeCode, Collectors.counting()));

    assertThat(posts).hasSize(58).allSatisfy((code, count) -> assertThat(count).isBetween(3L, 8L));
  }

  @Test
  void postCodesAndNamesFollowTheirCommittee() {
    assertThat(town.dutyPosts())
        .allSatisfy(p -> assertThat(p.code()).matches("[0-9]{12}P[0-9]{2}"));
    assertThat(town.dutyPosts()).extracting(SampleDutyPost::code).doesNotHaveDuplicates();
    assertThat(town.dutyPosts())
        .filteredOn(p -> p.code().equals("310114118009P02"))
        .singleElement()
        .extracting(SampleDutyPost::name)
        .isEqualTo("金华社区第2党员联勤岗");
  }

  @Test
  void everyPostHasALeaderAmongThreeToEightPartyMembersAndOneToThreeDuties() {
    assertThat(town.dutyPosts())
        .allSatisfy(
            p -> {
              assertThat(p.memberKeys())
                  .hasSizeBetween(3, 8)
                  .doesNotHaveDuplicates()
                  .contains(p.leaderKey());
              assertThat(p.memberKeys())
                  .allSatisfy(
                      k ->
                          assertThat(persons.get(k).role())
                              .isEqualTo(SamplePerson.Role.PARTY_MEMBER))
                  .allSatisfy(
                      k -> assertThat(persons.get(k).committeeCode()).isEqualTo(p.committeeCode()));
              assertThat(p.dutyTypes()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            });
  }

  @Test
  void everyMemberServesAtLeastOnceAWeekAndOnlyInTheirOwnPost() {
    for (SampleDutyPost post : town.dutyPosts()) {
      Set<String> serving = new HashSet<>();
      post.slots().forEach(s -> serving.addAll(s.memberKeys()));

      assertThat(serving).as(post.name()).containsExactlyInAnyOrderElementsOf(post.memberKeys());
    }
  }

  @Test
  void slotsNeverCrossMidnightAndAreUniquePerPost() {
    for (SampleDutyPost post : town.dutyPosts()) {
      assertThat(post.slots())
          .allSatisfy(
              s ->
                  assertThat(
                          s.endsAt().isAfter(s.startsAt()) || s.endsAt().equals(LocalTime.MIDNIGHT))
                      .isTrue());
      assertThat(post.slots())
          .extracting(s -> s.weekday() + " " + s.startsAt())
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void jinhuaPatrolsEveryNightInTwoHourSlots() {
    List<SampleDutyPost> jinhua =
        town.dutyPosts().stream().filter(p -> p.committeeCode().equals("310114118009")).toList();

    assertThat(jinhua).isNotEmpty();
    for (SampleDutyPost post : jinhua) {
      assertThat(post.dutyTypes()).contains(SampleDutyPost.DutyType.SECURITY_FIRE_PATROL);
      for (DayOfWeek day : DayOfWeek.values()) {
        assertThat(post.slots())
            .filteredOn(s -> s.weekday() == day)
            .extracting(s -> s.startsAt() + "-" + s.endsAt())
            .containsExactly("00:00-02:00", "20:00-22:00", "22:00-00:00");
      }
    }
  }

  @Test
  void otherCommitteesServeByDay() {
    assertThat(town.dutyPosts())
        .filteredOn(p -> !p.committeeCode().equals("310114118009"))
        .flatMap(SampleDutyPost::slots)
        .allSatisfy(
            s -> assertThat(s.startsAt()).isBetween(LocalTime.of(8, 0), LocalTime.of(19, 0)));
  }

  @Test
  void postLocationsAndAreasLieInTheirCommittee() {
    for (SampleDutyPost post : town.dutyPosts()) {
      MultiPolygon committee = committees.get(post.committeeCode()).boundary();

      assertThat(committee.contains(post.location())).as(post.name()).isTrue();
      assertThat(post.area().difference(committee).getArea()).as(post.name()).isLessThan(1e-10);
    }
  }

  @Test
  void postAreasCoverSomeCommitteesExactlyAndLeaveGapsOrOverlapsInOthers() {
    Map<String, List<Geometry>> areas =
        town.dutyPosts().stream()
            .collect(
                Collectors.groupingBy(
                    SampleDutyPost::committeeCode,
                    Collectors.mapping(SampleDutyPost::area, Collectors.toList())));
    long exact =
        areas.entrySet().stream()
            .filter(
                e ->
                    Coverages.isClean(e.getValue())
                        && Coverages.unionError(e.getValue(), committees.get(e.getKey()).boundary())
                            < 1e-9)
            .count();

    assertThat(exact).isBetween(5L, 50L);
  }

  @Test
  void personsAreClearlyMadeUp() {
    assertThat(town.persons())
        .allSatisfy(
            p -> {
              assertThat(p.phone()).matches("^1[3-9][0-9]{9}$").startsWith("139000");
              assertThat(p.name()).endsWith("（示例）");
            });
    assertThat(town.persons()).extracting(SamplePerson::phone).doesNotHaveDuplicates();
  }

  @Test
  void everyCommitteeHasAThursdayLiaison() {
    assertThat(town.liaisons())
        .hasSize(58)
        .allSatisfy(
            l -> {
              assertThat(l.serviceDay()).isEqualTo(DayOfWeek.THURSDAY);
              assertThat(l.name()).endsWith("（示例）");
            });
    assertThat(town.liaisons()).extracting(SampleLiaison::committeeCode).doesNotHaveDuplicates();
  }

  @Test
  void partnersAndVolunteerTeamsEverywhereAndJiaxingHasTenTeamsOrMore() {
    Map<String, Long> teams =
        town.volunteerTeams().stream()
            .collect(
                Collectors.groupingBy(SampleVolunteerTeam::committeeCode, Collectors.counting()));

    assertThat(teams).hasSize(58);
    assertThat(teams.get("310114118024")).isGreaterThanOrEqualTo(10);
    assertThat(town.volunteerTeams())
        .allSatisfy(t -> assertThat(t.interest()).isIn("智力", "健身", "文艺", "创业", "手工"))
        .extracting(SampleVolunteerTeam::name)
        .doesNotHaveDuplicates();
    assertThat(town.partnerUnits().stream().map(SamplePartnerUnit::committeeCode).distinct())
        .hasSize(58);
    assertThat(town.partnerUnits())
        .filteredOn(u -> u.kind() == SamplePartnerUnit.Kind.VILLAGE_SPONSOR)
        .isNotEmpty()
        .allSatisfy(u -> assertThat(u.annualSupportYuan().getAsInt()).isBetween(5_000, 10_000));
  }
}
