package cn.onegrid.data.accounts;

import cn.onegrid.data.InvalidQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts and their committees. */
public class AccountRepository {

  private static final String SELECT =
      """
      SELECT a.*, coalesce((SELECT array_agg(committee_code ORDER BY committee_code)
                              FROM account_committee ac WHERE ac.account_id = a.id), '{}') AS codes
        FROM account a
      """;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public AccountRepository(JdbcClient jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  public Optional<Account> byUsername(String username) {
    return jdbc.sql(SELECT + " WHERE a.username = :u")
        .param("u", username)
        .query(AccountRepository::account)
        .optional();
  }

  public Optional<Account> byId(long id) {
    return jdbc.sql(SELECT + " WHERE a.id = :id")
        .param("id", id)
        .query(AccountRepository::account)
        .optional();
  }

  public List<Account> all() {
    return jdbc.sql(SELECT + " ORDER BY a.username").query(AccountRepository::account).list();
  }

  /** Whether an account with this role may sign in (a disabled one does not count). */
  public boolean anyEnabledWithRole(Role role) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE role = :r AND enabled)")
        .param("r", role.id())
        .query(Boolean.class)
        .single();
  }

  /** Those of these committee codes that name no committee, in the order given. */
  public List<String> unknownCommittees(List<String> codes) {
    return codes.stream()
        .filter(
            code ->
                !jdbc.sql("SELECT EXISTS (SELECT 1 FROM committee WHERE code = :c)")
                    .param("c", code)
                    .query(Boolean.class)
                    .single())
        .toList();
  }

  /** Creates the account; a username that is taken is an {@link InvalidQuery}. */
  public Account create(NewAccount account) {
    try {
      long id =
          transaction.execute(
              status -> {
                long created =
                    jdbc.sql(
                            """
                            INSERT INTO account (username, display_name, password_hash, role,
                                                 must_change_password, enabled)
                            VALUES (:username, :name, :hash, :role, :mustChange, :enabled)
                            RETURNING id
                            """)
                        .param("username", account.username())
                        .param("name", account.displayName())
                        .param("hash", account.passwordHash())
                        .param("role", account.role().id())
                        .param("mustChange", account.mustChangePassword())
                        .param("enabled", account.enabled())
                        .query(Long.class)
                        .single();
                replaceCommittees(created, account.committees());
                return created;
              });
      return byId(id).orElseThrow();
    } catch (DuplicateKeyException e) {
      throw InvalidQuery.of("username", "accounts.username-taken", account.username());
    }
  }

  /**
   * Changes what an account is: its display name, role, committees and whether it may sign in. A
   * change that would leave no enabled administrator is refused ({@code accounts.last-admin}); the
   * enabled administrators are locked first, so two administrators demoting each other at once
   * cannot both succeed.
   */
  public void update(
      long id, String displayName, Role role, List<String> committees, boolean enabled) {
    transaction.executeWithoutResult(
        status -> {
          List<Long> admins =
              jdbc.sql("SELECT id FROM account WHERE role = 'admin' AND enabled FOR UPDATE")
                  .query(Long.class)
                  .list();
          jdbc.sql(
                  """
                  UPDATE account SET display_name = :name, role = :role, enabled = :enabled,
                                     updated_at = now()
                   WHERE id = :id
                  """)
              .param("id", id)
              .param("name", displayName)
              .param("role", role.id())
              .param("enabled", enabled)
              .update();
          // Only a change to an enabled administrator can leave none (an installation that has
          // none yet, as while a first administrator is being made, is left alone).
          if (admins.contains(id) && !anyEnabledWithRole(Role.ADMIN)) {
            throw InvalidQuery.of("role", "accounts.last-admin"); // rolls the change back
          }
          replaceCommittees(id, committees);
        });
  }

  /** Sets a new password hash; {@code mustChange} makes the next sign-in choose another. */
  public void setPassword(long id, String passwordHash, boolean mustChange) {
    jdbc.sql(
            """
            UPDATE account SET password_hash = :hash, must_change_password = :mustChange,
                               updated_at = now()
             WHERE id = :id
            """)
        .param("id", id)
        .param("hash", passwordHash)
        .param("mustChange", mustChange)
        .update();
  }

  public void delete(long id) {
    jdbc.sql("DELETE FROM account WHERE id = :id").param("id", id).update();
  }

  private void replaceCommittees(long id, List<String> committees) {
    jdbc.sql("DELETE FROM account_committee WHERE account_id = :id").param("id", id).update();
    for (String code : committees) {
      jdbc.sql("INSERT INTO account_committee (account_id, committee_code) VALUES (:id, :code)")
          .param("id", id)
          .param("code", code)
          .update();
    }
  }

  private static Account account(ResultSet row, int n) throws SQLException {
    return new Account(
        row.getLong("id"),
        row.getString("username"),
        row.getString("display_name"),
        row.getString("password_hash"),
        Role.of(row.getString("role")),
        Arrays.asList((String[]) row.getArray("codes").getArray()),
        row.getBoolean("must_change_password"),
        row.getBoolean("enabled"));
  }
}
