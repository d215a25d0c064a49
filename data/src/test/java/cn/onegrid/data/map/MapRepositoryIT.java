package cn.onegrid.data.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.features.Access;
import cn.onegrid.data.people.NightWindow;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MapRepositoryIT {

  private static final LocalDateTime THURSDAY_EVENING = LocalDateTime.of(2026, 11, 26, 20, 15);
  private static final LocalDateTime THURSDAY_LATE = LocalDateTime.of(2026, 11, 26, 21, 0);

  private final MapRepository map = TestDatabase.data().map();

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void committeeCardNamesItsGridsPostsLiaisonPartnersAndTeams() {
    String card = map.committeeCard("310114118009", NightWindow.EVENING).orElseThrow();
    assertThat(card)
        .contains("\"name\" : \"金华社区居委会\"")
        .contains("\"code\" : \"31011411800901\"")
        .contains("\"microGrids\" : 2")
        .contains("310114118009P01")
        .contains("镇党委副书记（示例）")
        .contains("\"serviceWeekday\" : 4")
        .contains("高潮村（示例）")
        .contains("金华健身队（示例）");
  }

  @Test
  void committeeCardCarriesTheLatestAnalysisOnceThereIsOne() {
    assertThat(map.committeeCard("310114118009", NightWindow.EVENING).orElseThrow())
        .contains("\"analysis\" : null");
    TestDatabase.data().analyst().catchUp();
    String card = map.committeeCard("310114118009", NightWindow.EVENING).orElseThrow();
    assertThat(card)
        .contains("\"coverageRatio\" : 0.")
        .contains("\"slots\" : 84")
        .contains("\"stale\" : false")
        .containsPattern("\"blindSpotRadiusM\" : [1-9]");
  }

  @Test
  void theWeakestSlotsAppearWhenSomeAreUncoveredTheNightWindowsFirst() {
    TestDatabase.data().analyst().catchUp();
    String card = map.committeeCard("310114118009", NightWindow.EVENING).orElseThrow();

    assertThat(card)
        .as("Monday evening is uncovered: the night window's slots lead the uncovered ones")
        .containsPattern(
            "\"worstSlots\" : \\[\\{\"weekday\" : 1, \"startHour\" : 18, \"ratio\" : 0(\\.0+)?\\}");
    assertThat(map.committeeCard("310114118009", new NightWindow(0, 2)).orElseThrow())
        .containsPattern("\"worstSlots\" : \\[\\{\"weekday\" : 1, \"startHour\" : 0,");
  }

  @Test
  void nightCoverageIsOverTheNightWindowNotMondayAtMidnight() {
    TestDatabase.data().analyst().catchUp();

    String evening = map.indicators(NightWindow.EVENING);
    assertThat(evening).contains("18–24").contains("\"window\" : {\"from\" : 18, \"to\" : 24}");
    assertThat(nightOfWest(evening)).as("Thursday 19–21 is in the evening").isPositive();
    assertThat(nightOfWest(map.indicators(new NightWindow(0, 2)))).isZero();
  }

  private static double nightOfWest(String indicators) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\"night-coverage\".*?\"310114118009\" : ([0-9.]+)", java.util.regex.Pattern.DOTALL)
            .matcher(indicators);
    assertThat(m.find()).as(indicators).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void postCardTellsWhoIsOnDutyNow() {
    String card = map.postCard("310114118009P01", THURSDAY_EVENING, PhoneAccess.NONE).orElseThrow();
    assertThat(card).contains("\"onDutyNow\" : [\"张伟（示例）\", \"李娜（示例）\"]");
    assertThat(card).contains("\"starts\" : \"08:00\"").contains("\"weekday\" : 1");
  }

  @Test
  void aSlotEndsAtItsEndTime() {
    assertThat(map.postCard("310114118009P01", THURSDAY_LATE, PhoneAccess.NONE).orElseThrow())
        .contains("\"onDutyNow\" : []");
  }

  @Test
  void committeeCardsNeverCarryPhoneNumbers() {
    assertThat(map.committeeCard("310114118009", NightWindow.EVENING).orElseThrow())
        .doesNotContain("1390000");
  }

  @Test
  void postCardMasksEveryPhoneNumberByDefault() {
    String card = map.postCard("310114118009P01", THURSDAY_EVENING, PhoneAccess.NONE).orElseThrow();
    assertThat(card)
        .contains("\"phone\" : \"139****0002\"")
        .contains("\"leaderPhone\" : \"139****0001\"")
        .contains("\"phones\" : \"masked\"")
        .doesNotContain("13900000");
  }

  @Test
  void postCardShowsWholeNumbersToItsOwnCommittee() {
    String card =
        map.postCard("310114118009P01", THURSDAY_EVENING, PhoneAccess.of(List.of("310114118009")))
            .orElseThrow();
    assertThat(card).contains("\"phone\" : \"13900000002\"").contains("\"phones\" : \"full\"");
  }

  @Test
  void postCardMasksNumbersForAnotherCommittee() {
    assertThat(
            map.postCard(
                    "310114118009P01", THURSDAY_EVENING, PhoneAccess.of(List.of("310114118203")))
                .orElseThrow())
        .doesNotContain("13900000");
  }

  @Test
  void gridCardShowsTheLeadersWholeNumberToTheTown() {
    assertThat(map.gridCard("31011411800901", PhoneAccess.TOWN).orElseThrow())
        .contains("\"leaderPhone\" : \"13900000001\"");
  }

  @Test
  void gridCardNamesItsParentCommitteeAndLeader() {
    String card = map.gridCard("3101141180090102", PhoneAccess.NONE).orElseThrow();
    assertThat(card)
        .contains("\"level\" : \"micro\"")
        .contains("31011411800901")
        .contains("金华社区居委会");
  }

  @Test
  void unknownCodeHasNoCard() {
    assertThat(map.committeeCard("310114118999", NightWindow.EVENING)).isEmpty();
  }

  @Test
  void searchFindsByNameFragmentAndCodePrefix() {
    assertThat(map.search("金华", 10, Access.SIGNED_IN, PhoneAccess.NONE))
        .first()
        .asString()
        .contains("\"code\" : \"310114118009\"");
    assertThat(map.search("3101141182030", 10, Access.SIGNED_IN, PhoneAccess.NONE))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r).contains("3101141182030"));
  }

  @Test
  void visitorsFindOnlyWhatThePlainMapShows() {
    assertThat(map.search("310114118203", 10, Access.SIGNED_IN, PhoneAccess.NONE))
        .anySatisfy(r -> assertThat(r).contains("\"duty-posts\""));
    assertThat(map.search("310114118203", 10, Access.PLAIN_MAP, PhoneAccess.NONE))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r).contains("\"collection\" : \"committees\""));
  }

  @Test
  void visitorsFindNoPeopleAndSignedInReadersSeePhonesAsTheirAccessSays() {
    assertThat(map.search("张伟", 10, Access.PLAIN_MAP, PhoneAccess.TOWN)).isEmpty();
    assertThat(map.search("张伟", 10, Access.SIGNED_IN, PhoneAccess.NONE))
        .singleElement()
        .asString()
        .contains("\"kind\" : \"person\"")
        .contains("139****0001");
    assertThat(map.search("张伟", 10, Access.SIGNED_IN, PhoneAccess.of(List.of("310114118009"))))
        .singleElement()
        .asString()
        .contains("13900000001");
  }

  @Test
  void searchTreatsWildcardsAsText() {
    assertThat(map.search("%", 10, Access.SIGNED_IN, PhoneAccess.NONE)).isEmpty();
  }

  @Test
  void emptySearchIsRefused() {
    assertThatThrownBy(() -> map.search("  ", 10, Access.SIGNED_IN, PhoneAccess.NONE))
        .isInstanceOf(InvalidQuery.class);
  }

  @Test
  void summaryCountsTheTown() {
    assertThat(map.summary())
        .contains("\"committees\" : 2")
        .contains("\"microGrids\" : 4")
        .contains("\"dutyPosts\" : 2")
        .contains("\"postMembers\" : 3");
  }
}
