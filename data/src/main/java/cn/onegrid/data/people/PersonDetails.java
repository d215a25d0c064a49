package cn.onegrid.data.people;

/**
 * What a planner says of a person; on an update, a null field stays as it is and an empty text
 * clears the phone, home unit, service project or party group.
 *
 * @param left whether they have left the register (people are marked, never deleted)
 * @param partyGroup the id of their party group (of their committee), as text
 */
public record PersonDetails(
    String name,
    String phone,
    String kind,
    Boolean registered,
    String homeUnit,
    String serviceProject,
    Boolean left,
    String partyGroup) {

  /** Nothing said: an update that changes nothing. */
  public static final PersonDetails NONE =
      new PersonDetails(null, null, null, null, null, null, null, null);

  /** These details over {@code was}'s (nulls keep, empty texts clear). */
  PersonDetails over(Person was) {
    return new PersonDetails(
        name == null ? was.name() : name,
        phone == null ? was.phone() : blankAsNull(phone),
        kind == null ? was.kind() : kind,
        registered == null ? was.registered() : registered,
        homeUnit == null ? was.homeUnit() : blankAsNull(homeUnit),
        serviceProject == null ? was.serviceProject() : blankAsNull(serviceProject),
        left == null ? was.left() : left,
        partyGroup == null
            ? (was.partyGroup() == null ? null : was.partyGroup().toString())
            : blankAsNull(partyGroup));
  }

  /** For a new person: absent is none, not registered. */
  PersonDetails complete() {
    return new PersonDetails(
        name,
        blankAsNull(phone),
        kind,
        registered != null && registered,
        blankAsNull(homeUnit),
        blankAsNull(serviceProject),
        left != null && left,
        blankAsNull(partyGroup));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
