package cn.onegrid.server.features;

import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Crs;
import cn.onegrid.data.features.FeatureRepository;
import cn.onegrid.data.transfer.ExportFormat;
import cn.onegrid.server.features.Documents.CollectionInfo;
import cn.onegrid.server.features.Documents.Collections;
import cn.onegrid.server.features.Documents.Extent;
import cn.onegrid.server.features.Documents.MapLayer;
import cn.onegrid.server.features.Documents.Spatial;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /collections} and {@code /collections/{id}}. */
@RestController
class CollectionsController {

  private final FeatureRepository features;
  private final Representations representations;
  private final DocumentWords words;

  CollectionsController(
      FeatureRepository features, Representations representations, DocumentWords words) {
    this.features = features;
    this.representations = representations;
    this.words = words;
  }

  @GetMapping("/collections")
  ResponseEntity<byte[]> collections(HttpServletRequest request, Authentication reader) {
    Format format = Format.of(request);
    QueryParameters.allowOnly(request, Set.of());
    List<Link> links =
        List.of(
            new Link(
                RequestUrls.withParam("f", "json"),
                Rel.SELF,
                MediaTypes.JSON,
                words.text("doc.collections")),
            new Link(
                RequestUrls.withParam("f", "html"),
                Rel.ALTERNATE,
                MediaTypes.HTML,
                words.text("doc.as-html")));
    List<CollectionInfo> infos =
        Catalog.readableBy(Readers.of(reader)).stream().map(this::info).toList();
    return representations.of(
        format,
        words.text("doc.collections"),
        new Collections(links, infos),
        MediaTypes.JSON,
        LinkHeader.add(new HttpHeaders(), links));
  }

  @GetMapping("/collections/{collectionId}")
  ResponseEntity<byte[]> collection(@PathVariable String collectionId, HttpServletRequest request) {
    Collection collection = Catalog.get(collectionId);
    Format format = Format.of(request);
    QueryParameters.allowOnly(request, Set.of());
    CollectionInfo info = info(collection);
    return representations.of(
        format,
        info.title(),
        info,
        MediaTypes.JSON,
        LinkHeader.add(new HttpHeaders(), info.links()));
  }

  private CollectionInfo info(Collection collection) {
    String base = RequestUrls.base() + "/collections/" + collection.id();
    List<double[]> bbox = features.extent(collection).map(List::of).orElse(List.of());
    List<Link> links =
        new ArrayList<>(
            List.of(
                new Link(base + "?f=json", Rel.SELF, MediaTypes.JSON, words.title(collection)),
                new Link(
                    base + "?f=html", Rel.ALTERNATE, MediaTypes.HTML, words.text("doc.as-html")),
                new Link(
                    base + "/items?f=json",
                    Rel.ITEMS,
                    MediaTypes.GEOJSON,
                    words.text("doc.features")),
                new Link(
                    base + "/items?f=html",
                    Rel.ITEMS,
                    MediaTypes.HTML,
                    words.text("doc.features-html")),
                new Link(
                    base + "/tiles",
                    Rel.TILESETS_VECTOR,
                    MediaTypes.JSON,
                    words.text("doc.vector-tiles"))));
    // The whole collection as a file (EPSG:4490 unless crs says otherwise): OGC's bulk download.
    for (ExportFormat format : ExportFormat.values()) {
      links.add(
          new Link(
              base + "/export?f=" + format.parameter(),
              Rel.ENCLOSURE,
              format.mediaType(),
              words.text("doc.download", format.parameter())));
    }
    return new CollectionInfo(
        collection.id(),
        words.title(collection),
        words.description(collection),
        new Extent(new Spatial(bbox, Crs.CRS84.uri())),
        "feature",
        Crs.uris(),
        Crs.CRS84.uri(),
        links,
        MapLayer.of(collection));
  }
}
