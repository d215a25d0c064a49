package cn.onegrid.server.features;

import cn.onegrid.server.features.Documents.Conformance;
import cn.onegrid.server.features.Documents.LandingPage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The landing page, {@code /conformance} and {@code /api}. In HTML the landing page is the town map
 * ({@code web}'s index.html); in JSON it is the OGC API entry point.
 */
@RestController
class LandingController {

  /** The conformance classes of what is served, and nothing else. */
  static final List<String> CONFORMANCE =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
          "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
          // Part 4 on the editable collections: PUT and DELETE (POST answers 405), PATCH, GeoJSON
          // bodies. Not optimistic-locking-etags: writes need If-Match, but with the version tag
          // of /edit, not the ETag an item's GET carries.
          "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
          "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
          "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
          "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30");

  private final Representations representations;
  private final byte[] mapPage;
  private final DocumentWords words;

  LandingController(Representations representations, DocumentWords words) {
    this.representations = representations;
    this.words = words;
    this.mapPage = read("static/index.html").getBytes(StandardCharsets.UTF_8);
  }

  @GetMapping("/")
  ResponseEntity<byte[]> landing(HttpServletRequest request) {
    Format format = Format.of(request);
    if (format == Format.HTML) {
      // The map page takes what links add to it (WeChat's ?from=singlemessage): its own state is
      // the fragment. The landing document is as strict as every other.
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
          .body(mapPage);
    }
    QueryParameters.allowOnly(request, Set.of());
    String base = RequestUrls.base();
    List<Link> links =
        List.of(
            new Link(base + "/?f=json", Rel.SELF, MediaTypes.JSON, words.text("doc.this-document")),
            new Link(base + "/?f=html", Rel.ALTERNATE, MediaTypes.HTML, words.text("doc.the-map")),
            new Link(
                base + "/api", Rel.SERVICE_DESC, MediaTypes.OPENAPI, words.text("doc.openapi")),
            new Link(
                base + "/api?f=html", Rel.SERVICE_DOC, MediaTypes.HTML, words.text("doc.api-docs")),
            new Link(
                base + "/conformance",
                Rel.CONFORMANCE,
                MediaTypes.JSON,
                words.text("doc.conformance")),
            new Link(
                base + "/collections", Rel.DATA, MediaTypes.JSON, words.text("doc.collections")));
    LandingPage page = new LandingPage(words.text("page.town"), words.text("doc.landing"), links);
    return representations.of(
        format, page.title(), page, MediaTypes.JSON, LinkHeader.add(new HttpHeaders(), links));
  }

  @GetMapping("/conformance")
  ResponseEntity<byte[]> conformance(HttpServletRequest request) {
    Format format = Format.of(request);
    QueryParameters.allowOnly(request, Set.of());
    return representations.of(
        format, words.text("doc.conformance"), new Conformance(CONFORMANCE), MediaTypes.JSON);
  }

  @GetMapping("/api")
  ResponseEntity<byte[]> api(HttpServletRequest request, Authentication reader) {
    Format format = Format.of(request);
    QueryParameters.allowOnly(request, Set.of());
    return representations.of(
        format,
        words.text("doc.openapi"),
        OpenApiDocument.of(RequestUrls.base(), Readers.of(reader)),
        MediaTypes.OPENAPI);
  }

  private static String read(String resource) {
    try {
      return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The web module's " + resource + " is missing", e);
    }
  }
}
