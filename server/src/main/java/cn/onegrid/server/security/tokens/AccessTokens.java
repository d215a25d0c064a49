package cn.onegrid.server.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of personal access tokens: {@code og_} and 32 random bytes (256 bits) in URL-safe
 * Base64. Only a SHA-256 of the secret is stored: a secret this random needs no slow hash.
 */
final class AccessTokens {

  static final String PREFIX = "og_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessTokens() {}

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static boolean looksLikeOne(String secret) {
    return secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + 43;
  }

  static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
