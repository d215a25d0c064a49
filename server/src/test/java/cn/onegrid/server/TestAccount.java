package cn.onegrid.server;

import cn.onegrid.data.accounts.Role;
import java.util.List;

/**
 * The accounts every API test has (made afresh before each test, all with {@link #PASSWORD}): one
 * per role, the staff member and the committee planner in 金华社区 (310114118009).
 */
public enum TestAccount {
  LEADER("leader.zhao", Role.LEADER, List.of()),
  PLANNER("planner.qian", Role.PLANNER, List.of()),
  COMMITTEE_PLANNER("planner.jinhua", Role.PLANNER, List.of("310114118009")),
  STAFF("staff.sun", Role.STAFF, List.of("310114118009")),
  ADMIN("admin.li", Role.ADMIN, List.of()),
  /** 李娜（示例）, who serves 金华's post (ApiTest links the account to her). */
  MEMBER("member.li", Role.MEMBER, List.of());

  public static final String PASSWORD = "test-password-1";

  public final String username;
  public final Role role;
  public final List<String> committees;

  TestAccount(String username, Role role, List<String> committees) {
    this.username = username;
    this.role = role;
    this.committees = committees;
  }
}
