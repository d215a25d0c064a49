package cn.onegrid.data.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountRepositoryIT {

  private final AccountRepository accounts = TestDatabase.data().accounts();
  private final AccessTokenRepository tokens = TestDatabase.data().tokens();
  private final AuditLog audit = TestDatabase.data().audit();

  @BeforeEach
  void empty() {
    TestDatabase.truncateAll();
  }

  private Account planner() {
    return accounts.create(
        new NewAccount(
            "planner.li", "李规划", "{noop}x", Role.PLANNER, List.of("310114118009"), false));
  }

  @Test
  void anAccountKeepsItsRoleAndCommittees() {
    planner();
    Account found = accounts.byUsername("planner.li").orElseThrow();
    assertThat(found.role()).isEqualTo(Role.PLANNER);
    assertThat(found.committees()).containsExactly("310114118009");
    assertThat(accounts.anyEnabledWithRole(Role.PLANNER)).isTrue();
    assertThat(accounts.anyEnabledWithRole(Role.ADMIN)).isFalse();
  }

  @Test
  void aTakenUsernameIsRefused() {
    planner();
    assertThatThrownBy(this::planner)
        .isInstanceOfSatisfying(
            InvalidQuery.class, e -> assertThat(e.key()).isEqualTo("accounts.username-taken"));
  }

  @Test
  void failuresPastTheFreeOnesMakeTheNextAttemptWaitLongerEachTime() {
    SignInFailures failures = new SignInFailures(JdbcClient.create(TestDatabase.dataSource()));
    List<String> keys = List.of("account:planner.li@10.0.0.9", "address:10.0.0.9");
    failures.failed(keys, 2, Duration.ofMinutes(15));
    failures.failed(keys, 2, Duration.ofMinutes(15));
    assertThat(failures.waitFor(keys)).as("two free failures").isZero();
    failures.failed(keys, 2, Duration.ofMinutes(15));
    Duration first = failures.waitFor(keys);
    failures.failed(keys, 2, Duration.ofMinutes(15));
    assertThat(first).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(failures.waitFor(keys)).isGreaterThan(first);
    assertThat(failures.waitFor(List.of("account:planner.li@10.0.0.7", "address:10.0.0.7")))
        .as("the same account from another address is not held back")
        .isZero();
    failures.succeeded("account:planner.li@10.0.0.9");
    assertThat(failures.waitFor(List.of("account:planner.li@10.0.0.9"))).isZero();
  }

  @Test
  void aRevokedTokenIsNoLongerUsable() {
    long owner = planner().id();
    AccessToken token = tokens.create(owner, "QGIS", new byte[] {1, 2, 3}, false, null);
    assertThat(tokens.use(new byte[] {1, 2, 3})).isPresent();
    assertThat(tokens.ofAccount(owner).get(0).lastUsedAt()).as("marked used").isNotNull();
    assertThat(tokens.revoke(owner + 1, token.id())).as("not the owner").isFalse();
    assertThat(tokens.revoke(owner, token.id())).isTrue();
    assertThat(tokens.use(new byte[] {1, 2, 3})).isEmpty();
    assertThat(tokens.ofAccount(owner))
        .singleElement()
        .satisfies(t -> assertThat(t.revokedAt()).isNotNull());
  }

  @Test
  void anExpiredTokenIsNoLongerUsable() {
    long owner = planner().id();
    tokens.create(owner, "old", new byte[] {9}, false, Instant.now().minusSeconds(1));
    assertThat(tokens.use(new byte[] {9})).isEmpty();
  }

  @Test
  void theAuditLogListsNewestFirst() {
    audit.record("staff.wang", AuditAction.VIEW_PEOPLE, "post 310114118009P01", "phones: full");
    audit.record("leader.zhao", AuditAction.VIEW_PEOPLE, "grid 31011411800901", "phones: full");
    List<AuditEntry> entries =
        audit.between(
            Instant.now().minusSeconds(60), Instant.now().plusSeconds(60), null, null, 10);
    assertThat(entries)
        .extracting(AuditEntry::username)
        .containsExactly("leader.zhao", "staff.wang");
  }
}
