package cn.onegrid.data.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who covers which block when, in the two-committee fixture: west's post covers both its blocks on
 * Thursday 19–21 (two people) and Monday 8–10 (one); east's post has no slots.
 */
class TimeCoverageIT {

  private static final String WEST = "310114118009";
  private static final String POST = WEST + "P01";

  private final TimeCoverage coverage = TestDatabase.data().timeCoverage();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void eachBlockIsCoveredWhenThePostSharingItsGroundIsOnDuty() {
    BlockTable table = coverage.of(WEST);

    assertThat(table.blocks())
        .extracting(BlockTable.Block::code)
        .containsExactly(WEST + "0101", WEST + "0102");
    BlockTable.Block block = table.blocks().get(0);
    assertThat(block.cells()).hasSize(84);
    assertThat(block.cells().get(WeekSlots.index(4, 18)))
        .as("Thursday 18–20 overlaps the 19–21 slot")
        .isEqualTo(new BlockTable.Cell(List.of(POST), List.of("张伟（示例）", "李娜（示例）")));
    assertThat(block.cells().get(WeekSlots.index(4, 20)).people()).hasSize(2);
    assertThat(block.cells().get(WeekSlots.index(1, 8)).people()).containsExactly("王芳（示例）");
    assertThat(block.cells().get(WeekSlots.index(4, 22)).covered()).isFalse();
    assertThat(block.uncoveredSlots()).isEqualTo(81);
  }

  @Test
  void theWeakestSlotsAreThoseWithMostBlocksUncoveredInWeekOrder() {
    List<BlockTable.WeakSlot> weakest = coverage.of(WEST).weakest(3);

    assertThat(weakest)
        .containsExactly(
            new BlockTable.WeakSlot(1, 0, 2),
            new BlockTable.WeakSlot(1, 2, 2),
            new BlockTable.WeakSlot(1, 4, 2));
  }

  @Test
  void aPostWhoseAreaOnlyTouchesABlockDoesNotCoverIt() {
    jdbc.sql(
            "UPDATE duty_post SET area = (SELECT boundary FROM grid WHERE code = :block)"
                + " WHERE code = :code")
        .param("block", WEST + "0101")
        .param("code", POST)
        .update();

    BlockTable table = coverage.of(WEST);

    assertThat(table.blocks().get(0).uncoveredSlots()).isEqualTo(81);
    assertThat(table.blocks().get(1).uncoveredSlots()).as("the shared border only").isEqualTo(84);
  }

  @Test
  void anAnalysedCommitteesTablesReadTheRelationItsAnalysisStored() {
    BlockTable live = coverage.of(WEST);
    TestDatabase.data().analyst().catchUp();
    assertThat(coverage.of(WEST)).as("the stored relation is the live one").isEqualTo(live);

    jdbc.sql(
            "UPDATE analysis_block SET posts = '{}'"
                + " WHERE grid_id = (SELECT id FROM grid WHERE code = :block)")
        .param("block", WEST + "0101")
        .update();

    assertThat(coverage.all().get(0).blocks().get(0).uncoveredSlots())
        .as("read from analysis_block, not related again")
        .isEqualTo(84);
  }

  @Test
  void aCommitteeAwaitingItsAnalysisIsRelatedAsItIsNow() {
    TestDatabase.data().analyst().catchUp();
    jdbc.sql(
            "UPDATE duty_post SET area = (SELECT boundary FROM grid WHERE code = :block)"
                + " WHERE code = :code")
        .param("block", WEST + "0102")
        .param("code", POST)
        .update();

    List<BlockTable.Block> blocks = coverage.all().get(0).blocks();

    assertThat(blocks.get(0).uncoveredSlots()).as("the shared border only").isEqualTo(84);
    assertThat(blocks.get(1).uncoveredSlots()).isEqualTo(81);
  }

  @Test
  void blocksCoveredByTheSamePostsShareTheirWeek() {
    List<BlockTable.Block> blocks = coverage.of(WEST).blocks();

    assertThat(blocks.get(0).cells()).isSameAs(blocks.get(1).cells());
  }

  @Test
  void everyCommitteesTableAtOnce() {
    assertThat(coverage.all())
        .extracting(BlockTable::committee)
        .containsExactly(WEST, "310114118203");
    assertThat(coverage.all().get(1).blocks().get(0).uncoveredSlots()).isEqualTo(84);
  }

  @Test
  void anUnknownCommitteeIsNotFound() {
    assertThatThrownBy(() -> coverage.of("999999999999")).isInstanceOf(NotFound.class);
  }

  @Test
  void onThursdayEveningWestsPostIsOnDutyAndEastsBlocksHaveNobody() {
    String json = coverage.onDutyAt(4, 20, null, null);

    assertThat(json)
        .contains("\"onDuty\" : 1")
        .contains("\"uncovered\" : 2")
        .contains("\"kind\" : \"post\"")
        .contains(POST)
        .contains("李娜（示例）")
        .contains("310114118203" + "0101")
        .doesNotContain(WEST + "0101");
  }

  @Test
  void lateOnThursdayNobodyIsOnDutyAndOnlyTheBoxCounts() {
    assertThat(coverage.onDutyAt(4, 22, null, null))
        .contains("\"onDuty\" : 0")
        .contains("\"uncovered\" : 4");
    assertThat(coverage.onDutyAt(4, 22, null, new double[] {121.301, 31.251, 121.302, 31.252}))
        .as("only the west block the box meets")
        .contains("\"uncovered\" : 1");
    assertThat(coverage.onDutyAt(4, 22, WEST, null)).contains("\"uncovered\" : 2");
  }
}
