package cn.onegrid.server.security;

import cn.onegrid.data.accounts.AccountRepository;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account signing in with a password. */
@Component
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;
  private final Clock clock;

  AccountUserDetailsService(AccountRepository accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public OneGridUser loadUserByUsername(String username) {
    return accounts
        .byUsername(username)
        .map(account -> OneGridUser.signingIn(account, clock.instant()))
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }
}
