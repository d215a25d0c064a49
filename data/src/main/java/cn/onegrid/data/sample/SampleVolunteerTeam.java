package cn.onegrid.data.sample;

/**
 * A volunteer team or featured party group of a committee.
 *
 * @param committeeCode the committee
 * @param name made up, ends in （示例）
 * @param interest one of 智力, 健身, 文艺, 创业, 手工
 * @param memberCount number of members, positive
 */
public record SampleVolunteerTeam(
    String committeeCode, String name, String interest, int memberCount) {}
