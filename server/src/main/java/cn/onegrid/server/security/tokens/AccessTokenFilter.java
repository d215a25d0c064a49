package cn.onegrid.server.security.tokens;

import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries a personal access token for that request only (no session), so
 * revoking or expiring the token ends all access through it at once. The token comes as {@code
 * Authorization: Bearer og_…}, or, for desktop GIS clients that offer only HTTP Basic (QGIS), as
 * the Basic password with any user name; a Basic password that is not a token is never tried as an
 * account's password. A token that is unknown, revoked or expired, or whose account is disabled, is
 * refused outright; a read-only token may only read.
 */
public final class AccessTokenFilter extends OncePerRequestFilter {

  static final String BEARER = "Bearer ";
  static final String BASIC = "Basic ";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AccessTokenRepository tokens;
  private final AccountRepository accounts;
  private final ProblemResponses problems;

  public AccessTokenFilter(
      AccessTokenRepository tokens, AccountRepository accounts, ProblemResponses problems) {
    this.problems = problems;
    this.tokens = tokens;
    this.accounts = accounts;
  }

  public static boolean hasToken(HttpServletRequest request) {
    return secret(request) != null;
  }

  /** The token the request carries, as Bearer or as a Basic password, or null. */
  static String secret(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return null;
    }
    if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return header.substring(BEARER.length()).strip();
    }
    if (header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      try {
        String pair =
            new String(
                Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 0 ? "" : pair.substring(colon + 1);
      } catch (IllegalArgumentException notBase64) {
        return "";
      }
    }
    return null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    String secret = secret(request);
    Optional<AccessToken> token =
        AccessTokens.looksLikeOne(secret)
            ? tokens.use(AccessTokens.hash(secret))
            : Optional.empty();
    Optional<Account> account =
        token.flatMap(t -> accounts.byId(t.accountId())).filter(Account::enabled);
    if (account.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      problems.write(request, response, HttpStatus.UNAUTHORIZED, "security.invalid-token");
      return;
    }
    if (!token.get().canWrite() && !READS.contains(request.getMethod())) {
      problems.write(request, response, HttpStatus.FORBIDDEN, "security.read-only-token");
      return;
    }
    OneGridUser user =
        OneGridUser.withToken(account.get(), token.get().id(), token.get().canWrite());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
