package cn.onegrid.data.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.editing.Plans.ImportedChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published import's every change is in the history, and reverting the plan gives back the map
 * before it, row for row: committees and grids with their names, shapes, parents, leaders and
 * flags.
 */
class ImportRevertIT {

  private static final String WEST = "310114118009";
  private static final String EAST = "310114118203";

  private final Plans plans = TestDatabase.data().plans();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @BeforeEach
  void twoCommitteesAndAnAdministrator() {
    TwoCommittees.load();
    TestDatabase.data()
        .accounts()
        .create(new NewAccount("admin1", "管理员", "-", Role.ADMIN, List.of(), false));
  }

  @Test
  void microGridsAddedRemovedAndRenamedRevertToTheMapBefore() {
    String before = map();
    long plan =
        plans.createImport(
            "导入微网格",
            "admin1",
            "micro-grids",
            Optional.of(WEST),
            Optional.empty(),
            List.of(
                grid(WEST + "0101", "金华一号微网格", 1, box(121.300, 121.305)),
                grid(WEST + "0103", "金华新微网格", 0, box(121.305, 121.310))));
    plans.publish(plan, "admin1", "导入");

    assertThat(map()).isNotEqualTo(before);
    assertThat(codesAndVersions(plan))
        .containsExactlyInAnyOrder(
            "micro-grids " + WEST + "0101 1→2 -金华第1综合网格-1→金华一号微网格",
            "micro-grids " + WEST + "0102 1→0 -金华第1综合网格-2→-",
            "micro-grids " + WEST + "0103 0→1 -→金华新微网格");

    plans.revert(plan, "admin1", "撤销导入");

    assertThat(map()).isEqualTo(before);
  }

  @Test
  void aComprehensiveGridRemovedWithItsMicroGridsComesBackWithThemAndItsLeader() {
    String before = map();
    long plan =
        plans.createImport(
            "导入综合网格",
            "admin1",
            "comprehensive-grids",
            Optional.of(EAST),
            Optional.empty(),
            List.of(grid(EAST + "02", "高潮村第2综合网格", 0, box(121.31, 121.32))));
    plans.publish(plan, "admin1", "导入");
    assertThat(count("grid WHERE code LIKE '" + EAST + "%'")).isEqualTo(1);
    assertThat(count("area_change WHERE plan_id = " + plan + " AND after_version = 0"))
        .isEqualTo(3);

    plans.revert(plan, "admin1", "撤销导入");

    assertThat(map()).isEqualTo(before);
  }

  @Test
  void committeesRenamedReshapedAndAddedRevertToTheMapBefore() {
    String before = map();
    long plan =
        plans.createImport(
            "导入居委会",
            "admin1",
            "committees",
            Optional.empty(),
            Optional.empty(),
            List.of(
                grid(WEST, "金华居委会", 1, box(121.300, 121.3095)),
                grid("310114118204", "新村村委会", 0, box(121.32, 121.33))));
    plans.publish(plan, "admin1", "导入");
    assertThat(count("committee")).isEqualTo(3);

    plans.revert(plan, "admin1", "撤销导入");

    assertThat(map()).isEqualTo(before);
    assertThat(count("area_change WHERE reverts IS NOT NULL")).isEqualTo(2);
  }

  @Test
  void postsAddedAndMovedRevertToThePostsBeforeWithTheirPeopleAndWeek() {
    String before = posts();
    GeometryFactory degrees = new GeometryFactory(new PrecisionModel(), 4326);
    List<String> duties = List.of("sanitation");
    long plan =
        plans.createImport(
            "导入岗位",
            "admin1",
            "duty-posts",
            Optional.of(WEST),
            Optional.empty(),
            List.of(
                new ImportedChange(
                    WEST + "P01",
                    "金华第1党员联勤岗",
                    duties,
                    1,
                    degrees.createPoint(new Coordinate(121.3025, 31.2551))),
                new ImportedChange(
                    WEST + "P02",
                    "金华新岗",
                    duties,
                    0,
                    degrees.createPoint(new Coordinate(121.3075, 31.2551)))));
    plans.publish(plan, "admin1", "导入");
    assertThat(
            jdbc.sql(
                    "SELECT code || ' ' || before_version || '→' || after_version FROM post_change"
                        + " WHERE plan_id = :plan ORDER BY code")
                .param("plan", plan)
                .query(String.class)
                .list())
        .containsExactly(WEST + "P01 1→2", WEST + "P02 0→1");
    assertThat(posts()).isNotEqualTo(before);

    plans.revert(plan, "admin1", "撤销导入");

    assertThat(posts()).isEqualTo(before);
    assertThat(count("duty_post WHERE code = '" + WEST + "P02' AND retired_at IS NOT NULL"))
        .isEqualTo(1);
    assertThatThrownBy(() -> plans.revert(plan, "admin1", "再撤销"))
        .isInstanceOf(PlanStateConflict.class)
        .hasMessageContaining("reverted already");
  }

