package cn.onegrid.data.duty;

import cn.onegrid.data.NotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' accounts from the post rosters. Staff invite a person who serves a post (its leader, a
 * member or in one of its slots) of their committee; the person's account ({@code m} + the person's
 * id, role {@code member}) is made the first time, and each invite is a one-time code, valid for
 * {@link #VALID}, that replaces the earlier unused ones. Redeeming it sets the password.
 */
public class MemberInvites {

  public static final Duration VALID = Duration.ofDays(7);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public MemberInvites(JdbcClient jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /**
   * Invites this person.
   *
   * @param committees the inviter's committees; empty for the whole town (an administrator)
   * @param unusableHash a password hash nobody knows, for an account made now
   */
  public Invite invite(long person, List<String> committees, String by, String unusableHash) {
    String committee =
        jdbc.sql(
                "SELECT c.code FROM person p JOIN committee c ON c.id = p.committee_id WHERE p.id = :p")
            .param("p", person)
            .query(String.class)
            .optional()
            .orElseThrow(() -> NotFound.of("people.no-person", person));
    if (!committees.isEmpty() && !committees.contains(committee)) {
      throw NotFound.of("people.no-person", person); // another committee's people are not said
    }
    if (!servesAPost(person)) {
      throw InvalidRecord.of("person", "members.not-serving", person);
    }
    String code = code();
    Instant expires = Instant.now().plus(VALID);
    String username =
        transaction.execute(
            status -> {
              long account = account(person, unusableHash);
              jdbc.sql("DELETE FROM member_invite WHERE account_id = :a AND used_at IS NULL")
                  .param("a", account)
                  .update();
              jdbc.sql(
                      "INSERT INTO member_invite (account_id, code_hash, created_by, expires_at)"
                          + " VALUES (:a, :hash, :by, :expires)")
                  .param("a", account)
                  .param("hash", hash(code))
                  .param("by", by)
                  .param("expires", Timestamp.from(expires))
                  .update();
              return jdbc.sql("SELECT username FROM account WHERE id = :a")
                  .param("a", account)
                  .query(String.class)
                  .single();
            });
    return new Invite(username, person, code, expires);
  }

  /** The username an unused, unexpired code is for; empty for any other code. */
  public Optional<String> usernameFor(String code) {
    return jdbc.sql(
            """
            SELECT a.username FROM member_invite i JOIN account a ON a.id = i.account_id
             WHERE i.code_hash = :hash AND i.used_at IS NULL AND i.expires_at > now()
            """)
        .param("hash", hash(normal(code)))
        .query(String.class)
        .optional();
  }

  /** Uses the code once: the account gets this password; false if the code was not (or no more). */
  public boolean redeem(String code, String passwordHash) {
    Boolean done =
        transaction.execute(
            status -> {
              Optional<Long> account =
                  jdbc.sql(
                          """
                          UPDATE member_invite SET used_at = now()
                           WHERE code_hash = :hash AND used_at IS NULL AND expires_at > now()
                          RETURNING account_id
                          """)
                      .param("hash", hash(normal(code)))
                      .query(Long.class)
                      .optional();
              account.ifPresent(
                  id ->
                      jdbc.sql(
                              "UPDATE account SET password_hash = :h, must_change_password = false,"
                                  + " enabled = true, updated_at = now() WHERE id = :id")
                          .param("h", passwordHash)
                          .param("id", id)
                          .update());
              return account.isPresent();
            });
    return Boolean.TRUE.equals(done);
  }

  /** The register's person an account is, if it is a member's. */
  public Optional<Long> personOf(long account) {
    return jdbc.sql("SELECT person_id FROM account WHERE id = :a AND person_id IS NOT NULL")
        .param("a", account)
        .query(Long.class)
        .optional();
  }

  /** Links a member's account to a person (the demo profile's member). */
  public void link(long account, long person) {
    jdbc.sql("UPDATE account SET person_id = :p WHERE id = :a")
        .param("p", person)
        .param("a", account)
        .update();
  }

  /**
   * An administrator's link of a member's account to a person of the register (today's people, of
   * any committee), or its unlinking ({@code person} null).
   *
   * @throws InvalidRecord naming {@code person}: the account is no member's, the person is not in
   *     the register, or another account is theirs
   */
  public void assign(long account, Long person) {
    transaction.executeWithoutResult(
        status -> {
          String role =
              jdbc.sql("SELECT role FROM account WHERE id = :a FOR UPDATE")
                  .param("a", account)
                  .query(String.class)
                  .optional()
                  .orElseThrow(() -> InvalidRecord.of("person", "members.link-not-member"));
          if (!role.equals("member")) {
            throw InvalidRecord.of("person", "members.link-not-member");
          }
          if (person != null) {
            if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE id = :p AND left_on IS NULL)")
                .param("p", person)
                .query(Boolean.class)
                .single()) {
              throw InvalidRecord.of("person", "members.link-no-person", person);
            }
            jdbc.sql("SELECT username FROM account WHERE person_id = :p AND id <> :a")
                .param("p", person)
                .param("a", account)
                .query(String.class)
                .optional()
                .ifPresent(
                    other -> {
                      throw InvalidRecord.of("person", "members.link-taken", person, other);
                    });
          }
          jdbc.sql("UPDATE account SET person_id = :p WHERE id = :a")
              .param("p", person, java.sql.Types.BIGINT)
              .param("a", account)
              .update();
        });
  }

  /** The person an account is linked to, as "name (committee)", if any. */
  public Optional<String> linkedName(long account) {
    return jdbc.sql(
            """
            SELECT p.name || '（' || c.name || '）' FROM account a JOIN person p ON p.id = a.person_id
              JOIN committee c ON c.id = p.committee_id WHERE a.id = :a
            """)
        .param("a", account)
        .query(String.class)
        .optional();
  }

  private boolean servesAPost(long person) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM duty_post d
                            WHERE d.retired_at IS NULL
                              AND (d.leader_id = :p
                                   OR EXISTS (SELECT 1 FROM duty_post_member m
                                               WHERE m.post_id = d.id AND m.person_id = :p)
                                   OR EXISTS (SELECT 1 FROM duty_slot s
                                                JOIN duty_slot_member sm ON sm.slot_id = s.id
                                               WHERE s.post_id = d.id AND sm.person_id = :p)))
            """)
        .param("p", person)
        .query(Boolean.class)
        .single();
  }

  private long account(long person, String unusableHash) {
    return jdbc.sql("SELECT id FROM account WHERE person_id = :p FOR UPDATE")
        .param("p", person)
        .query(Long.class)
        .optional()
        .orElseGet(
            () ->
                jdbc.sql(
                        """
                        INSERT INTO account (username, display_name, password_hash, role, person_id)
                        SELECT 'm' || p.id, left(p.name, 100), :hash, 'member', p.id
                          FROM person p WHERE p.id = :p
                        RETURNING id
                        """)
                    .param("p", person)
                    .param("hash", unusableHash)
                    .query(Long.class)
                    .single());
  }

  /** Twelve characters in groups of four; what people type is read without spaces or dashes. */
  private static String code() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  private static String normal(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  private static byte[] hash(String code) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
