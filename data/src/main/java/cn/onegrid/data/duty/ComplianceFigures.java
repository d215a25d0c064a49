package cn.onegrid.data.duty;

/**
 * How one area (the town, a committee, a post) keeps the month's rules.
 *
 * @param members members of its posts
 * @param compliant members with at least the least number of duties
 * @param atZero members with no duty kept yet
 * @param duties duties that count: unflagged or confirmed
 * @param groups featured party groups ({@code 0} for a post)
 * @param groupsCompliant groups with at least the least number of activities
 * @param points assessment points: duties and activities
 */
public record ComplianceFigures(
    String code,
    String name,
    int members,
    int compliant,
    int atZero,
    int duties,
    int groups,
    int groupsCompliant,
    int points) {

  /** The share of members who keep the rule, 0–1 (1 when there is nobody to keep it). */
  public double rate() {
    return members == 0 ? 1 : (double) compliant / members;
  }
}
