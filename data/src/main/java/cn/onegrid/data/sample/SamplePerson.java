package cn.onegrid.data.sample;

/**
 * A made-up person: a grid leader or a party member on duty. Names end in （示例） and phone numbers
 * come from the obviously fake block 139000xxxxx.
 *
 * @param key unique within the dataset, {@code <committee code>-<3-digit seq>}; not stored
 * @param committeeCode the committee the person belongs to
 * @param name e.g. 张伟（示例）
 * @param phone 11 digits matching {@code ^1[3-9][0-9]{9}$}
 * @param role staff or party member
 */
public record SamplePerson(String key, String committeeCode, String name, String phone, Role role) {

  /** Roles, named as the schema's {@code person.role} values (lower case). */
  public enum Role {
    PARTY_MEMBER,
    STAFF
  }
}
