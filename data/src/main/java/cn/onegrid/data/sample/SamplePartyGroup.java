package cn.onegrid.data.sample;

import java.util.List;

/**
 * A made-up featured party group (特色型党小组) of a committee's party members.
 *
 * @param committeeCode the committee
 * @param name e.g. 金华社区健身特色党小组（示例）
 * @param speciality what its members do together
 * @param memberKeys party members of the committee ({@link SamplePerson#key()}), each in one group
 */
public record SamplePartyGroup(
    String committeeCode, String name, Speciality speciality, List<String> memberKeys) {

  public SamplePartyGroup {
    memberKeys = List.copyOf(memberKeys);
  }

  /** Specialities, named as the schema's {@code party_group.speciality} values (lower case). */
  public enum Speciality {
    INTELLECT("智力"),
    FITNESS("健身"),
    ARTS("文艺"),
    ENTERPRISE("创业"),
    HANDICRAFT("手工");

    private final String chinese;

    Speciality(String chinese) {
      this.chinese = chinese;
    }

    /** As a group's name says it: 智力, 健身, 文艺, 创业, 手工. */
    public String chinese() {
      return chinese;
    }
  }
}
