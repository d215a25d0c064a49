package cn.onegrid.server.security.tokens;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.server.security.OneGridUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Any account's personal access tokens, for administrators (the JSON API and the account page):
 * listed (never their secrets) and revoked, for a token that leaked or a person who left.
 */
@Component
public class AdminTokens {

  private final AccountRepository accounts;
  private final AccessTokenRepository tokens;
  private final AuditLog audit;

  AdminTokens(AccountRepository accounts, AccessTokenRepository tokens, AuditLog audit) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.audit = audit;
  }

  public List<AccessToken> of(long accountId) {
    return tokens.ofAccount(find(accountId).id());
  }

  /**
   * @throws NotFound when the account has no such token
   */
  public void revoke(OneGridUser admin, long accountId, long tokenId) {
    Account account = find(accountId);
    if (!tokens.revoke(accountId, tokenId)) {
      throw NotFound.of("accounts.no-token", account.username(), tokenId);
    }
    audit.record(
        admin.getUsername(),
        AuditAction.REVOKE_TOKEN,
        "token " + tokenId,
        "of " + account.username());
  }

  private Account find(long id) {
    return accounts.byId(id).orElseThrow(() -> NotFound.of("accounts.no-account", id));
  }
}
