package cn.onegrid.server.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.accounts.SignInFailures;
import cn.onegrid.server.features.PlainMap;
import cn.onegrid.server.incidents.IncidentRoles;
import cn.onegrid.server.security.accounts.AccountSessions;
import cn.onegrid.server.security.accounts.Passwords;
import cn.onegrid.server.security.signin.LoginController;
import cn.onegrid.server.security.signin.LoginOutcomes;
import cn.onegrid.server.security.signin.PasswordChangeGate;
import cn.onegrid.server.security.signin.SignInThrottle;
import cn.onegrid.server.security.signin.WhereVisitorsWent;
import cn.onegrid.server.security.tokens.AccessTokenFilter;
import cn.onegrid.server.system.Problems;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may call what. Every endpoint has a rule here and anything without one is denied (the
 * authorization-matrix test lists every endpoint and every role); a path nothing serves ({@link
 * Unserved}) is let through to Spring MVC's 404. Roles: any signed-in account reads the map;
 * administrators manage accounts and read the audit log, in person only (never with a token);
 * personal data is decided per role by {@link PersonalData}. Editing endpoints (issue #6) add their
 * rule here ({@code hasRole("PLANNER")} and a write-granted token) and check {@link
 * OneGridUser#mayEdit} for the committee they change.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** No inline script or style anywhere; every resource, base-map tiles included, from here. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
          + " form-action 'self'";

  /** The headers every answer carries: written here, and by hand where Spring Security is not. */
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "same-origin");

  /** The map page's own files (the page itself is {@code /}). */
  private static final String[] MAP_ASSETS = {
    "/index.html", "/js/**", "/i18n/**", "/onegrid.css", "/api.css", "/webjars/**"
  };

  /** Everything else a signed-in reader of the map needs (the town export: rosters masked). */
  private static final String[] MAP_DATA = {"/collections/**", "/cards/**", "/export"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return Passwords.encoder();
  }

  /**
   * No Micrometer observations of the filter chain, authentication or authorization: wrapping each
   * of the chain's filters took a fifth of the JVM's time per map request, and nothing reads them
   * (only the health endpoint is exposed).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /** Requests the firewall refuses (a TRACE, a path with {@code ..}) before any filter runs. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(Problems documents) {
    return (request, response, rejected) -> {
      HEADERS.forEach(response::setHeader);
      documents.write(request, response, HttpStatus.BAD_REQUEST, "problem.rejected");
    };
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * People's sessions as Spring Security counts and ends them: the rows of the sessions table
   * (Spring Session JDBC), found by username, so the per-account cap and ending an account's
   * sessions hold across instances.
   */
  @Bean
  SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
    return new SpringSessionBackedSessionRegistry<>(sessions);
  }

  @Bean
  AccountSessions accountSessions(SessionRegistry sessionRegistry, ProblemResponses problems) {
    return new AccountSessions(sessionRegistry, problems);
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      SecurityProperties settings,
      AccountRepository accounts,
      AccessTokenRepository tokens,
      SignInFailures signInFailures,
      SessionRegistry sessionRegistry,
      AccountSessions accountSessions,
      ProblemResponses problems,
      Problems documents,
      Unserved unserved,
      AuditLog audit)
      throws Exception {
    SignInThrottle throttle = new SignInThrottle(signInFailures, settings.signInThrottle());
    LoginOutcomes outcomes = new LoginOutcomes(throttle, audit);
    WhereVisitorsWent requestCache = new WhereVisitorsWent(pageRequests());
    outcomes.setRequestCache(requestCache); // else it looks in a session visitors never have
    http.authorizeHttpRequests(rules -> rules(rules, settings.anonymousMap(), unserved))
        .formLogin(
            login ->
                login
                    .loginPage(LoginController.LOGIN)
                    .successHandler(outcomes)
                    .failureHandler(outcomes))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfCookie())
                    .ignoringRequestMatchers(AccessTokenFilter::hasToken))
        .sessionManagement(
            session -> {
              session.sessionFixation().changeSessionId();
              session
                  .maximumSessions(settings.sessionsPerAccount())
                  .sessionRegistry(sessionRegistry)
                  .expiredSessionStrategy(accountSessions);
            })
        .requestCache(cache -> cache.requestCache(requestCache))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LoginController.LOGIN), pageRequests())
                    .defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE)
                    .accessDeniedHandler(problems))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frames -> frames.deny())
                    // Caching is the HTTP configuration's (ETags, revalidation), not ours.
                    .cacheControl(cache -> cache.disable()))
        .cors(Customizer.withDefaults())
        // Before anything reads the request, but after the headers are set: refusals carry them.
        .addFilterAfter(new QueryEncoding(documents), HeaderWriterFilter.class)
        .addFilterAfter(
            new RequestSizeLimit(
                settings.maxRequestBody().toBytes(), settings.maxUpload().toBytes(), documents),
            HeaderWriterFilter.class)
        // After session management, which would otherwise give each token request a session
        // that outlived the token: a token signs in its own request only.
        .addFilterAfter(
            new AccessTokenFilter(tokens, accounts, problems), SessionManagementFilter.class)
        .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class);
    return http.build();
  }

  private static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules,
      boolean anonymousMap,
      Unserved unserved) {
    rules
        .requestMatchers(
            reads(
                LoginController.LOGIN,
                "/login.css",
                "/desk.css",
                "/desk-print.js",
                "/signin.js",
                "/favicon.svg",
                "/actuator/health",
                "/actuator/health/liveness",
                "/actuator/health/readiness"))
        .permitAll()
        .requestMatchers(POST, LoginController.LOGIN)
        .permitAll()
        .requestMatchers("/error")
        .permitAll()
        // The duty record book (issue 15): an invite's code is the key to /join
        .requestMatchers(reads("/join"))
        .permitAll()
        .requestMatchers(POST, "/join")
        .permitAll()
        .requestMatchers(POST, "/members/invites")
        .access(inPersonAs(Role.STAFF, Role.ADMIN))
        .requestMatchers(POST, "/duty-records")
        .access(inPersonAs(Role.MEMBER, Role.STAFF))
        .requestMatchers(reads("/members/me/posts"))
        .access(inPersonAs(Role.MEMBER))
        .requestMatchers(reads("/duty.html", "/duty.css")) // the phone page (scripts: MAP_ASSETS)
        .access(signedIn())
        .requestMatchers(reads("/duty-records", "/duty-records/*", "/duty-records/*/photo"))
        .access(inPersonAs(Role.MEMBER, Role.STAFF))
        .requestMatchers(POST, "/duty-records/*/review")
        .access(inPersonAs(Role.STAFF))
        .requestMatchers(reads("/compliance"))
        .access(inPersonAs(Role.LEADER))
        .requestMatchers(reads("/committees/*/compliance", "/committees/*/report.xlsx"))
        .access(inPersonAs(Role.LEADER, Role.STAFF)) // staff: their own (the controllers)
        // Party groups' activities (staff, or the group's leader: the controller) and the
        // Thursday grid service day's visits (staff their committees', the controller)
        .requestMatchers(POST, "/party-groups/*/activities")
        .access(inPersonAs(Role.MEMBER, Role.STAFF))
        .requestMatchers(POST, "/service-day", "/service-day/visits")
        .access(inPersonAs(Role.STAFF, Role.ADMIN))
        .requestMatchers(reads("/service-day", "/service-day/visits"))
        .access(inPersonAs(Role.LEADER, Role.STAFF, Role.ADMIN))
        .requestMatchers(LoginController.PASSWORD)
        .access(inPerson())
        .requestMatchers(reads("/account", "/account/tokens", "/tokens"))
        .access(inPerson())
        .requestMatchers(POST, "/tokens", "/tokens/*/revoke")
        .access(inPerson())
        .requestMatchers(POST, "/account/tokens")
        .access(inPerson())
        .requestMatchers(DELETE, "/account/tokens/*")
        .access(inPerson())
        .requestMatchers(
            reads(
                "/admin/accounts", "/admin/accounts/*/tokens", "/admin/audit", "/admin/audit.csv"))
        .access(admin())
        .requestMatchers(reads("/accounts", "/accounts/*", "/audit")) // their pages
        .access(admin())
        // The leaders' desk: dashboard, tables and wall maps (tokens too, for the files)
        .requestMatchers(reads("/desk", "/desk/**"))
        .access(desk())
        .requestMatchers(
            POST,
            "/accounts",
            "/accounts/*",
            "/accounts/*/password",
            "/accounts/*/person",
            "/accounts/*/tokens/*/revoke")
        .access(admin())
        .requestMatchers(DELETE, "/admin/accounts/*/tokens/*")
        .access(admin())
        .requestMatchers(reads("/actuator/prometheus")) // scraped with an administrator's token
        .access(administrator())
        .requestMatchers(POST, "/admin/accounts", "/admin/accounts/*/password")
        .access(admin())
        .requestMatchers(PUT, "/admin/accounts/*", "/admin/duty-types/*")
        .access(admin())
        // Imports: a report and a draft plan for administrators and town-wide planners
        // (ImportController checks the whole town); its page too. Administrators own the import
        // plans they make: they read, publish and discard them (PlanAccess: their own only)
        .requestMatchers(POST, "/imports", "/imports/plans")
        .access(organiser())
        .requestMatchers(reads("/import", "/import.css"))
        .access(organiserInPerson())
        // Rosters from a file: the template, and a draft of post changes as for a layer's import
        // (RosterController; a committee's planner for their committees; administrators publish
        // the roster plans they make, as their import plans: plan.imported)
        .requestMatchers(reads("/imports/roster-template.xlsx", "/imports/roster-template.csv"))
        .access(either(planner(), admin()))
        .requestMatchers(POST, "/imports/rosters")
        .access(organiser())
        .requestMatchers(reads("/plans/*"))
        .access(either(planner(), admin()))
        .requestMatchers(POST, "/plans/*/publish", "/plans/*/revert")
        .access(either(plannerWriting(), admin()))
        .requestMatchers(DELETE, "/plans/*")
        .access(either(plannerWriting(), admin()))
        // Planners' editing (its controllers also check the committee: OneGridUser.mayEdit)
        .requestMatchers(
            reads(
                "/collections/*/items/*/edit",
                "/plans",
                "/plans/*/posts/*",
                "/committees/*/people",
                "/people/*"))
        .access(planner())
        .requestMatchers(
            POST, "/collections/*/items/*/edit/preview", "/collections/*/items/*/edit/paint")
        .access(planner())
        .requestMatchers(
            PUT,
            "/collections/*/items/*",
            "/plans/*/changes/*/*",
            "/plans/*/posts/*",
            "/plans/*/posts/*/people",
            "/plans/*/posts/*/slots",
            "/people/*")
        .access(plannerWriting())
        .requestMatchers(PATCH, "/collections/*/items/*")
        .access(plannerWriting())
        .requestMatchers(
            DELETE, "/collections/*/items/*", "/plans/*/changes/*/*", "/plans/*/posts/*")
        .access(plannerWriting())
        .requestMatchers(
            POST,
            "/collections/*/items",
            "/plans",
            "/plans/*/posts",
            "/committees/*/people",
            "/changes/*/revert",
            "/post-changes/*/revert")
        .access(plannerWriting())
        .requestMatchers(POST, "/plans/*/shares") // the author's only: PlanController
        .access(plannerWriting())
        .requestMatchers(DELETE, "/plans/*/shares/*")
        .access(plannerWriting())
        // The town's organisation: administrators and planners (OrganisationController checks
        // the planner's committees)
        .requestMatchers(reads("/organisation/*/*"))
        .access(signedIn())
        .requestMatchers(POST, "/organisation/*")
        .access(organiser())
        .requestMatchers(PUT, "/organisation/*/*")
        .access(organiser())
        .requestMatchers(DELETE, "/organisation/*/*")
        .access(organiser())
        // Incidents (issue 16): who reports and who takes steps is IncidentRoles' (the controller
        // checks the committee); types kept by administrators; Open311 for outside systems
        .requestMatchers(
            reads(
                "/incidents.html", // the waiting list's page; its scripts are the map's assets
                "/incident-types",
                "/incidents/*",
                "/incidents/*/photo",
                "/incidents/hotspots/*/*/*",
                "/open311/v2/services.json",
                "/open311/v2/requests.json",
                "/open311/v2/requests/*"))
        .access(signedIn())
        .requestMatchers(POST, "/incidents", "/open311/v2/requests.json")
        .access((a, c) -> new AuthorizationDecision(IncidentRoles.mayReport(a.get())))
        .requestMatchers(POST, "/incidents/*/steps")
        .access((a, c) -> new AuthorizationDecision(IncidentRoles.mayHandleAny(a.get())))
        .requestMatchers(PUT, "/admin/incident-types/*")
        .access(admin())
        // A committee's register as a page: administrators and planners (RegisterPage checks
        // the planner's committees)
        .requestMatchers(reads("/committees/*/register"))
        .access(organiser())
        .requestMatchers(POST, "/committees/*/register", "/committees/*/register/*")
        .access(organiser())
        // A committee's organisation as a page: the same (OrganisationPage checks the committee)
        .requestMatchers(reads("/committees/*/organisation"))
        .access(organiser())
        .requestMatchers(POST, "/committees/*/organisation/*")
        .access(organiser())
        .requestMatchers(reads(MAP_ASSETS))
        .access(anonymousMap ? (a, c) -> new AuthorizationDecision(true) : signedIn())
        .requestMatchers(reads(PlainMap.patterns()))
        .access(anonymousMap ? (a, c) -> new AuthorizationDecision(true) : signedIn())
        .requestMatchers(reads(MAP_DATA))
        .access(signedIn())
        .requestMatchers(
            reads(
                "/posts/*/history",
                "/duty-types",
                "/committees/*/time-coverage",
                "/committees/*/time-table",
                "/on-duty"))
        .access(signedIn())
        // A path nothing serves is 404 to anyone; every other path without a rule is refused.
        .requestMatchers(unserved)
        .permitAll()
        .anyRequest()
        .denyAll();
  }

  /**
   * The CSRF token in a cookie of its own (double submit), so that a visitor's sign-in page needs
   * no session; the server renders it into forms and {@code /account} hands it to the map page.
   */
  private static CookieCsrfTokenRepository csrfCookie() {
    CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
    repository.setCookieName("ONEGRID_CSRF");
    repository.setHeaderName("X-CSRF-TOKEN");
    repository.setCookieCustomizer(cookie -> cookie.secure(true).sameSite("Lax").httpOnly(true));
    return repository;
  }

  /**
   * GET rules cover HEAD too: HEAD is GET without the body (Spring MVC answers it from the GET
   * handler), and clients such as GDAL ask HEAD before they read a tile.
   */
  private static RequestMatcher[] reads(String... patterns) {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return Arrays.stream(patterns)
        .map(p -> new OrRequestMatcher(paths.matcher(GET, p), paths.matcher(HEAD, p)))
        .toArray(RequestMatcher[]::new);
  }

  /** Requests from a browser for a page, which go to the sign-in page rather than get a 401. */
  private static RequestMatcher pageRequests() {
    MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    return new AndRequestMatcher(request -> "GET".equals(request.getMethod()), html);
  }

  /** Any account, by session or token. */
  private static AuthorizationManager<RequestAuthorizationContext> signedIn() {
    return (authentication, context) ->
        new AuthorizationDecision(user(authentication.get()) != null);
  }

  /** Any account in its own session: never a machine client's token. */
  private static AuthorizationManager<RequestAuthorizationContext> inPerson() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(user != null && user.token() == null);
    };
  }

  /** These roles in their own session (a member or staff member's phone, never a token). */
  private static AuthorizationManager<RequestAuthorizationContext> inPersonAs(Role... roles) {
    Set<Role> allowed = Set.of(roles);
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(
          user != null && user.token() == null && allowed.contains(user.role()));
    };
  }

  /** Planners, in person or with a token: reading drafts and previewing changes. */
  private static AuthorizationManager<RequestAuthorizationContext> planner() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(user != null && user.role() == Role.PLANNER);
    };
  }

  /** Planners in person, or with a token granted writing: changing the map. */
  private static AuthorizationManager<RequestAuthorizationContext> plannerWriting() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(
          user != null
              && user.role() == Role.PLANNER
              && user.getAuthorities().stream()
                  .anyMatch(a -> a.getAuthority().equals(OneGridUser.WRITE)));
    };
  }

  /**
   * Keeping the town's organisation, and imports: administrators in person, or planners writing.
   */
  private static AuthorizationManager<RequestAuthorizationContext> organiser() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      boolean admin = user != null && user.token() == null && user.role() == Role.ADMIN;
      boolean planner =
          user != null
              && user.role() == Role.PLANNER
              && user.getAuthorities().stream()
                  .anyMatch(a -> a.getAuthority().equals(OneGridUser.WRITE));
      return new AuthorizationDecision(admin || planner);
    };
  }

  /** The leaders' desk: leaders, planners and administrators, in person or with a token. */
  private static AuthorizationManager<RequestAuthorizationContext> desk() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(
          user != null
              && (user.role() == Role.LEADER
                  || user.role() == Role.PLANNER
                  || user.role() == Role.ADMIN));
    };
  }

  /** The import page: administrators and planners, in their own sessions. */
  private static AuthorizationManager<RequestAuthorizationContext> organiserInPerson() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(
          user != null
              && user.token() == null
              && (user.role() == Role.ADMIN || user.role() == Role.PLANNER));
    };
  }

  private static AuthorizationManager<RequestAuthorizationContext> either(
      AuthorizationManager<RequestAuthorizationContext> one,
      AuthorizationManager<RequestAuthorizationContext> other) {
    return (authentication, context) ->
        new AuthorizationDecision(
            one.authorize(authentication, context).isGranted()
                || other.authorize(authentication, context).isGranted());
  }

  private static AuthorizationManager<RequestAuthorizationContext> admin() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(
          user != null && user.token() == null && user.role() == Role.ADMIN);
    };
  }

  /** Administrators, in person or with a token (a metrics scraper signs in with one). */
  private static AuthorizationManager<RequestAuthorizationContext> administrator() {
    return (authentication, context) -> {
      OneGridUser user = user(authentication.get());
      return new AuthorizationDecision(user != null && user.role() == Role.ADMIN);
    };
  }

  private static OneGridUser user(Authentication authentication) {
    return authentication != null
            && authentication.isAuthenticated()
            && authentication.getPrincipal() instanceof OneGridUser user
        ? user
        : null;
  }
}
