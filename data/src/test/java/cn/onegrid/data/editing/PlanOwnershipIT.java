package cn.onegrid.data.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** A draft is its author's and the planners' it is shared with; publishing checks scope. */
class PlanOwnershipIT {

  private static final String POST = "310114118009P01"; // committee 310114118009
  private static final String COMMITTEE = "310114118009";
  private static final String OTHER_COMMITTEE = "310114118203";
  private static final Editable AREAS = Editable.of("duty-post-areas");

  private final Plans plans = TestDatabase.data().plans();
  private final AccountRepository accounts = TestDatabase.data().accounts();
  private final AreaEditor editor = TestDatabase.data().areaEditor();

  @BeforeEach
  void twoCommitteesAndTheirPlanners() {
    TwoCommittees.load();
    planner("author", List.of(COMMITTEE));
    planner("other", List.of(OTHER_COMMITTEE));
    planner("colleague", List.of());
  }

  @Test
  void anotherPlannerNeitherSeesNorTouchesMyDraft() {
    long plan = plans.create("我的方案", "author");
    plans.stage(plan, "author", AREAS, POST, 1, box());

    assertThat(plans.drafts("other")).isEmpty();
    assertThat(plans.drafts("author")).extracting(Plans.Plan::id).containsExactly(plan);
    assertThatThrownBy(() -> plans.get(plan, "other")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> plans.stage(plan, "other", AREAS, POST, 1, box()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> plans.unstage(plan, "other", AREAS, POST))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> plans.discard(plan, "other")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> plans.publish(plan, "other", "抢先")).isInstanceOf(NotFound.class);

    assertThat(plans.get(plan, "author").state()).isEqualTo("draft");
    assertThat(plans.get(plan, "author").changes()).hasSize(1);
    assertThat(editor.find(AREAS, POST).version()).isEqualTo(1);
  }

  @Test
  void aSharedPlannerSeesAndChangesItUntilUnshared() {
    long plan = plans.create("合作方案", "author");
    plans.share(plan, "author", "colleague");

    assertThat(plans.drafts("colleague")).extracting(Plans.Plan::id).containsExactly(plan);
    assertThat(plans.get(plan, "author").sharedWith()).containsExactly("colleague");
    plans.stage(plan, "colleague", AREAS, POST, 1, box());
    assertThat(plans.get(plan, "author").changes()).hasSize(1);
    assertThatThrownBy(() -> plans.share(plan, "colleague", "other"))
        .isInstanceOfSatisfying(
            PlanNotAllowed.class,
            e -> assertThat(e.kind()).isEqualTo(PlanNotAllowed.Kind.NOT_THE_AUTHOR));

    plans.unshare(plan, "author", "colleague");
    assertThat(plans.drafts("colleague")).isEmpty();
    assertThatThrownBy(() -> plans.get(plan, "colleague")).isInstanceOf(NotFound.class);
  }

  @Test
  void onlyPlannersGetAShare() {
    long plan = plans.create("方案", "author");
    accounts.create(new NewAccount("staff1", "工作人员", "-", Role.STAFF, List.of(), false));
    for (String nobody : List.of("staff1", "ghost")) {
      assertThatThrownBy(() -> plans.share(plan, "author", nobody))
          .isInstanceOfSatisfying(
              PlanNotAllowed.class,
              e -> assertThat(e.kind()).isEqualTo(PlanNotAllowed.Kind.NOT_A_PLANNER));
    }
    assertThat(plans.get(plan, "author").sharedWith()).isEmpty();
  }

  @Test
  void aPublisherWhoseScopeNoLongerCoversAChangePublishesNothing() {
    long plan = plans.create("方案", "author");
    plans.stage(plan, "author", AREAS, POST, 1, box());
    Account author = accounts.byUsername("author").orElseThrow();
    accounts.update(
        author.id(), author.displayName(), Role.PLANNER, List.of(OTHER_COMMITTEE), true);

    assertThatThrownBy(() -> plans.publish(plan, "author", "调整"))
        .isInstanceOfSatisfying(
            PlanNotAllowed.class,
            e -> assertThat(e.kind()).isEqualTo(PlanNotAllowed.Kind.OUT_OF_SCOPE))
        .hasMessageContaining(COMMITTEE);
    assertThat(editor.find(AREAS, POST).version()).as("nothing published").isEqualTo(1);
    assertThat(plans.get(plan, "author").state()).isEqualTo("draft");
  }

  private void planner(String username, List<String> committees) {
    accounts.create(new NewAccount(username, username, "-", Role.PLANNER, committees, false));
  }

  private static Geometry box() {
    return new GeometryFactory(new PrecisionModel(), 4326)
        .toGeometry(new Envelope(121.301, 121.304, 31.251, 31.254));
  }
}
