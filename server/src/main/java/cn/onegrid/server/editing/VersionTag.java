package cn.onegrid.server.editing;

import cn.onegrid.server.system.RequestRefused;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * An editable feature's version as an entity tag, {@code "v12"}: what a write's {@code If-Match}
 * must carry. Weak tags never match (RFC 9110: If-Match compares strongly).
 */
public final class VersionTag {

  // "v3", or "v3-…" where a representation adds a digest of what else it shows.
  private static final Pattern TAG = Pattern.compile("^\"v(\\d{1,9})(?:-[0-9A-Za-z]+)?\"$");

  private VersionTag() {}

  public static String of(int version) {
    return "\"v" + version + "\"";
  }

  /**
   * The version an If-Match header names.
   *
   * @throws RequestRefused 428 when there is none, 412 when it names no version
   */
  public static int required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new RequestRefused(HttpStatus.PRECONDITION_REQUIRED, "editing.if-match-required");
    }
    Matcher m = TAG.matcher(ifMatch.strip());
    if (!m.matches()) {
      throw new RequestRefused(
          HttpStatus.PRECONDITION_FAILED, "editing.if-match-unknown", ifMatch.strip());
    }
    return Integer.parseInt(m.group(1));
  }
}
