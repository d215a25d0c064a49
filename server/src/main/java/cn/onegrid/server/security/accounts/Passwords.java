package cn.onegrid.server.security.accounts;

import cn.onegrid.data.InvalidQuery;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.BruteForceMatch;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
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
public final class Passwords {

  public static final int MIN_LENGTH = 10;
  private static final String USERNAME = "username";
  private static final String ARGON2 = "argon2@SpringSecurity_v5_8";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  public static PasswordEncoder encoder() {
    return new DelegatingPasswordEncoder(
        ARGON2,
        Map.of(
            ARGON2,
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }

  /**
   * Refuses a new password that is too short (spaces do not count) or easy to guess, as the nbvcxz
   * estimator judges it: common passwords and words, repeated or sequential characters, keyboard
   * patterns, dates, and the username inside. The refusal's key says why.
   */
  public static void check(String username, String password) {
    if (password == null || password.strip().length() < MIN_LENGTH) {
      throw InvalidQuery.of("password", "password.tooShort", MIN_LENGTH);
    }
    Result result = estimator(username).estimate(password);
    if (!result.isMinimumEntropyMet()) {
      throw InvalidQuery.of("password", "password.weak." + why(result));
    }
  }

  private static Nbvcxz estimator(String username) {
    List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    if (username != null && !username.isBlank()) {
      dictionaries.add(
          new DictionaryBuilder()
              .setDictionaryName(USERNAME)
              .setExclusion(true)
              .addWord(username.strip().toLowerCase(Locale.ROOT), 0)
              .createDictionary());
    }
    return new Nbvcxz(
        new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
  }

  /** What makes the password guessable: the part of it that gave the most away. */
  private static String why(Result result) {
    List<Match> matches = result.getMatches();
    if (matches.stream()
        .anyMatch(m -> m instanceof DictionaryMatch d && d.getDictionaryName().equals(USERNAME))) {
      return "username";
    }
    return matches.stream()
        .filter(m -> !(m instanceof BruteForceMatch))
        .max(Comparator.comparingInt(m -> m.getToken().length()))
        .map(Passwords::kind)
        .orElse("guessable");
  }

  private static String kind(Match match) {
    if (match instanceof RepeatMatch) {
      return "repeated";
    } else if (match instanceof SequenceMatch) {
      return "sequence";
    } else if (match instanceof SpacialMatch) {
      return "keyboard";
    } else if (match instanceof DictionaryMatch) {
      return "common";
    } else if (match instanceof DateMatch || match instanceof YearMatch) {
      return "date";
    }
    return "guessable";
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
