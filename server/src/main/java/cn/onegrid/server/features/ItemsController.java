package cn.onegrid.server.features;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Crs;
import cn.onegrid.data.features.Feature;
import cn.onegrid.data.features.FeaturePage;
import cn.onegrid.data.features.FeatureQuery;
import cn.onegrid.data.features.FeatureRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /collections/{id}/items} and {@code /collections/{id}/items/{featureId}}. */
@RestController
class ItemsController {

  private static final byte[] FEATURES = ascii(",\"features\":[");
  private static final byte[] END_FEATURES = ascii("]}");
  private static final byte[] LINKS = ascii(",\"links\":");
  private static final byte[] END_OBJECT = ascii("}");

  private final FeatureRepository features;
  private final Representations representations;
  private final RevisionETags etags;
  private final DocumentWords words;

  ItemsController(
      FeatureRepository features,
      Representations representations,
      RevisionETags etags,
      DocumentWords words) {
    this.features = features;
    this.representations = representations;
    this.etags = etags;
    this.words = words;
  }

  @GetMapping("/collections/{collectionId}/items")
  ResponseEntity<byte[]> items(@PathVariable String collectionId, HttpServletRequest request) {
    Collection collection = Catalog.get(collectionId);
    Format format = Format.of(request);
    FeatureQuery query = ItemsRequest.bind(collection, request);
    Optional<ResponseEntity<byte[]>> unchanged = notModified(request, format);
    if (unchanged.isPresent()) {
      return unchanged.get();
    }
    FeaturePage page = features.items(query);

    StringBuilder head = new StringBuilder(160);
    head.append("{\"type\":\"FeatureCollection\",\"timeStamp\":\"")
        .append(page.changedAt().truncatedTo(ChronoUnit.SECONDS))
        .append("\",\"numberReturned\":")
        .append(page.numberReturned());
    if (query.offset() == 0 && !page.more()) {
      head.append(",\"numberMatched\":")
          .append(page.numberReturned()); // all of them, known for free
    }
    head.append(",\"links\":");
    List<Link> pageLinks = pageLinks(query, page, format);
    byte[] links = representations.write(pageLinks);
    ByteArrayOutputStream json =
        new ByteArrayOutputStream(head.length() + links.length + page.featuresJson().length + 16);
    json.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    json.writeBytes(links);
    json.writeBytes(FEATURES);
    json.writeBytes(page.featuresJson());
    json.writeBytes(END_FEATURES);
    HttpHeaders headers = LinkHeader.add(crsHeader(query.crs()), pageLinks);
    headers.setETag(etags.of(request, format.name(), page.revision()));
    return representations.ofJson(
        format, words.title(collection), json.toByteArray(), MediaTypes.GEOJSON, headers);
  }

  @GetMapping("/collections/{collectionId}/items/{featureId}")
  ResponseEntity<byte[]> item(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      HttpServletRequest request) {
    Collection collection = Catalog.get(collectionId);
    Format format = Format.of(request);
    QueryParameters.allowOnly(request, Set.of("crs"));
    Crs crs = ItemsRequest.crs(request, "crs");
    Optional<ResponseEntity<byte[]>> unchanged = notModified(request, format);
    if (unchanged.isPresent()) {
      return unchanged.get();
    }
    Feature feature =
        features
            .item(collection, featureId, crs)
            .orElseThrow(() -> NotFound.of("editing.no-feature", featureId, collectionId));
    String base = RequestUrls.base() + "/collections/" + collection.id();
    UriComponentsBuilder self = RequestUrls.current();
    List<Link> links =
        List.of(
            new Link(
                RequestUrls.withParam(self, "f", "json"),
                Rel.SELF,
                MediaTypes.GEOJSON,
                words.text("doc.this-feature")),
            new Link(
                RequestUrls.withParam(self, "f", "html"),
                Rel.ALTERNATE,
                MediaTypes.HTML,
                words.text("doc.as-html")),
            new Link(base, Rel.COLLECTION, MediaTypes.JSON, words.title(collection)));
    byte[] linksJson = representations.write(links);
    byte[] object = feature.json();
    ByteArrayOutputStream json = new ByteArrayOutputStream(object.length + linksJson.length + 16);
    json.write(object, 0, object.length - 1); // without its closing brace
    json.writeBytes(LINKS);
    json.writeBytes(linksJson);
    json.writeBytes(END_OBJECT);
    HttpHeaders headers = LinkHeader.add(crsHeader(crs), links);
    headers.setETag(etags.of(request, format.name(), feature.revision()));
    return representations.ofJson(
        format,
        words.title(collection) + " " + featureId,
        json.toByteArray(),
        MediaTypes.GEOJSON,
        headers);
  }

  /** The 304 when the client's copy is current; the revision is read only to check that. */
  private Optional<ResponseEntity<byte[]>> notModified(HttpServletRequest request, Format format) {
    return etags
        .revisionToRevalidate(request)
        .flatMap(revision -> etags.notModified(request, format.name(), revision));
  }

  /**
   * self, alternate, next (only when the next page has features), prev and collection. Paging links
   * keep the representation of this page: an HTML page pages to HTML, JSON to GeoJSON.
   */
  private List<Link> pageLinks(FeatureQuery query, FeaturePage page, Format format) {
    UriComponentsBuilder self = RequestUrls.current();
    List<Link> links = new ArrayList<>();
    links.add(
        new Link(
            RequestUrls.withParam(self, "f", "json"),
            format == Format.JSON ? Rel.SELF : Rel.ALTERNATE,
            MediaTypes.GEOJSON,
            words.text("doc.this-page")));
    links.add(
        new Link(
            RequestUrls.withParam(self, "f", "html"),
            format == Format.HTML ? Rel.SELF : Rel.ALTERNATE,
            MediaTypes.HTML,
            words.text("doc.as-html")));
    UriComponentsBuilder paging = self.cloneBuilder().replaceQueryParam("f", format.parameter());
    String type = format == Format.HTML ? MediaTypes.HTML : MediaTypes.GEOJSON;
    if (page.more()) {
      links.add(
          new Link(
              RequestUrls.withParam(paging, "offset", query.offset() + query.limit()),
              Rel.NEXT,
              type,
              words.text("doc.next-page")));
    }
    if (query.offset() > 0) {
      int previous = Math.max(0, query.offset() - query.limit());
      links.add(
          new Link(
              RequestUrls.withParam(paging, "offset", previous == 0 ? null : previous),
              Rel.PREV,
              type,
              words.text("doc.previous-page")));
    }
    links.add(
        new Link(
            RequestUrls.base() + "/collections/" + query.collection().id(),
            Rel.COLLECTION,
            MediaTypes.JSON,
            words.title(query.collection())));
    return links;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static HttpHeaders crsHeader(Crs crs) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Content-Crs", "<" + crs.uri() + ">");
    return headers;
  }
}
