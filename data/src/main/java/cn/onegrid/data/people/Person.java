package cn.onegrid.data.people;

import java.util.List;

/**
 * One person of a committee's register, as a reader may see them.
 *
 * @param phone whole or masked ({@code 138****1234}) as the reader may see it; null for none
 * @param kind {@code party_member}, {@code volunteer} or {@code staff}
 * @param registered a registered party member (报到党员), the only kind with a home unit and a service
 *     project
 * @param posts codes of the posts (not retired) they are a member of
 * @param slots how many weekly slots they serve
 * @param left marked as having left the register (kept, never deleted)
 * @param partyGroup their party group's id, or null
 * @param partyGroupName its name, or null
 */
public record Person(
    long id,
    String committee,
    String name,
    String phone,
    String kind,
    boolean registered,
    String homeUnit,
    String serviceProject,
    boolean illustrative,
    int version,
    List<String> posts,
    int slots,
    boolean left,
    Long partyGroup,
    String partyGroupName) {

  public Person {
    posts = List.copyOf(posts);
  }
}
