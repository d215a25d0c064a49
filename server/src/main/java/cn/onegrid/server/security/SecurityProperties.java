package cn.onegrid.server.security;

import cn.onegrid.server.security.signin.SignInThrottle;
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
 * @param signInThrottle how failed sign-ins slow guessing down
 * @param maxRequestBody the largest request body accepted
 * @param maxUpload the largest upload accepted for an import ({@code /imports}), and the most its
 *     zip may unpack to is ten times this
 * @param sessionsPerAccount how many sessions one account keeps at once; signing in again past it
 *     ends the account's oldest session
 * @param idleTimeout how long a connection may send nothing (while its request's headers are due,
 *     or between requests) before it is closed
 */
@ConfigurationProperties("onegrid.security")
public record SecurityProperties(
    @DefaultValue("false") boolean anonymousMap,
    @DefaultValue Admin admin,
    @DefaultValue("false") boolean demoAccounts,
    @DefaultValue SignInThrottle signInThrottle,
    @DefaultValue("1MB") DataSize maxRequestBody,
    @DefaultValue("200MB") DataSize maxUpload,
    @DefaultValue("5") int sessionsPerAccount,
    @DefaultValue("20s") Duration idleTimeout) {

  /**
   * @param username the first administrator's username
   * @param password its first password, which must be changed at the first sign-in; blank creates
   *     no administrator
   */
  public record Admin(@DefaultValue("admin") String username, String password) {}

  /**
   * @param freeFailures failed sign-ins (of one account name from one address, or from one address)
   *     before further attempts from there must wait
   * @param maxDelay the longest wait; it doubles with each failure up to this
   */
  public record SignInThrottle(
      @DefaultValue("3") int freeFailures, @DefaultValue("15m") Duration maxDelay) {}
}
