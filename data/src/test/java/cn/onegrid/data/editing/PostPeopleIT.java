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
import org.springframework.jdbc.core.simple.JdbcClient;

/** A post's leader, members and week go through plans as its place does, checked when staged. */
class PostPeopleIT {

  private static final String COMMITTEE = "310114118009";
  private static final String POST = COMMITTEE + "P01";

  private final Plans plans = TestDatabase.data().plans();
  private final PostStore posts = TestDatabase.data().posts();
  private final PostHistory history = TestDatabase.data().postHistory();
  private final AccountRepository accounts = TestDatabase.data().accounts();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  private long zhang;
  private long li;
  private long wang;

  @BeforeEach
  void westWithThreePeople() {
    TwoCommittees.load();
    accounts.create(new NewAccount("west", "west", "-", Role.PLANNER, List.of(COMMITTEE), false));
    zhang = person("张伟（示例）");
    li = person("李娜（示例）");
    wang = person("王芳（示例）");
  }

  @Test
  void storedPostsCarryTheirLeaderMembersAndWeek() {
    PostState state = posts.get(POST).state();

    assertThat(state.leader()).isEqualTo(zhang);
    assertThat(state.members()).containsExactly(zhang, li, wang);
    assertThat(state.slots())
        .containsExactly(
            new PostSlot(1, 8 * 60, 10 * 60, List.of(wang)),
            new PostSlot(4, 19 * 60, 21 * 60, List.of(zhang, li)));
  }

  @Test
  void peopleAndSlotsArePublishedAtOnceAndARevertPutsThemBack() {
    PostState before = posts.get(POST).state();
    long plan = plans.create("夜巡", "west");
    PostState after =
        before
            .withPeople(li, List.of(li, wang))
            .withSlots(
                List.of(
                    new PostSlot(5, 20 * 60, 22 * 60, List.of(li, wang)),
                    new PostSlot(5, 22 * 60, 1440, List.of(wang))));
    plans.stagePost(plan, "west", POST, 1, after);

    assertThat(posts.get(POST).state()).as("a draft stores nothing").isEqualTo(before);
    assertThat(plans.post(plan, "west", POST).state()).isEqualTo(after);

    plans.publish(plan, "west", "周五夜巡");

    assertThat(posts.get(POST).state()).isEqualTo(after);
    assertThat(slotRows())
        .as("the slots as rows, midnight as 00:00")
        .containsExactly("5 20:00:00-22:00:00", "5 22:00:00-00:00:00");
    PostHistory.PostEvent change = history.of(POST).get(0);
    assertThat(change.before()).isEqualTo(before);
    assertThat(change.after()).isEqualTo(after);

    history.revert(change.id(), change.afterVersion(), "west", "恢复");

    assertThat(posts.get(POST).state()).isEqualTo(before);
  }

  @Test
  void aLeaderWhoIsNotAMemberIsRefusedAndNothingStored() {
    long plan = plans.create("组长", "west");
    PostState state = posts.get(POST).state().withPeople(wang, List.of(zhang, li));

    assertThatThrownBy(() -> plans.stagePost(plan, "west", POST, 1, state))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.NOT_A_MEMBER);
              assertThat(e.key()).isEqualTo("editing.leader-not-member");
              assertThat(e.args()).containsExactly(POST, String.valueOf(wang));
            });
    assertThat(plans.get(plan, "west").posts()).isEmpty();
  }

  @Test
  void aSlotEndingBeforeItStartsIsRefusedSayingWhen() {
    long plan = plans.create("时段", "west");
    PostState state =
        posts.get(POST).state().withSlots(List.of(new PostSlot(5, 22 * 60, 20 * 60, List.of())));

    assertThatThrownBy(() -> plans.stagePost(plan, "west", POST, 1, state))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.key()).isEqualTo("editing.slot-order");
              assertThat(e.args()).containsExactly(POST, "5", "22:00", "20:00");
            });
    assertThat(plans.get(plan, "west").posts()).isEmpty();
  }

  @Test
  void someoneFromAnotherRegisterOrNobodyIsAnUnknownPerson() {
    long stranger =
        jdbc.sql(
                "INSERT INTO person (committee_id, name, role) SELECT id, '外村人', 'volunteer'"
                    + " FROM committee WHERE code = '310114118203' RETURNING id")
            .query(Long.class)
            .single();
    long plan = plans.create("成员", "west");
    PostState state = posts.get(POST).state().withPeople(zhang, List.of(zhang, stranger, 999_999L));

    assertThatThrownBy(() -> plans.stagePost(plan, "west", POST, 1, state))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.UNKNOWN_PERSON);
              assertThat(e.args())
                  .containsExactly(POST, List.of(stranger, 999_999L).toString(), COMMITTEE);
            });
  }

  @Test
  void onePersonInTwoOverlappingSlotsOfThePostIsRefused() {
    long plan = plans.create("重叠", "west");
    PostState state =
        posts
            .get(POST)
            .state()
            .withSlots(
                List.of(
                    new PostSlot(5, 20 * 60, 22 * 60, List.of(li)),
                    new PostSlot(5, 21 * 60, 23 * 60, List.of(li, wang))));

    assertThatThrownBy(() -> plans.stagePost(plan, "west", POST, 1, state))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.PERSON_TWICE);
              assertThat(e.args())
                  .containsExactly(POST, String.valueOf(li), "5", "20:00–22:00", "21:00–23:00");
            });
  }

  @Test
  void someoneServingASlotMustBeAMember() {
    long plan = plans.create("非成员", "west");
    PostState state =
        posts
            .get(POST)
            .state()
            .withPeople(zhang, List.of(zhang))
            .withSlots(List.of(new PostSlot(5, 20 * 60, 22 * 60, List.of(li))));

    assertThatThrownBy(() -> plans.stagePost(plan, "west", POST, 1, state))
        .isInstanceOfSatisfying(
            InvalidEdit.class, e -> assertThat(e.key()).isEqualTo("editing.slot-not-member"));
  }

  private List<String> slotRows() {
    return jdbc.sql(
            "SELECT s.weekday || ' ' || s.starts_at || '-' || s.ends_at FROM duty_slot s"
                + " JOIN duty_post d ON d.id = s.post_id WHERE d.code = :code"
                + " ORDER BY s.weekday, s.starts_at")
        .param("code", POST)
        .query(String.class)
        .list();
  }

  private long person(String name) {
    return jdbc.sql("SELECT id FROM person WHERE name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }
}