  @Test
  void theTownACommitteeImportMadeGoesWithItsRevert() {
    TestDatabase.truncateAll(); // an empty OneGrid
    TestDatabase.data()
        .accounts()
        .create(new NewAccount("admin1", "管理员", "-", Role.ADMIN, List.of(), false));
    long plan =
        plans.createImport(
            "导入居委会",
            "admin1",
            "committees",
            Optional.empty(),
            Optional.of("江桥镇"),
            List.of(grid(WEST, "金华社区居委会", 0, box(121.300, 121.31))));
    plans.publish(plan, "admin1", "导入");
    assertThat(count("town")).isEqualTo(1);

    plans.revert(plan, "admin1", "撤销导入");

    assertThat(count("town")).isZero();
    assertThat(map()).isEmpty();
  }

  @Test
  void aGridChangedSinceThePublishBlocksTheRevertAndNothingIsReverted() {
    long plan =
        plans.createImport(
            "导入微网格",
            "admin1",
            "micro-grids",
            Optional.of(WEST),
            Optional.empty(),
            List.of(
                grid(WEST + "0101", "金华一号微网格", 1, box(121.300, 121.305)),
                grid(WEST + "0102", "金华二号微网格", 1, box(121.305, 121.310))));
    plans.publish(plan, "admin1", "导入");
    jdbc.sql("UPDATE grid SET name = '后来改的' WHERE code = :code")
        .param("code", WEST + "0102")
        .update();
    String after = map();

    assertThatThrownBy(() -> plans.revert(plan, "admin1", "撤销导入"))
        .isInstanceOfSatisfying(
            PlanConflict.class,
            e -> assertThat(e.stale()).singleElement().asString().contains(WEST + "0102"));
    assertThat(map()).isEqualTo(after);
  }

  @Test
  void onlyAPublishedPlanReverts() {
    long plan =
        plans.createImport(
            "导入微网格",
            "admin1",
            "micro-grids",
            Optional.of(WEST),
            Optional.empty(),
            List.of(grid(WEST + "0101", "金华一号微网格", 1, box(121.300, 121.305))));

    assertThatThrownBy(() -> plans.revert(plan, "admin1", "撤销"))
        .isInstanceOf(PlanStateConflict.class);
  }

  /** The town's committees and grids, every column a map shows or a revert must restore. */
  private String map() {
    return String.join(
        "\n",
        jdbc.sql(
                """
                SELECT concat_ws(' ', 'committee', code, kind, name, illustrative,
                                 ST_AsText(boundary))
                  FROM committee
                UNION ALL
                SELECT concat_ws(' ', 'grid', g.code, g.level, g.seq, p.code, c.code, g.name,
                                 coalesce(g.leader_id::text, '-'), g.illustrative,
                                 ST_AsText(g.boundary))
                  FROM grid g JOIN committee c ON c.id = g.committee_id
                  LEFT JOIN grid p ON p.id = g.parent_id
                ORDER BY 1
                """)
            .query(String.class)
            .list());
  }

  /**
   * Every live post with its people and week, as a revert must restore them (reverting a post's
   * creation retires it, as any post's: PostHistory).
   */
  private String posts() {
    return String.join(
        "\n",
        jdbc.sql(
                """
                SELECT concat_ws(' ', code, name, ST_AsText(location), duty_types::text,
                                 retired_at IS NOT NULL, coalesce(leader_id::text, '-'),
                                 post_members(id)::text, post_week(id)::text)
                  FROM duty_post WHERE retired_at IS NULL ORDER BY code
                """)
            .query(String.class)
            .list());
  }

  private List<String> codesAndVersions(long plan) {
    return jdbc
        .sql(
            "SELECT collection || ' ' || code || ' ' || before_version || '→' || after_version"
                + " || ' ' || coalesce(before_name, '-') || '→' || coalesce(after_name, '-')"
                + " FROM area_change WHERE plan_id = :plan")
        .param("plan", plan)
        .query(String.class)
        .list()
        .stream()
        .map(s -> s.replace("金华社区居委会", "-金华"))
        .toList();
  }

  private int count(String from) {
    return jdbc.sql("SELECT count(*) FROM " + from).query(Integer.class).single();
  }

  private static ImportedChange grid(String code, String name, int base, Geometry shape) {
    return new ImportedChange(code, name, List.of(), base, shape);
  }

  private static Geometry box(double west, double east) {
    return new GeometryFactory(new PrecisionModel(), 4326)
        .toGeometry(new Envelope(west, east, 31.25, 31.26));
  }
}
