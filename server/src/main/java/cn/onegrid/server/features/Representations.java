package cn.onegrid.server.features;

import cn.onegrid.server.html.Pages;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a document into the response a client asked for: JSON as it is, HTML through the {@code
 * resource} page ({@link Pages}), in the reader's language. Bodies are UTF-8 bytes, written once: a
 * {@code String} body would be encoded twice by Spring (once only to count its length). Resources
 * whose ETag comes from the data revision set it in {@code headers} ({@link RevisionETags}); every
 * other GET gets a content-based ETag from the HTTP configuration.
 */
@Component
public class Representations {

  private static final MediaType HTML_UTF8 = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final JsonMapper json;
  private final Pages pages;

  Representations(JsonMapper json, Pages pages) {
    this.json = json;
    this.pages = pages;
  }

  /** A document record, serialized by Jackson. */
  public ResponseEntity<byte[]> of(Format format, String title, Object document, String jsonType) {
    return of(format, title, document, jsonType, new HttpHeaders());
  }

  /** A document record, serialized by Jackson, with response headers (links, for example). */
  public ResponseEntity<byte[]> of(
      Format format, String title, Object document, String jsonType, HttpHeaders headers) {
    return ofJson(format, title, json.writeValueAsBytes(document), jsonType, headers);
  }

  /** A document already written as JSON (for example by PostGIS). */
  public ResponseEntity<byte[]> ofJson(
      Format format, String title, String document, String jsonType, HttpHeaders headers) {
    return ofJson(format, title, document.getBytes(StandardCharsets.UTF_8), jsonType, headers);
  }

  /** A document already written as UTF-8 JSON (for example by PostGIS). */
  public ResponseEntity<byte[]> ofJson(
      Format format, String title, byte[] document, String jsonType, HttpHeaders headers) {
    if (format == Format.HTML) {
      String page = pages.resource(title, json.readTree(document));
      return ResponseEntity.ok()
          .headers(headers)
          .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE) // the page's language
          .contentType(HTML_UTF8)
          .body(page.getBytes(StandardCharsets.UTF_8));
    }
    return ResponseEntity.ok()
        .headers(headers)
        .contentType(MediaType.parseMediaType(jsonType))
        .body(document);
  }

  public byte[] write(Object value) {
    return json.writeValueAsBytes(value);
  }
}
