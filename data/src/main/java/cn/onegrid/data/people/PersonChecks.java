package cn.onegrid.data.people;

import cn.onegrid.data.editing.InvalidEdit;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person's details must be; each refusal says which field and why. */
final class PersonChecks {

  static final Set<String> KINDS = Set.of("party_member", "volunteer", "staff");
  private static final Pattern MOBILE = Pattern.compile("^1[3-9][0-9]{9}$");

  private PersonChecks() {}

  /**
   * @param d complete details (no nulls but phone, home unit, service project)
   */
  static void check(PersonDetails d) {
    String name = d.name() == null ? "" : d.name().strip();
    if (name.isEmpty() || name.length() > 50) {
      throw refused("A person's name is 1 to 50 characters", "people.name");
    }
    if (d.phone() != null && !MOBILE.matcher(d.phone()).matches()) {
      throw refused("Not a mainland mobile number: " + d.phone(), "people.phone", d.phone());
    }
    if (d.kind() == null || !KINDS.contains(d.kind())) {
      throw refused("No kind of person " + d.kind(), "people.kind", String.valueOf(d.kind()));
    }
    if (d.registered() && !d.kind().equals("party_member")) {
      throw refused("Only a party member registers", "people.registered-kind", d.kind());
    }
    if (!d.registered() && (d.homeUnit() != null || d.serviceProject() != null)) {
      throw refused(
          "A home unit or service project is a registered member's", "people.not-registered");
    }
    for (String text : new String[] {d.homeUnit(), d.serviceProject()}) {
      if (text != null && text.length() > 100) {
        throw refused("A home unit or service project is up to 100 characters", "people.text");
      }
    }
  }

  private static InvalidEdit refused(String message, String key, Object... args) {
    return new InvalidEdit(InvalidEdit.Kind.BAD_PERSON, message, key, args);
  }
}
