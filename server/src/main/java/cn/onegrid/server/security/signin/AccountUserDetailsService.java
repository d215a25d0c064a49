package cn.onegrid.server.security.signin;

import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.server.security.OneGridUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account signing in with a password. */
@Component
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;

  AccountUserDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public OneGridUser loadUserByUsername(String username) {
    return accounts
        .byUsername(username)
        .map(account -> OneGridUser.signingIn(account))
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }
}
