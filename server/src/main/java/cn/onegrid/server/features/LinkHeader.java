package cn.onegrid.server.features;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;

/**
 * A document's links as an HTTP {@code Link} header (RFC 8288), as OGC API - Features Part 1
 * recommends (/rec/core/link-header), so a client can page without parsing the body. Titles stay in
 * the body: a header carries ASCII only.
 */
final class LinkHeader {

  private LinkHeader() {}

  /** {@code headers} with a {@code Link} header listing {@code links}. */
  static HttpHeaders add(HttpHeaders headers, List<Link> links) {
    headers.set(HttpHeaders.LINK, of(links));
    return headers;
  }

  static String of(List<Link> links) {
    return links.stream()
        .filter(link -> link.templated() == null)
        .map(
            link ->
                "<"
                    + ascii(link.href())
                    + ">; rel=\""
                    + link.rel()
                    + "\""
                    + (link.type() == null ? "" : "; type=\"" + link.type() + "\""))
        .collect(Collectors.joining(", "));
  }

  /** Percent-encodes what is not printable ASCII (an IRI in a link becomes its URI). */
  private static String ascii(String href) {
    StringBuilder out = new StringBuilder(href.length());
    for (byte b : href.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && c != '<' && c != '>') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
