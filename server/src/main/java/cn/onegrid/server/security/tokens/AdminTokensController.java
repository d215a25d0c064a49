package cn.onegrid.server.security.tokens;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.server.security.OneGridUser;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any account's personal access tokens, for administrators: listed (never their secrets) and
 * revoked, for a token that leaked or a person who left.
 */
@RestController
class AdminTokensController {

  private final AccountRepository accounts;
  private final AccessTokenRepository tokens;
  private final AuditLog audit;

  AdminTokensController(AccountRepository accounts, AccessTokenRepository tokens, AuditLog audit) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.audit = audit;
  }

  @GetMapping("/admin/accounts/{id}/tokens")
  List<AccessToken> list(@PathVariable long id) {
    return tokens.ofAccount(find(id).id());
  }

  @DeleteMapping("/admin/accounts/{id}/tokens/{tokenId}")
  ResponseEntity<Void> revoke(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      @PathVariable long tokenId) {
    Account account = find(id);
    if (!tokens.revoke(id, tokenId)) {
      throw NotFound.of("accounts.no-token", account.username(), tokenId);
    }
    audit.record(
        admin.getUsername(), "revoke-token", "token " + tokenId, "of " + account.username());
    return ResponseEntity.noContent().build();
  }

  private Account find(long id) {
    return accounts.byId(id).orElseThrow(() -> NotFound.of("accounts.no-account", id));
  }
}
