package cn.onegrid.data.editing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a post's people and week must be before a plan holds them: slots that are slots, a leader
 * and servers who are members, members from the committee's register, nobody in two of the post's
 * slots at once. Each refusal names the post and the slot or person.
 */
final class PeopleChecks {

  private final PostStore store;

  PeopleChecks(PostStore store) {
    this.store = store;
  }

  void check(String code, String committee, PostState state) {
    for (PostSlot slot : state.slots()) {
      checkSlot(code, slot);
    }
    Set<Long> everyone = new LinkedHashSet<>(state.members());
    if (state.leader() != null) {
      everyone.add(state.leader());
    }
    state.slots().forEach(s -> everyone.addAll(s.people()));
    List<Long> unknown = store.notInRegister(committee, everyone);
    if (!unknown.isEmpty()) {
      throw new InvalidEdit(
          InvalidEdit.Kind.UNKNOWN_PERSON,
          "Post " + code + ": persons " + unknown + " are not in committee " + committee,
          "editing.unknown-person",
          code,
          unknown.toString(),
          committee);
    }
    if (state.leader() != null && !state.members().contains(state.leader())) {
      throw new InvalidEdit(
          InvalidEdit.Kind.NOT_A_MEMBER,
          "Post " + code + ": leader " + state.leader() + " is not a member",
          "editing.leader-not-member",
          code,
          state.leader());
    }
    for (PostSlot slot : state.slots()) {
      for (Long person : slot.people()) {
        if (!state.members().contains(person)) {
          throw new InvalidEdit(
              InvalidEdit.Kind.NOT_A_MEMBER,
              "Post " + code + ": person " + person + " serves " + slot.label() + " unlisted",
              "editing.slot-not-member",
              code,
              person,
              slot.weekday(),
              PostSlot.time(slot.start()),
              PostSlot.time(slot.end()));
        }
      }
    }
    checkOverlaps(code, state.slots());
  }

  private static void checkSlot(String code, PostSlot slot) {
    if (slot.weekday() < 1
        || slot.weekday() > 7
        || slot.start() < 0
        || slot.start() >= 1440
        || slot.end() <= 0
        || slot.end() > 1440) {
      throw new InvalidEdit(
          InvalidEdit.Kind.BAD_SLOT,
          "Post " + code + ": no such slot " + slot,
          "editing.slot-time",
          code,
          slot.weekday(),
          PostSlot.time(slot.start()),
          PostSlot.time(slot.end()));
    }
    if (slot.end() <= slot.start()) {
      throw new InvalidEdit(
          InvalidEdit.Kind.BAD_SLOT,
          "Post " + code + ": slot " + slot.label() + " ends before it starts",
          "editing.slot-order",
          code,
          slot.weekday(),
          PostSlot.time(slot.start()),
          PostSlot.time(slot.end()));
    }
  }

  /** Slots are sorted by weekday and start, so each is compared with those after it that day. */
  private static void checkOverlaps(String code, List<PostSlot> slots) {
    for (int i = 0; i < slots.size(); i++) {
      PostSlot a = slots.get(i);
      for (int j = i + 1; j < slots.size() && slots.get(j).weekday() == a.weekday(); j++) {
        PostSlot b = slots.get(j);
        if (a.start() == b.start()) {
          throw new InvalidEdit(
              InvalidEdit.Kind.BAD_SLOT,
              "Post " + code + ": two slots start at " + a.label(),
              "editing.slot-duplicate",
              code,
              a.weekday(),
              PostSlot.time(a.start()));
        }
        if (a.overlaps(b)) {
          for (Long person : a.people()) {
            if (b.people().contains(person)) {
              throw new InvalidEdit(
                  InvalidEdit.Kind.PERSON_TWICE,
                  "Post " + code + ": person " + person + " in " + a.label() + " and " + b.label(),
                  "editing.person-two-slots",
                  code,
                  person,
                  a.weekday(),
                  PostSlot.time(a.start()) + "–" + PostSlot.time(a.end()),
                  PostSlot.time(b.start()) + "–" + PostSlot.time(b.end()));
            }
          }
        }
      }
    }
  }
}
