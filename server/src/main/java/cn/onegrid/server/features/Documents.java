package cn.onegrid.server.features;

import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.MapHints;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON documents of OGC API - Features, named after their resources. */
final class Documents {

  private Documents() {}

  record LandingPage(String title, String description, List<Link> links) {}

  record Conformance(List<String> conformsTo) {}

  record Collections(List<Link> links, List<CollectionInfo> collections) {}

  record CollectionInfo(
      String id,
      String title,
      String description,
      Extent extent,
      String itemType,
      List<String> crs,
      String storageCrs,
      List<Link> links,
      MapLayer map) {}

  /**
   * How the town map shows the collection (the catalogue's {@link MapHints}, with the keys of its
   * style and its name in the page's palette and message files): the page keeps no copy.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MapLayer(
      int minZoom,
      int maxZoom,
      int drawOrder,
      String card,
      String opens,
      boolean on,
      Integer labels,
      String marker,
      String style,
      String title) {

    static MapLayer of(Collection collection) {
      MapHints map = collection.map();
      return new MapLayer(
          map.minZoom(),
          map.maxZoom(),
          map.drawOrder(),
          map.card(),
          map.opens(),
          map.on(),
          map.labels(),
          map.marker(),
          collection.styleKey(),
          collection.titleKey());
    }
  }

  record Extent(Spatial spatial) {}

  record Spatial(List<double[]> bbox, String crs) {}
}
