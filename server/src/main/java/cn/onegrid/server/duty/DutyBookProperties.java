package cn.onegrid.server.duty;

import cn.onegrid.data.duty.DutyRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The town's rules for the duty record book ({@code onegrid.duty-book.*}).
 *
 * @param minDutiesPerMember the least duties per member of a post per month
 * @param minActivitiesPerGroup the least activities per featured party group per month
 * @param pointsPerDuty assessment points per duty kept
 * @param pointsPerActivity assessment points per party group activity
 * @param patrolBufferM metres around a record's place or track that count as patrolled (V87)
 */
@ConfigurationProperties("onegrid.duty-book")
public record DutyBookProperties(
    @DefaultValue("2") int minDutiesPerMember,
    @DefaultValue("1") int minActivitiesPerGroup,
    @DefaultValue("2") int pointsPerDuty,
    @DefaultValue("5") int pointsPerActivity,
    @DefaultValue("50") double patrolBufferM) {

  public DutyRules rules() {
    return new DutyRules(
        minDutiesPerMember, minActivitiesPerGroup, pointsPerDuty, pointsPerActivity);
  }
}
