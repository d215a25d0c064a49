package cn.onegrid.server.security;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own account: who they are (with the CSRF token the page sends with
 * changes) and their personal access tokens, which only they create, see and revoke. A token's
 * secret is shown once, in the answer that creates it.
 */
@RestController
class AccountController {

  private final AccessTokenRepository tokens;

  AccountController(AccessTokenRepository tokens) {
    this.tokens = tokens;
  }

  record Me(
      String username,
      String displayName,
      String role,
      List<String> committees,
      String csrfHeader,
      String csrfToken) {}

  record NewToken(String name, Boolean write, Integer days) {}

  record CreatedToken(AccessToken token, String secret) {}

  @GetMapping("/account")
  Me me(@AuthenticationPrincipal OneGridUser user, CsrfToken csrf) {
    return new Me(
        user.getUsername(),
        user.displayName(),
        user.role().id(),
        user.committees(),
        csrf.getHeaderName(),
        csrf.getToken());
  }

  @GetMapping("/account/tokens")
  List<AccessToken> list(@AuthenticationPrincipal OneGridUser user) {
    return tokens.ofAccount(user.accountId());
  }

  @PostMapping("/account/tokens")
  ResponseEntity<CreatedToken> create(
      @AuthenticationPrincipal OneGridUser user, @RequestBody NewToken request) {
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidQuery("name", "A token needs a name of 1 to 100 characters");
    }
    Instant expires = null;
    if (request.days() != null) {
      if (request.days() < 1 || request.days() > 3660) {
        throw new InvalidQuery("days", "days must be 1 to 3660, or left out for no expiry");
      }
      expires = Instant.now().plus(request.days(), ChronoUnit.DAYS);
    }
    String secret = AccessTokens.newSecret();
    AccessToken token =
        tokens.create(
            user.accountId(),
            name,
            AccessTokens.hash(secret),
            Boolean.TRUE.equals(request.write()),
            expires);
    return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(token, secret));
  }

  @DeleteMapping("/account/tokens/{id}")
  ResponseEntity<Void> revoke(@AuthenticationPrincipal OneGridUser user, @PathVariable long id) {
    if (!tokens.revoke(user.accountId(), id)) {
      throw new NotFound("You have no token " + id);
    }
    return ResponseEntity.noContent().build();
  }
}
