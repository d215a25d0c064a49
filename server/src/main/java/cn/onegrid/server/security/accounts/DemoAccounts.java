package cn.onegrid.server.security.accounts;

import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.duty.MemberInvites;
import cn.onegrid.server.security.SecurityProperties;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's accounts, one per role, each given a fresh random password at every
 * start and printed, so a demonstration never runs on a password anyone else knows. The staff
 * account belongs to 金华社区 (or the first committee there is); the member account is a person who
 * serves one of its posts.
 */
@Component
class DemoAccounts {

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
  private static final String STAFF_COMMITTEE = "310114118009";

  private final SecurityProperties settings;
  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final JdbcClient jdbc;
  private final MemberInvites members;

  DemoAccounts(
      SecurityProperties settings,
      AccountRepository accounts,
      PasswordEncoder encoder,
      JdbcClient jdbc,
      MemberInvites members) {
    this.settings = settings;
    this.accounts = accounts;
    this.encoder = encoder;
    this.jdbc = jdbc;
    this.members = members;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createAndPrint() {
    if (!settings.demoAccounts()) {
      return;
    }
    StringBuilder table =
        new StringBuilder("Demo accounts (demo profile; new passwords each start):");
    for (Role role : Role.values()) {
      String password = Passwords.random();
      Account account = ensure(role, password);
      if (role == Role.MEMBER && !linkMember(account)) {
        continue; // no post has people yet
      }
      table
          .append(String.format("%n  %-8s %-8s %s", role.id(), account.username(), password))
          .append(account.committees().isEmpty() ? "" : "  " + account.committees());
    }
    log.info("{}", table);
  }

  private Account ensure(Role role, String password) {
    String hash = encoder.encode(password);
    Optional<Account> existing = accounts.byUsername(role.id());
    if (existing.isPresent()) {
      accounts.setPassword(existing.get().id(), hash, false);
      return existing.get();
    }
    List<String> committees = role == Role.STAFF ? staffCommittee() : List.of();
    return accounts.create(
        new NewAccount(role.id(), "演示 Demo " + role.id(), hash, role, committees, false));
  }

  /**
   * The member account is a person who serves one of the staff committee's posts (else any post's):
   * false when no post has anyone.
   */
  private boolean linkMember(Account account) {
    Optional<Long> person =
        jdbc.sql(
                """
                SELECT m.person_id FROM duty_post_member m
                  JOIN duty_post d ON d.id = m.post_id AND d.retired_at IS NULL
                  JOIN committee c ON c.id = d.committee_id
                 WHERE NOT EXISTS (SELECT 1 FROM account a
                                    WHERE a.person_id = m.person_id AND a.id <> :account)
                 ORDER BY c.code <> :code, d.code, m.person_id LIMIT 1
                """)
            .param("account", account.id())
            .param("code", STAFF_COMMITTEE)
            .query(Long.class)
            .optional();
    if (person.isEmpty()) {
      accounts.delete(account.id());
      return false;
    }
    if (!members.personOf(account.id()).isPresent()) {
      members.link(account.id(), person.get());
    }
    return true;
  }

  private List<String> staffCommittee() {
    return jdbc.sql(
            "SELECT coalesce((SELECT code FROM committee WHERE code = :code), min(code))"
                + " FROM committee")
        .param("code", STAFF_COMMITTEE)
        .query(String.class)
        .optional()
        .filter(code -> code != null)
        .map(List::of)
        .orElse(List.of());
  }
}
