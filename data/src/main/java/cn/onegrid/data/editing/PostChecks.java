package cn.onegrid.data.editing;

import java.util.List;

/**
 * What a post's state must be before a plan holds it: a name, duties from the town's list, and a
 * location inside its own committee. Each refusal says which post and where.
 */
final class PostChecks {

  private final PostStore store;
  private final DutyTypes duties;
  private final PeopleChecks people;

  PostChecks(PostStore store, DutyTypes duties) {
    this.store = store;
    this.duties = duties;
    this.people = new PeopleChecks(store);
  }

  /**
   * @param code the post's code (a new post's proposed one)
   * @throws InvalidEdit naming the post and what is wrong
   */
  void check(String code, String committee, PostState state) {
    String name = state.name() == null ? "" : state.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidEdit(
          InvalidEdit.Kind.BAD_NAME,
          "Post " + code + ": a name is 1 to 100 characters",
          "editing.post-name",
          code);
    }
    if (state.dutyTypes().isEmpty()) {
      throw new InvalidEdit(
          InvalidEdit.Kind.UNKNOWN_DUTY,
          "Post " + code + " needs at least one duty",
          "editing.post-no-duty",
          code);
    }
    List<String> unknown = duties.unknown(state.dutyTypes());
    if (!unknown.isEmpty()) {
      throw new InvalidEdit(
          InvalidEdit.Kind.UNKNOWN_DUTY,
          "Post "
              + code
              + ": unknown duty types "
              + unknown
              + "; known are "
              + duties.all().keySet(),
          "editing.post-unknown-duty",
          code,
          String.join(", ", unknown),
          String.join(", ", duties.all().keySet()));
    }
    double x = state.location().getX();
    double y = state.location().getY();
    if (!store.inside(committee, state.location())) {
      String there = store.committeeAt(state.location().getCoordinate()).orElse("-");
      throw new InvalidEdit(
          InvalidEdit.Kind.OUTSIDE_COMMITTEE,
          "Post "
              + code
              + " at "
              + x
              + ", "
              + y
              + " lies outside its committee "
              + committee
              + " (the point is in committee "
              + there
              + ")",
          "editing.post-outside-committee",
          code,
          x,
          y,
          committee,
          there);
    }
    StoredPost stored = store.find(code).orElse(null);
    if (stored == null || !samePeople(stored.state(), state)) {
      people.check(code, committee, state);
    }
  }

  /**
   * People and week as published are not checked again: a rename of a post whose older data fall
   * short (a leader from another register, say) is not refused for what it does not change.
   */
  private static boolean samePeople(PostState a, PostState b) {
    return java.util.Objects.equals(a.leader(), b.leader())
        && a.members().equals(b.members())
        && a.slots().equals(b.slots());
  }
}
