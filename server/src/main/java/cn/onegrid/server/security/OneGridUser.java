package cn.onegrid.server.security;

import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.Role;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the server sees it for one session or one token request: its role and
 * committees decide what it may see and change (see {@link #mayEdit} and {@link PersonalData}). The
 * password hash is forgotten once the sign-in has checked it.
 */
public final class OneGridUser implements UserDetails, CredentialsContainer, Serializable {

  /** A token's requests may change data only when the token was granted it. */
  static final String WRITE = "WRITE";

  /** The authority every token request has, so rules can tell it from a person's session. */
  static final String TOKEN = "TOKEN";

  private final long accountId;
  private final String username;
  private final String displayName;
  private final Role role;
  private final List<String> committees;
  private final boolean mustChangePassword;
  private final Long token;
  private final boolean mayWrite;
  private final boolean enabled;
  private String passwordHash;

  private OneGridUser(Account account, boolean mustChangePassword, Long token, boolean mayWrite) {
    this.accountId = account.id();
    this.username = account.username();
    this.displayName = account.displayName();
    this.role = account.role();
    this.committees = account.committees();
    this.mustChangePassword = mustChangePassword;
    this.token = token;
    this.mayWrite = mayWrite;
    this.enabled = account.enabled();
    this.passwordHash = token == null ? account.passwordHash() : null;
  }

  /** The account as it signs in with its password. */
  public static OneGridUser signingIn(Account account) {
    return new OneGridUser(account, account.mustChangePassword(), null, true);
  }

  /** The account behind a personal access token; {@code mayWrite} is the token's grant. */
  public static OneGridUser withToken(Account account, long tokenId, boolean mayWrite) {
    return new OneGridUser(account, false, tokenId, mayWrite);
  }

  /** The same session's user after it chose a new password. */
  public OneGridUser passwordChanged(Account account) {
    OneGridUser changed = new OneGridUser(account, false, token, mayWrite);
    changed.eraseCredentials();
    return changed;
  }

  public long accountId() {
    return accountId;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  /** Committee codes: the committees this account works on (none: see {@link Role}). */
  public List<String> committees() {
    return committees;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** The personal access token's id, or null for a person's own session. */
  public Long token() {
    return token;
  }

  /**
   * Whether this user may edit the map inside the committee with this code: planners for the whole
   * town (no committees named) or for the committees they name, never through a read-only token.
   */
  public boolean mayEdit(String committeeCode) {
    return role.mayEdit(committees, committeeCode) && mayWrite;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
    if (token != null) {
      authorities.add(new SimpleGrantedAuthority(TOKEN));
    }
    if (mayWrite) {
      authorities.add(new SimpleGrantedAuthority(WRITE));
    }
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OneGridUser user && user.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }

  @Override
  public String toString() {
    return username + " (" + role.id() + ")";
  }
}
