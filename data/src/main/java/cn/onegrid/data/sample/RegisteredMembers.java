package cn.onegrid.data.sample;

import static cn.onegrid.data.sample.UnnestInsert.Column.BIGINT;
import static cn.onegrid.data.sample.UnnestInsert.Column.TEXT;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Registered party members (报到党员) among the sample's party members: about one in three, chosen by
 * their key (the same ones at every load), each with a made-up home unit and a service project from
 * the town's usual ones. Marked illustrative like every sample person.
 */
final class RegisteredMembers {

  static final List<String> HOME_UNITS =
      List.of(
          "示例区卫生健康委员会（示例）",
          "示例区教育局（示例）",
          "示例街道社区卫生服务中心（示例）",
          "示例国有银行支行（示例）",
          "示例区税务局（示例）",
          "示例中学（示例）",
          "示例供电公司（示例）");

  static final List<String> SERVICE_PROJECTS =
      List.of("助老服务", "四点半课堂", "垃圾分类宣传", "义诊咨询", "法律咨询", "夜间平安巡逻");

  private RegisteredMembers() {}

  /** Whether the party member of this key is a registered member. */
  static boolean registered(SamplePerson p) {
    return p.role() == SamplePerson.Role.PARTY_MEMBER && Math.floorMod(p.key().hashCode(), 3) == 0;
  }

  static String homeUnit(SamplePerson p) {
    return HOME_UNITS.get(Math.floorMod(p.key().hashCode() / 3, HOME_UNITS.size()));
  }

  static String serviceProject(SamplePerson p) {
    return SERVICE_PROJECTS.get(Math.floorMod(p.key().hashCode() / 7, SERVICE_PROJECTS.size()));
  }

  /** Marks them in the database; how many. */
  static int mark(UnnestInsert db, List<SamplePerson> persons, Map<String, Long> ids)
      throws SQLException {
    List<SamplePerson> members = persons.stream().filter(RegisteredMembers::registered).toList();
    return db.insert(
        "register-members",
        List.of(BIGINT, TEXT, TEXT),
        members,
        p -> new Object[] {ids.get(p.key()), homeUnit(p), serviceProject(p)});
  }
}
