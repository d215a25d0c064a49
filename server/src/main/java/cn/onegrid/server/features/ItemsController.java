package cn.onegrid.server.features;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Crs;
import cn.onegrid.data.features.FeaturePage;
import cn.onegrid.data.features.FeatureQuery;
import cn.onegrid.data.features.FeatureRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /collections/{id}/items} and {@code /collections/{id}/items/{featureId}}. */
@RestController
class ItemsController {

  private final FeatureRepository features;
  private final Representations representations;

  ItemsController(FeatureRepository features, Representations representations) {
    this.features = features;
    this.representations = representations;
  }

  @GetMapping("/collections/{collectionId}/items")
  ResponseEntity<String> items(@PathVariable String collectionId, HttpServletRequest request) {
    Collection collection = Catalog.get(collectionId);
    Format format = Format.of(request);
    FeatureQuery query = ItemsRequest.bind(collection, request);
    FeaturePage page = features.items(query);

    StringBuilder json = new StringBuilder(page.featuresJson().length() + 1024);
    json.append("{\"type\":\"FeatureCollection\",\"numberReturned\":")
        .append(page.numberReturned());
    if (query.offset() == 0 && page.numberReturned() < query.limit()) {
      json.append(",\"numberMatched\":")
          .append(page.numberReturned()); // all of them, known for free
    }
    json.append(",\"links\":").append(representations.write(pageLinks(query, page)));
    json.append(",\"features\":[").append(page.featuresJson()).append("]}");
    return representations.ofJson(
        format, collection.title(), json.toString(), MediaTypes.GEOJSON, crsHeader(query.crs()));
  }

  @GetMapping("/collections/{collectionId}/items/{featureId}")
  ResponseEntity<String> item(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      HttpServletRequest request) {
    Collection collection = Catalog.get(collectionId);
    Format format = Format.of(request);
    QueryParameters.allowOnly(request, Set.of("crs"));
    Crs crs = ItemsRequest.crs(request, "crs");
    String feature =
        features
            .item(collection, featureId, crs)
            .orElseThrow(
                () ->
                    new NotFound(
                        "Collection '" + collectionId + "' has no feature '" + featureId + "'"));
    String base = RequestUrls.base() + "/collections/" + collection.id();
    List<Link> links =
        List.of(
            new Link(
                RequestUrls.withParam("f", "json"),
                Rel.SELF,
                MediaTypes.GEOJSON,
                "本要素 This feature"),
            new Link(
                RequestUrls.withParam("f", "html"), Rel.ALTERNATE, MediaTypes.HTML, "网页 As HTML"),
            new Link(base, Rel.COLLECTION, MediaTypes.JSON, collection.title()));
    String json =
        feature.substring(0, feature.length() - 1)
            + ",\"links\":"
            + representations.write(links)
            + "}";
    return representations.ofJson(
        format, collection.title() + " " + featureId, json, MediaTypes.GEOJSON, crsHeader(crs));
  }

  private List<Link> pageLinks(FeatureQuery query, FeaturePage page) {
    List<Link> links = new ArrayList<>();
    links.add(
        new Link(RequestUrls.withParam("f", "json"), Rel.SELF, MediaTypes.GEOJSON, "本页 This page"));
    links.add(
        new Link(RequestUrls.withParam("f", "html"), Rel.ALTERNATE, MediaTypes.HTML, "网页 As HTML"));
    if (page.numberReturned() == query.limit()) {
      links.add(
          new Link(
              RequestUrls.withParam("offset", query.offset() + query.limit()),
              Rel.NEXT,
              MediaTypes.GEOJSON,
              "下一页 Next page"));
    }
    if (query.offset() > 0) {
      int previous = Math.max(0, query.offset() - query.limit());
      links.add(
          new Link(
              RequestUrls.withParam("offset", previous == 0 ? null : previous),
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

  private static HttpHeaders crsHeader(Crs crs) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Content-Crs", "<" + crs.uri() + ">");
    return headers;
  }
}
