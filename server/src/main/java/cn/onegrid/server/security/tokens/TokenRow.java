package cn.onegrid.server.security.tokens;

import cn.onegrid.data.accounts.AccessToken;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** A token as a row of the pages' token tables (one's own tokens page, an account's page). */
public final class TokenRow {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private TokenRow() {}

  /**
   * @param never what the page says for a token never used, in its language
   */
  public static Map<String, Object> of(AccessToken token, Instant now, String never) {
    return Map.of(
        "id", token.id(),
        "name", token.name(),
        "canWrite", token.canWrite(),
        "created", WHEN.format(token.createdAt()),
        "lastUsed", token.lastUsedAt() == null ? never : WHEN.format(token.lastUsedAt()),
        "active", token.activeAt(now),
        "revoked", token.revokedAt() != null);
  }
}
