package cn.onegrid.server.tiles;

import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.Crs;
import cn.onegrid.server.features.DocumentWords;
import cn.onegrid.server.features.Link;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A collection's vector tileset in WebMercatorQuad, as OGC API - Tiles defines it (the TileSet
 * metadata of TMS 2.0): what the tiles hold, the tile matrices served, where the tiles are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TileSet(
    String title,
    String description,
    String dataType,
    String crs,
    String tileMatrixSetURI,
    List<WebMercatorQuad.Limits> tileMatrixSetLimits,
    BoundingBox boundingBox,
    List<Layer> layers,
    List<Link> links) {

  /** The extent of the data, in CRS84. */
  record BoundingBox(double[] lowerLeft, double[] upperRight, String crs) {}

  /** The collection as a layer of the tiles (its MVT layer has the collection's id). */
  record Layer(
      String id,
      String title,
      String description,
      String dataType,
      int geometryDimension,
      String minTileMatrix,
      String maxTileMatrix) {}

  /** The tileset of {@code collection}, in the reader's words. */
  static TileSet of(
      Collection collection, DocumentWords words, Optional<double[]> extent, List<Link> links) {
    String title = words.title(collection);
    String description = words.description(collection);
    return new TileSet(
        title,
        description,
        "vector",
        WebMercatorQuad.CRS,
        WebMercatorQuad.URI,
        extent
            .map(e -> WebMercatorQuad.limits(e, collection.minZoom(), collection.maxZoom()))
            .orElse(null),
        extent
            .map(
                e ->
                    new BoundingBox(
                        new double[] {e[0], e[1]}, new double[] {e[2], e[3]}, Crs.CRS84.uri()))
            .orElse(null),
        List.of(
            new Layer(
                collection.id(),
                title,
                description,
                "vector",
                collection.geometryType().equals("Point") ? 0 : 2,
                Integer.toString(collection.minZoom()),
                Integer.toString(collection.maxZoom()))),
        links);
  }
}
