package cn.onegrid.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Security settings ({@code onegrid.security.*}).
 *
 * @param anonymousMap whether visitors who have not signed in may see the plain map (outlines, no
 *     personal data)
 * @param admin the first administrator, created on a start that finds no administrator
 * @param demoAccounts whether to (re)create one account per role with fresh passwords at every
 *     start and print them; the {@code demo} profile turns it on
 * @param lockout how many failed sign-ins in a row lock an account, and for how long
 * @param maxRequestBody the largest request body accepted
 * @param sessionsPerAccount how many sessions one account keeps at once; signing in again past it
 *     ends the account's oldest session
 */
@ConfigurationProperties("onegrid.security")
public record SecurityProperties(
    @DefaultValue("false") boolean anonymousMap,
    @DefaultValue Admin admin,
    @DefaultValue("false") boolean demoAccounts,
    @DefaultValue Lockout lockout,
    @DefaultValue("1MB") DataSize maxRequestBody,
    @DefaultValue("5") int sessionsPerAccount) {

  /**
   * @param username the first administrator's username
   * @param password its first password, which must be changed at the first sign-in; blank creates
   *     no administrator
   */
  public record Admin(@DefaultValue("admin") String username, String password) {}

  /**
   * @param maxFailures failed sign-ins in a row that lock the account
   * @param duration how long the lock lasts
   */
  public record Lockout(
      @DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {}
}
