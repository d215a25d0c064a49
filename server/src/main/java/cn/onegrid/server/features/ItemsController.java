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

  ItemsController(
      FeatureRepository features, Representations representations, RevisionETags etags) {
    this.features = features;
    this.representations = representations;
    this.etags = etags;
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

    StringBuilder head = new StringBuilder(128);
    head.append("{\"type\":\"FeatureCollection\",\"numberReturned\":")
        .append(page.numberReturned());
    if (query.offset() == 0 && page.numberReturned() < query.limit()) {
      head.append(",\"numberMatched\":")
          .append(page.numberReturned()); // all of them, known for free
    }
    head.append(",\"links\":");
    byte[] links = representations.write(pageLinks(query, page));
    ByteArrayOutputStream json =
        new ByteArrayOutputStream(head.length() + links.length + page.featuresJson().length + 16);
    json.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    json.writeBytes(links);
    json.writeBytes(FEATURES);
    json.writeBytes(page.featuresJson());
    json.writeBytes(END_FEATURES);
    HttpHeaders headers = crsHeader(query.crs());
    headers.setETag(etags.of(request, format.name(), page.revision()));
    return representations.ofJson(
        format, collection.title(), json.toByteArray(), MediaTypes.GEOJSON, headers);
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
            .orElseThrow(
                () ->
                    new NotFound(
                        "Collection '" + collectionId + "' has no feature '" + featureId + "'"));
    String base = RequestUrls.base() + "/collections/" + collection.id();
    UriComponentsBuilder self = RequestUrls.current();
    List<Link> links =
        List.of(
            new Link(
                RequestUrls.withParam(self, "f", "json"),
                Rel.SELF,
                MediaTypes.GEOJSON,
                "本要素 This feature"),
            new Link(
                RequestUrls.withParam(self, "f", "html"),
                Rel.ALTERNATE,
                MediaTypes.HTML,
                "网页 As HTML"),
            new Link(base, Rel.COLLECTION, MediaTypes.JSON, collection.title()));
    byte[] linksJson = representations.write(links);
    byte[] object = feature.json();
    ByteArrayOutputStream json = new ByteArrayOutputStream(object.length + linksJson.length + 16);
    json.write(object, 0, object.length - 1); // without its closing brace
    json.writeBytes(LINKS);
    json.writeBytes(linksJson);
    json.writeBytes(END_OBJECT);
    HttpHeaders headers = crsHeader(crs);
    headers.setETag(etags.of(request, format.name(), feature.revision()));
    return representations.ofJson(
        format,
        collection.title() + " " + featureId,
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

  private List<Link> pageLinks(FeatureQuery query, FeaturePage page) {
    UriComponentsBuilder self = RequestUrls.current();
    List<Link> links = new ArrayList<>();
    links.add(
        new Link(
            RequestUrls.withParam(self, "f", "json"),
            Rel.SELF,
            MediaTypes.GEOJSON,
            "本页 This page"));
    links.add(
        new Link(
            RequestUrls.withParam(self, "f", "html"),
            Rel.ALTERNATE,
            MediaTypes.HTML,
            "网页 As HTML"));
    if (page.numberReturned() == query.limit()) {
      links.add(
          new Link(
              RequestUrls.withParam(self, "offset", query.offset() + query.limit()),
              Rel.NEXT,
              MediaTypes.GEOJSON,
              "下一页 Next page"));
    }
    if (query.offset() > 0) {
      int previous = Math.max(0, query.offset() - query.limit());
      links.add(
          new Link(
              RequestUrls.withParam(self, "offset", previous == 0 ? null : previous),
              Rel.PREV,
              MediaTypes.GEOJSON,
              "上一页 Previous page"));
    }
    links.add(
        new Link(
            RequestUrls.base() + "/collections/" + query.collection().id(),
            Rel.COLLECTION,
            MediaTypes.JSON,
            query.collection().title()));
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
