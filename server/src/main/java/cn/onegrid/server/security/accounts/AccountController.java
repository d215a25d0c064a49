package cn.onegrid.server.security.accounts;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.tokens.PersonalTokens;
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
  private final PersonalTokens issuer;

  AccountController(AccessTokenRepository tokens, PersonalTokens issuer) {
    this.tokens = tokens;
    this.issuer = issuer;
  }

  record Me(
      String username,
      String displayName,
      String role,
      List<String> committees,
      String csrfHeader,
      String csrfToken) {}

  record NewToken(String name, Boolean write, Integer days) {}

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
  ResponseEntity<PersonalTokens.Issued> create(
      @AuthenticationPrincipal OneGridUser user, @RequestBody NewToken request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            issuer.issue(
                user, request.name(), Boolean.TRUE.equals(request.write()), request.days()));
  }

  @DeleteMapping("/account/tokens/{id}")
  ResponseEntity<Void> revoke(@AuthenticationPrincipal OneGridUser user, @PathVariable long id) {
    if (!issuer.revoke(user, id)) {
      throw NotFound.of("security.no-such-token", id);
    }
    return ResponseEntity.noContent().build();
  }
}
