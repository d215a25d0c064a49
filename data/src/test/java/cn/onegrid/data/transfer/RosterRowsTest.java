package cn.onegrid.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.transfer.RosterSheet.Line;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A roster file's rows as posts, and every error with its row and column. */
class RosterRowsTest {

  private static final String POST = "310114118009P01";

  private final List<RosterError> errors = new ArrayList<>();

  @Test
  void aPostsRowsMakeItsLeaderMembersAndWeek() {
    List<RosterPost> posts =
        RosterRows.posts(
            List.of(
                line(
                    2,
                    POST,
                    "张伟",
                    "13900000001",
                    "李娜 13900000002、王芳（13900000003）",
                    "周四",
                    "19:00",
                    "21:00",
                    "张伟、李娜"),
                line(3, POST, "", "", "", "5", "22:00", "24:00", "王芳")),
            errors);

    assertThat(errors).isEmpty();
    RosterPost post = posts.get(0);
    RosterPerson zhang = new RosterPerson("张伟", "13900000001");
    RosterPerson li = new RosterPerson("李娜", "13900000002");
    RosterPerson wang = new RosterPerson("王芳", "13900000003");
    assertThat(post.leader()).isEqualTo(zhang);
    assertThat(post.people()).containsExactly(zhang, li, wang);
    assertThat(post.slots())
        .containsExactly(
            new RosterPost.Slot(2, 4, 19 * 60, 21 * 60, List.of(zhang, li)),
            new RosterPost.Slot(3, 5, 22 * 60, 1440, List.of(wang)));
  }

  @Test
  void aSlotWithoutServersIsServedByEveryone() {
    List<RosterPost> posts =
        RosterRows.posts(
            List.of(line(2, POST, "张伟", "", "李娜", "星期日", "8:00", "10:00", "")), errors);

    assertThat(errors).isEmpty();
    assertThat(posts.get(0).slots().get(0).weekday()).isEqualTo(7);
    assertThat(posts.get(0).slots().get(0).servers())
        .containsExactly(new RosterPerson("张伟", null), new RosterPerson("李娜", null));
  }

  @Test
  void everyBadCellIsNamedByRowAndColumn() {
    RosterRows.posts(
        List.of(
            line(2, "31011411800P1", "", "", "", "", "", "", ""),
            line(3, POST, "张伟", "12345", "", "周八", "25:00", "", ""),
            line(4, POST, "", "", "赵六 138", "1", "10:00", "09:00", ""),
            line(5, POST, "", "", "", "2", "10:00", "12:00", "孙七")),
        errors);

    assertThat(errors)
        .extracting(e -> e.row() + " " + e.column() + " " + e.key())
        .containsExactlyInAnyOrder(
            "2 岗位编号 transfer.roster.post-format",
            "3 组长 transfer.roster.phone",
            "3 星期 transfer.roster.weekday",
            "3 开始时间 transfer.roster.time",
            "3 结束时间 transfer.roster.time-missing",
            "4 成员 transfer.roster.phone",
            "4 结束时间 transfer.roster.end-before-start",
            "5 值守人员 transfer.roster.server-unknown");
  }

  @Test
  void twoLeadersForOnePostAreRefusedOnTheSecondRow() {
    RosterRows.posts(
        List.of(
            line(2, POST, "张伟", "", "", "", "", "", ""),
            line(3, POST, "李娜", "", "", "", "", "", "")),
        errors);

    assertThat(errors)
        .containsExactly(new RosterError(3, "组长", "transfer.roster.two-leaders", POST, "张伟", "李娜"));
  }

  @Test
  void someoneInTwoOverlappingSlotsIsRefused() {
    RosterRows.posts(
        List.of(
            line(2, POST, "张伟", "", "", "1", "08:00", "10:00", ""),
            line(3, POST, "", "", "", "1", "09:00", "11:00", "张伟"),
            line(4, POST, "", "", "", "1", "08:00", "09:00", "")),
        errors);

    assertThat(errors)
        .extracting(e -> e.row() + " " + e.column() + " " + e.key())
        .containsExactly(
            "3 值守人员 transfer.roster.person-twice", "4 开始时间 transfer.roster.slot-twice");
  }

  @Test
  void namesakesInAPostMustBeToldApartByPhone() {
    RosterRows.posts(
        List.of(
            line(2, POST, "", "", "张伟 13900000001、张伟 13900000009", "1", "08:00", "10:00", "张伟")),
        errors);

    assertThat(errors)
        .containsExactly(new RosterError(2, "值守人员", "transfer.roster.server-ambiguous", "张伟"));
  }

  private static Line line(int row, String... cells) {
    Map<RosterColumn, String> map = new EnumMap<>(RosterColumn.class);
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        map.put(RosterColumn.values()[i], cells[i]);
      }
    }
    return new Line(row, map);
  }
}
