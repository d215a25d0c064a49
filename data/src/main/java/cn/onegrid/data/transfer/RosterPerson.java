package cn.onegrid.data.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as a roster file names them: a name and, to tell namesakes apart and to match the
 * register, a mainland mobile number (null when not given).
 */
public record RosterPerson(String name, String phone) {

  static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]+");
  private static final Pattern ENTRY =
      Pattern.compile("^(.*?)(?:[\\s(（:：/]*([0-9+][0-9 -]*)[)）]?)?$");

  public RosterPerson {
    Objects.requireNonNull(name, "name");
  }

  /** "张伟 13900000001", or the name alone. */
  public String label() {
    return phone == null ? name : name + " " + phone;
  }

  /**
   * The people of a cell such as {@code 李娜 13900000002、王芳（13900000003）}: entries separated by 、 , ;
   * or new lines, each a name and an optional phone.
   */
  static List<RosterPerson> list(
      String cell, int row, RosterColumn column, List<RosterError> errors) {
    List<RosterPerson> people = new ArrayList<>();
    for (String entry : SEPARATORS.split(cell)) {
      if (!entry.isBlank()) {
        Matcher m = ENTRY.matcher(entry.strip());
        m.matches(); // every text matches: the phone is optional
        of(m.group(1), m.group(2), row, column, errors, entry.strip()).ifPresent(people::add);
      }
    }
    return people;
  }

  /** One person from a name and a phone cell (either may be blank), or an error. */
  static java.util.Optional<RosterPerson> of(
      String name,
      String phone,
      int row,
      RosterColumn column,
      List<RosterError> errors,
      String as) {
    String n = name == null ? "" : name.strip();
    String p = phone == null ? "" : phone.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
    if (n.isEmpty() || n.length() > 50) {
      errors.add(RosterError.at(row, column, "transfer.roster.name", as));
    } else if (n.chars().anyMatch(Character::isDigit)) {
      errors.add(RosterError.at(row, column, "transfer.roster.name-digits", as));
    } else if (!p.isEmpty() && !MOBILE.matcher(p).matches()) {
      errors.add(RosterError.at(row, column, "transfer.roster.phone", as));
    } else {
      return java.util.Optional.of(new RosterPerson(n, p.isEmpty() ? null : p));
    }
    return java.util.Optional.empty();
  }
}
