package cn.onegrid.data.duty;

/**
 * The town's rules for the duty record book.
 *
 * @param minDutiesPerMember the least duties a member of a post records in a month (2)
 * @param minActivitiesPerGroup the least activities a featured party group holds in a month (1)
 * @param pointsPerDuty assessment points per duty kept (not rejected)
 * @param pointsPerActivity assessment points per party group activity
 */
public record DutyRules(
    int minDutiesPerMember, int minActivitiesPerGroup, int pointsPerDuty, int pointsPerActivity) {

  public DutyRules {
    if (minDutiesPerMember < 0
        || minActivitiesPerGroup < 0
        || pointsPerDuty < 0
        || pointsPerActivity < 0) {
      throw new IllegalArgumentException("duty rules are counts and points, never negative");
    }
  }

  public static DutyRules defaults() {
    return new DutyRules(2, 1, 2, 5);
  }
}
