package cn.onegrid.server.features;

import cn.onegrid.data.features.FeatureRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Strong ETags of the data resources (items, features, tiles) from the data revision instead of the
 * body: a hash of the revision the response was read at, the URL as the client sent it (the body's
 * links are made from it), the representation, and this server process (a new release may write
 * other bytes for the same data).
 *
 * <p>Why that is never stale: triggers move the revision in the same transaction as every write to
 * the data, and each data statement reads the revision in its own snapshot; so two responses with
 * the same ETag were read from the same data. A page's or a document's ETag names its language too
 * (its titles are said in it; a tile's has none). {@code If-None-Match} is checked against the
 * current revision (one small query) before the data query, which a 304 then skips. The revision is
 * never cached in the JVM: an edit must change the ETag at once.
 */
@Component
public class RevisionETags {

  private final FeatureRepository features;
  private final String process = HexFormat.of().toHexDigits(new SecureRandom().nextLong());

  RevisionETags(FeatureRepository features) {
    this.features = features;
  }

  /** The data revision now, read only when the client has something to revalidate. */
  public Optional<Long> revisionToRevalidate(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
        ? Optional.empty()
        : Optional.of(features.revision());
  }

  /** A 304 when the request's {@code If-None-Match} names this resource at {@code revision}. */
  public Optional<ResponseEntity<byte[]>> notModified(
      HttpServletRequest request, String representation, long revision) {
    String etag = of(request, representation, revision);
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch == null || !matches(ifNoneMatch, etag)) {
      return Optional.empty();
    }
    return Optional.of(ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build());
  }

  /** The ETag of this request's resource in {@code representation} at data {@code revision}. */
  public String of(HttpServletRequest request, String representation, long revision) {
    StringBuffer url = request.getRequestURL();
    if (request.getQueryString() != null) {
      url.append('?').append(request.getQueryString());
    }
    String key = process + '\n' + revision + '\n' + representation + '\n' + url;
    if (representation.equals(Format.JSON.name()) || representation.equals(Format.HTML.name())) {
      key += '\n' + LocaleContextHolder.getLocale().toLanguageTag(); // titles are said in it
    }
    byte[] hash = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
    return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
  }

  /**
   * RFC 9110's weak comparison, as {@code If-None-Match} asks. {@code *} is not matched here: it
   * may only match a resource that exists, which is not known before the query.
   */
  private static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
