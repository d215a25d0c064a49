package cn.onegrid.data.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Posts go through plans as areas do: checked when staged, published at once, kept in history. */
class PostChangesIT {

  private static final String COMMITTEE = "310114118009"; // west: 121.30–121.31 E
  private static final String OTHER_COMMITTEE = "310114118203"; // east: 121.31–121.32 E
  private static final String POST = COMMITTEE + "P01";
  private static final List<String> PATROL = List.of("security_fire_patrol");

  private final Plans plans = TestDatabase.data().plans();
  private final PostStore posts = TestDatabase.data().posts();
  private final PostHistory history = TestDatabase.data().postHistory();
  private final AccountRepository accounts = TestDatabase.data().accounts();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @BeforeEach
  void twoCommitteesAndTheirPlanners() {
    TwoCommittees.load();
    accounts.create(new NewAccount("west", "west", "-", Role.PLANNER, List.of(COMMITTEE), false));
    accounts.create(
        new NewAccount("east", "east", "-", Role.PLANNER, List.of(OTHER_COMMITTEE), false));
  }

  @Test
  void aNewPostTakesItsCommitteesNextCodeAndIsStoredOnlyWhenPublished() {
    long plan = plans.create("新岗", "west");
    PostChange created =
        plans.createPost(plan, "west", new PostState("新岗", at(121.302, 31.258), PATROL, false));

    assertThat(created.code()).isEqualTo(COMMITTEE + "P02");
    assertThat(created.committee()).isEqualTo(COMMITTEE);
    assertThat(posts.find(created.code())).as("a draft stores nothing").isEmpty();
    assertThat(plans.get(plan, "west").posts()).containsExactly(created);

    List<Plans.Published> published = plans.publish(plan, "west", "盲区设岗");

    assertThat(published).containsExactly(new Plans.Published("duty-posts", created.code(), 1));
    StoredPost stored = posts.get(created.code());
    assertThat(stored.state().name()).isEqualTo("新岗");
    assertThat(stored.state().location().getX()).isEqualTo(121.302);
    assertThat(history.of(created.code()))
        .singleElement()
        .satisfies(e -> assertThat(e.before()).isNull())
        .satisfies(e -> assertThat(e.plan()).isEqualTo(plan));
  }

  @Test
  void aMoveOutOfItsCommitteeIsRefusedSayingWhichAndWhere() {
    long plan = plans.create("移岗", "west");
    PostState east = new PostState("第1岗", at(121.315, 31.255), PATROL, false);

    assertThatThrownBy(() -> plans.stagePost(plan, "west", POST, 1, east))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.OUTSIDE_COMMITTEE);
              assertThat(e.args()).contains(POST, "121.315", "31.255", COMMITTEE, OTHER_COMMITTEE);
            });
    assertThat(plans.get(plan, "west").posts()).as("nothing stored").isEmpty();
  }

  @Test
  void anUnknownDutyIsRefusedNamingIt() {
    long plan = plans.create("职责", "west");
    PostState odd =
        new PostState("第1岗", at(121.305, 31.255), List.of("sanitation", "juggling"), false);

    assertThatThrownBy(() -> plans.stagePost(plan, "west", POST, 1, odd))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.UNKNOWN_DUTY);
              assertThat(e.args()).contains(POST, "juggling");
            });
    assertThat(plans.get(plan, "west").posts()).isEmpty();
  }

  @Test
  void anAdministratorsNewDutyTypeCanBeGiven() {
    TestDatabase.data().dutyTypes().put("elder_visits", "探访老人 Elder visits");
    long plan = plans.create("职责", "west");
    StoredPost now = posts.get(POST);

    plans.stagePost(
        plan,
        "west",
        POST,
        1,
        new PostState("第1岗", now.state().location(), List.of("elder_visits"), false));
    plans.publish(plan, "west", "新增职责");

    assertThat(posts.get(POST).state().dutyTypes()).containsExactly("elder_visits");
  }

  @Test
  void aRetiredPostLeavesTheMapKeepsItsHistoryAndARevertBringsItBack() {
    long plan = plans.create("撤岗", "west");
    PostState state = posts.get(POST).state();
    plans.stagePost(plan, "west", POST, 1, new PostState("改名岗", state.location(), PATROL, true));
    plans.publish(plan, "west", "撤岗");

    assertThat(posts.get(POST).state().retired()).isTrue();
    assertThat(postsOnTheMap()).doesNotContain(POST);
    PostHistory.PostEvent retired = history.of(POST).get(0);
    assertThat(retired.before().retired()).isFalse();
    assertThat(retired.after().name()).isEqualTo("改名岗");

    int version = history.revert(retired.id(), retired.afterVersion(), "west", "恢复");

    assertThat(posts.get(POST).version()).isEqualTo(version);
    assertThat(posts.get(POST).state()).isEqualTo(state);
    assertThat(postsOnTheMap()).contains(POST);
    assertThat(history.of(POST).get(0).reverts()).isEqualTo(retired.id());
  }

  @Test
  void aPostChangedSinceItWasStagedPublishesNothing() {
    long first = plans.create("甲", "west");
    long second = plans.create("乙", "west");
    PostState state = posts.get(POST).state();
    plans.stagePost(first, "west", POST, 1, new PostState("甲名", state.location(), PATROL, false));
    PostChange created =
        plans.createPost(first, "west", new PostState("新岗", at(121.302, 31.258), PATROL, false));
    plans.stagePost(second, "west", POST, 1, new PostState("乙名", state.location(), PATROL, false));
    plans.publish(second, "west", "乙先");

    assertThatThrownBy(() -> plans.publish(first, "west", "甲后")).isInstanceOf(PlanConflict.class);
    assertThat(posts.get(POST).state().name()).isEqualTo("乙名");
    assertThat(posts.find(created.code())).as("nothing of the plan").isEmpty();
  }

  @Test
  void aPlannerPublishesNoPostOutsideTheirCommittees() {
    long plan = plans.create("越界", "east");
    plans.createPost(plan, "east", new PostState("西岗", at(121.302, 31.258), PATROL, false));

    assertThatThrownBy(() -> plans.publish(plan, "east", "越界"))
        .isInstanceOfSatisfying(
            PlanNotAllowed.class,
            e -> assertThat(e.kind()).isEqualTo(PlanNotAllowed.Kind.OUT_OF_SCOPE));
    assertThat(jdbc.sql("SELECT count(*) FROM duty_post").query(Integer.class).single())
        .isEqualTo(2);
  }

  private List<String> postsOnTheMap() {
    return jdbc.sql("SELECT code FROM duty_post WHERE retired_at IS NULL")
        .query(String.class)
        .list();
  }

  private static Point at(double x, double y) {
    return PostStore.point(x, y);
  }
}
