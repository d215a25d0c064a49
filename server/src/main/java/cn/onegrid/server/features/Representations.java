package cn.onegrid.server.features;

import cn.onegrid.server.html.HtmlRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a document into the response a client asked for: JSON as it is, HTML through the renderer.
 * Content-based ETags and 304s are added for every GET by the HTTP configuration, not here.
 */
@Component
public class Representations {

  private final JsonMapper json;

  Representations(JsonMapper json) {
    this.json = json;
  }

  /** A document record, serialized by Jackson. */
  public ResponseEntity<String> of(Format format, String title, Object document, String jsonType) {
    return ofJson(format, title, json.writeValueAsString(document), jsonType, new HttpHeaders());
  }

  /** A document already written as JSON (for example by PostGIS). */
  public ResponseEntity<String> ofJson(
      Format format, String title, String document, String jsonType, HttpHeaders headers) {
    if (format == Format.HTML) {
      return ResponseEntity.ok()
          .headers(headers)
          .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
          .body(HtmlRenderer.page(title, json.readTree(document)));
    }
    return ResponseEntity.ok()
        .headers(headers)
        .contentType(MediaType.parseMediaType(jsonType))
        .body(document);
  }

  public String write(Object value) {
    return json.writeValueAsString(value);
  }
}
