package cn.onegrid.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample town's residential compounds and featured party groups. */
class SampleNeighbourhoodTest {

  static SampleDataset town;

  @BeforeAll
  static void generate() {
    town = SampleTownGenerator.generate();
  }

  @Test
  void residentsCommitteesHaveTwoToFourCompoundsAndVillagesAtMostOne() {
    Map<String, Long> perCommittee =
        town.compounds().stream()
            .collect(Collectors.groupingBy(SampleCompound::committeeCode, Collectors.counting()));
    for (SampleCommittee c : town.committees()) {
      long n = perCommittee.getOrDefault(c.code(), 0L);
      if (c.kind() == SampleCommittee.Kind.RESIDENTS_COMMITTEE) {
        assertThat(n).as(c.code()).isBetween(2L, 4L);
      } else {
        assertThat(n).as(c.code()).isBetween(0L, 1L);
      }
    }
  }

  @Test
  void everyCompoundIsAValidShapeInsideItsCommitteeWithItsCodeAndTeam() {
    Map<String, SampleCommittee> committees =
        town.committees().stream()
            .collect(Collectors.toMap(SampleCommittee::code, Function.identity()));
    assertThat(town.compounds())
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.boundary().isValid()).as(r.code()).isTrue();
              assertThat(committees.get(r.committeeCode()).boundary().contains(r.boundary()))
                  .as(r.code())
                  .isTrue();
              assertThat(r.code()).matches(r.committeeCode() + "R[0-9]{2}");
              assertThat(List.of(r.name(), r.partyOrganisation(), r.policeStation()))
                  .allSatisfy(name -> assertThat(name).endsWith(Names.MARK));
              assertThat(r.propertyCompany()).endsWith(Names.MARK);
            });
    assertThat(town.compounds().stream().map(SampleCompound::code).distinct())
        .hasSize(town.compounds().size());
    assertThat(town.compounds().stream().map(SampleCompound::name).distinct())
        .as("no two compounds of the town share a name")
        .hasSize(town.compounds().size());
    assertThat(town.compounds()).anySatisfy(r -> assertThat(r.ownersCommittee()).isPresent());
  }

  @Test
  void partyGroupsAreOfTheirCommitteesPartyMembersAndNobodyIsInTwo() {
    Map<String, SamplePerson> persons =
        town.persons().stream().collect(Collectors.toMap(SamplePerson::key, Function.identity()));
    Set<String> seen = new HashSet<>();
    assertThat(town.partyGroups()).hasSizeGreaterThanOrEqualTo(town.committees().size());
    for (SamplePartyGroup g : town.partyGroups()) {
      assertThat(g.name()).endsWith(Names.MARK).contains(g.speciality().chinese());
      assertThat(g.memberKeys()).hasSizeBetween(3, 6);
      for (String key : g.memberKeys()) {
        SamplePerson p = persons.get(key);
        assertThat(p.committeeCode()).isEqualTo(g.committeeCode());
        assertThat(p.role()).isEqualTo(SamplePerson.Role.PARTY_MEMBER);
        assertThat(seen.add(key)).as("%s in one group only", key).isTrue();
      }
    }
  }
}
