package cn.onegrid.server.security.tokens;

import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.server.security.OneGridUser;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Any account's tokens as JSON, for administrators: what {@link AdminTokens} does. */
@RestController
class AdminTokensController {

  private final AdminTokens tokens;

  AdminTokensController(AdminTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/admin/accounts/{id}/tokens")
  List<AccessToken> list(@PathVariable long id) {
    return tokens.of(id);
  }

  @DeleteMapping("/admin/accounts/{id}/tokens/{tokenId}")
  ResponseEntity<Void> revoke(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      @PathVariable long tokenId) {
    tokens.revoke(admin, id, tokenId);
    return ResponseEntity.noContent().build();
  }
}
