package cn.onegrid.data.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A plan's people before and after, and the flags a planner sees before publishing. */
class RosterPreviewIT {

  private static final String COMMITTEE = "310114118009";
  private static final String POST = COMMITTEE + "P01";
  private static final List<String> PATROL = List.of("security_fire_patrol");
  private static final RosterPreview.Limits LIMITS = new RosterPreview.Limits(1, 2);

  private final Plans plans = TestDatabase.data().plans();
  private final PostStore posts = TestDatabase.data().posts();
  private final RosterPreview preview = TestDatabase.data().rosterPreview();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  private long zhang;
  private long li;
  private long wang;

  @BeforeEach
  void west() {
    TwoCommittees.load();
    TestDatabase.data()
        .accounts()
        .create(new NewAccount("west", "west", "-", Role.PLANNER, List.of(COMMITTEE), false));
    zhang = person("张伟（示例）");
    li = person("李娜（示例）");
    wang = person("王芳（示例）");
  }

  @Test
  void aNewPostSharingSomeoneAtTheSameTimeIsFlaggedAndCounted() {
    long plan = plans.create("新岗", "west");
    PostChange created =
        plans.createPost(
            plan, "west", new PostState("新岗", PostStore.point(121.302, 31.258), PATROL, false));
    PostState week =
        created
            .state()
            .withPeople(li, List.of(li))
            .withSlots(
                List.of(
                    new PostSlot(4, 20 * 60, 22 * 60, List.of(li)),
                    new PostSlot(5, 20 * 60, 22 * 60, List.of())));
    plans.stagePost(plan, "west", created.code(), 0, week);

    RosterPreview.CommitteePeople people =
        preview.of(plans.get(plan, "west").posts(), LIMITS).get(0);

    assertThat(people.before().membersPerPost()).containsExactly(java.util.Map.entry(POST, 3));
    assertThat(people.after().membersPerPost()).containsEntry(created.code(), 1);
    assertThat(people.after().slotsPerMember()).containsEntry(li, 2);
    assertThat(people.flags())
        .extracting(RosterFlags.Flag::kind)
        .containsExactlyInAnyOrder("empty-slot", "double-booked", "too-many-posts");
    RosterFlags.Flag twice =
        people.flags().stream().filter(f -> f.kind().equals("double-booked")).findFirst().get();
    assertThat(twice.person()).isEqualTo(li);
    assertThat(twice.personName()).isEqualTo("李娜（示例）");
    assertThat(twice.posts()).containsExactly(POST, created.code());
    assertThat(List.of(twice.weekday(), twice.start(), twice.end()))
        .as("the overlap of Thursday 19–21 and 20–22")
        .containsExactly(4, "20:00", "21:00");
  }

  @Test
  void someoneServingMoreSlotsThanTheLimitIsFlagged() {
    long plan = plans.create("多班", "west");
    PostState state =
        posts
            .get(POST)
            .state()
            .withSlots(
                List.of(
                    new PostSlot(1, 8 * 60, 10 * 60, List.of(wang)),
                    new PostSlot(2, 8 * 60, 10 * 60, List.of(wang)),
                    new PostSlot(3, 8 * 60, 10 * 60, List.of(wang, zhang))));
    plans.stagePost(plan, "west", POST, 1, state);

    List<RosterFlags.Flag> flags =
        preview.of(plans.get(plan, "west").posts(), LIMITS).get(0).flags();

    assertThat(flags)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("too-many-slots");
              assertThat(f.person()).isEqualTo(wang);
              assertThat(f.count()).isEqualTo(3);
              assertThat(f.limit()).isEqualTo(2);
            });
  }

  @Test
  void aRetiredPostLeavesTheCountsAndItsPeopleUnflagged() {
    long plan = plans.create("撤岗", "west");
    plans.stagePost(plan, "west", POST, 1, posts.get(POST).state().retire(true));

    RosterPreview.CommitteePeople people =
        preview.of(plans.get(plan, "west").posts(), LIMITS).get(0);

    assertThat(people.after().membersPerPost()).isEmpty();
    assertThat(people.flags()).isEmpty();
  }

  private long person(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }
}
