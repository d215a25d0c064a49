package cn.onegrid.server.tiles;

import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Property;
import cn.onegrid.server.features.DocumentWords;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A TileJSON 3.0.0 document: what a map client needs to draw a collection's tiles. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TileJson(
    String tilejson,
    String name,
    String description,
    String attribution,
    List<String> tiles,
    int minzoom,
    int maxzoom,
    double[] bounds,
    @JsonProperty("vector_layers") List<VectorLayer> vectorLayers) {

  record VectorLayer(
      String id, String description, Map<String, String> fields, int minzoom, int maxzoom) {}

  /** The tileset of {@code collection}, in the reader's words. */
  static TileJson of(
      Collection collection, DocumentWords words, String template, Optional<double[]> extent) {
    String description = words.description(collection);
    Map<String, String> fields = new LinkedHashMap<>();
    for (Property property : collection.properties()) {
      fields.put(property.name(), words.meaning(collection, property));
    }
    return new TileJson(
        "3.0.0",
        words.title(collection),
        description,
        words.text("doc.attribution"),
        List.of(template),
        collection.minZoom(),
        collection.maxZoom(),
        extent.orElse(null),
        List.of(
            new VectorLayer(
                collection.id(), description, fields, collection.minZoom(), collection.maxZoom())));
  }
}
