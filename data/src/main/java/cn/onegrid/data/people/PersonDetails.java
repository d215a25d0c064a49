package cn.onegrid.data.people;

/**
 * What a planner says of a person; on an update, a null field stays as it is and an empty text
 * clears the phone, home unit or service project.
 */
public record PersonDetails(
    String name,
    String phone,
    String kind,
    Boolean registered,
    String homeUnit,
    String serviceProject) {

  /** These details over {@code was}'s (nulls keep, empty texts clear). */
  PersonDetails over(Person was) {
    return new PersonDetails(
        name == null ? was.name() : name,
        phone == null ? was.phone() : blankAsNull(phone),
        kind == null ? was.kind() : kind,
        registered == null ? was.registered() : registered,
        homeUnit == null ? was.homeUnit() : blankAsNull(homeUnit),
        serviceProject == null ? was.serviceProject() : blankAsNull(serviceProject));
  }

  /** For a new person: absent is none, not registered. */
  PersonDetails complete() {
    return new PersonDetails(
        name,
        blankAsNull(phone),
        kind,
        registered != null && registered,
        blankAsNull(homeUnit),
        blankAsNull(serviceProject));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
