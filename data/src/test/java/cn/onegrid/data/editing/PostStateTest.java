package cn.onegrid.data.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostStateTest {

  private static final PostState POST =
      new PostState(
          "第1岗",
          PostStore.point(121.305, 31.255),
          List.of("sanitation"),
          false,
          1L,
          List.of(3L, 1L, 2L),
          List.of(
              new PostSlot(5, 1320, 1440, List.of(3L)),
              new PostSlot(5, 1200, 1320, List.of(2L, 1L))));

  @Test
  void membersAndSlotsAreKeptInOrder() {
    assertThat(POST.members()).containsExactly(1L, 2L, 3L);
    assertThat(POST.slots()).extracting(PostSlot::start).containsExactly(1200, 1320);
    assertThat(POST.slots().get(0).people()).containsExactly(1L, 2L);
  }

  @Test
  void someoneWhoStopsBeingAMemberLeavesTheSlotsToo() {
    PostState after = POST.withPeople(1L, List.of(1L, 2L));

    assertThat(after.slots().get(0).people()).containsExactly(1L, 2L);
    assertThat(after.slots().get(1).people()).as("a slot with nobody, flagged later").isEmpty();
  }

  @Test
  void aSlotIsKeptAsTextAndReadBack() {
    PostSlot slot = new PostSlot(7, 0, 120, List.of(12L, 5L));

    assertThat(slot.encoded()).isEqualTo("7:0:120:5,12");
    assertThat(PostSlot.decoded(slot.encoded())).isEqualTo(slot);
    assertThat(PostSlot.decoded("1:600:720:")).isEqualTo(new PostSlot(1, 600, 720, List.of()));
  }

  @Test
  void slotsOverlapOnlyOnTheSameDayAndSharingAMinute() {
    PostSlot evening = new PostSlot(5, 1200, 1320, List.of());

    assertThat(evening.overlaps(new PostSlot(5, 1260, 1380, List.of()))).isTrue();
    assertThat(evening.overlaps(new PostSlot(5, 1320, 1440, List.of()))).isFalse();
    assertThat(evening.overlaps(new PostSlot(4, 1200, 1320, List.of()))).isFalse();
  }
}
