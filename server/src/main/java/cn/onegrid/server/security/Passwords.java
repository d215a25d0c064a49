package cn.onegrid.server.security;

import cn.onegrid.data.InvalidQuery;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed and what a new one must be. Hashes are Argon2id (memory-hard, OWASP's
 * first choice; Spring Security's 5.8 parameters: 16 MiB, 2 iterations), each prefixed with its
 * algorithm by a {@link DelegatingPasswordEncoder} so a later, stronger choice can take over while
 * old hashes still verify (and BCrypt hashes, should any be imported, too).
 */
final class Passwords {

  static final int MIN_LENGTH = 10;
  private static final String ARGON2 = "argon2@SpringSecurity_v5_8";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  static PasswordEncoder encoder() {
    return new DelegatingPasswordEncoder(
        ARGON2,
        Map.of(
            ARGON2,
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }

  /** Refuses a new password that is too short or the same as the username. */
  static void check(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidQuery(
          "password",
          "密码至少 " + MIN_LENGTH + " 个字符 A password needs " + MIN_LENGTH + " characters or more");
    }
    if (password.equalsIgnoreCase(username)) {
      throw new InvalidQuery("password", "密码不能与用户名相同 The password cannot be the username");
    }
  }

  /** A random password of 16 easily read characters (about 93 bits). */
  static String random() {
    StringBuilder password = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
