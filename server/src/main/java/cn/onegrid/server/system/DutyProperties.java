package cn.onegrid.server.system;

import cn.onegrid.data.people.NightWindow;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fixed people and fixed time ({@code onegrid.duty.*}).
 *
 * @param nightFrom the hour the night window starts (even, 0–22): the night indicator and previews'
 *     night coverage
 * @param nightTo the hour it ends (even, up to 24)
 * @param maxPostsPerPerson more posts than this for one person is flagged before publishing
 * @param maxSlotsPerPerson more weekly slots than this for one person is flagged
 */
@ConfigurationProperties("onegrid.duty")
public record DutyProperties(
    @DefaultValue("18") int nightFrom,
    @DefaultValue("24") int nightTo,
    @DefaultValue("2") int maxPostsPerPerson,
    @DefaultValue("7") int maxSlotsPerPerson) {

  public DutyProperties {
    new NightWindow(nightFrom, nightTo); // refuses a window that is none, at start
    if (maxPostsPerPerson < 1 || maxSlotsPerPerson < 1) {
      throw new IllegalArgumentException("onegrid.duty.max-*-per-person must be at least 1");
    }
  }

  public NightWindow night() {
    return new NightWindow(nightFrom, nightTo);
  }
}
