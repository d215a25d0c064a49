package cn.onegrid.server.tiles;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.features.FeatureRepository;
import cn.onegrid.data.features.Tile;
import cn.onegrid.server.features.DocumentWords;
import cn.onegrid.server.features.Link;
import cn.onegrid.server.features.MediaTypes;
import cn.onegrid.server.features.Rel;
import cn.onegrid.server.features.RevisionETags;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Tilesets (OGC API - Tiles, with TileJSON beside them) and the tiles themselves; an empty tile is
 * 204. Tiles carry revision ETags ({@link RevisionETags}); low-zoom tiles come from the {@link
 * TileCache} while the data under them is unchanged.
 */
@RestController
class TilesController {

  static final String MATRIX_SET = WebMercatorQuad.ID;
  private static final MediaType MVT = MediaType.parseMediaType(MediaTypes.MVT);

  private static final String REPRESENTATION = "mvt";

  private static final String TILE =
      "/collections/{collectionId}/tiles/" + MATRIX_SET + "/{tileMatrix}/{tileRow}/{tileCol}";

  private final FeatureRepository features;
  private final RevisionETags etags;
  private final TileCache cache;
  private final DocumentWords words;

  TilesController(
      FeatureRepository features, RevisionETags etags, TileCache cache, DocumentWords words) {
    this.features = features;
    this.etags = etags;
    this.cache = cache;
    this.words = words;
  }

  @GetMapping("/collections/{collectionId}/tiles")
  Map<String, Object> tilesets(@PathVariable String collectionId) {
    Collection collection = Catalog.get(collectionId);
    String base = base(collection);
    return Map.of(
        "links", List.of(new Link(base, Rel.SELF, MediaTypes.JSON, words.title(collection))),
        "tilesets",
            List.of(
                Map.of(
                    "title",
                    words.title(collection),
                    "dataType",
                    "vector",
                    "crs",
                    WebMercatorQuad.CRS,
                    "tileMatrixSetURI",
                    WebMercatorQuad.URI,
                    "links",
                    tilesetLinks(collection))));
  }

  /** The tileset as OGC API - Tiles defines it. */
  @GetMapping("/collections/{collectionId}/tiles/" + MATRIX_SET)
  TileSet tileset(@PathVariable String collectionId) {
    Collection collection = Catalog.get(collectionId);
    List<Link> links = new ArrayList<>(tilesetLinks(collection));
    links.add(
        new Link(
            TileMatrixSetsController.base() + "/" + MATRIX_SET,
            Rel.TILING_SCHEME,
            MediaTypes.JSON,
            MATRIX_SET));
    links.add(
        Link.template(
            base(collection) + "/" + MATRIX_SET + "/{tileMatrix}/{tileRow}/{tileCol}",
            Rel.ITEM,
            MediaTypes.MVT,
            words.text("doc.tiles")));
    links.add(
        new Link(
            ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                + "/collections/"
                + collection.id(),
            Rel.GEODATA,
            MediaTypes.JSON,
            words.title(collection)));
    return TileSet.of(collection, words, features.extent(collection), links);
  }

  /** The same tileset as TileJSON 3.0, for map libraries. */
  @GetMapping("/collections/{collectionId}/tiles/" + MATRIX_SET + "/tilejson")
  TileJson tileJson(@PathVariable String collectionId) {
    Collection collection = Catalog.get(collectionId);
    return TileJson.of(
        collection,
        words,
        base(collection) + "/" + MATRIX_SET + "/{z}/{y}/{x}",
        features.extent(collection));
  }

  /**
   * A tile. The same tile answers with a {@code .mvt} suffix: GDAL's MVT driver recognises a remote
   * tile by its extension ({@code ogrinfo MVT:…/15/13386/27425.mvt}).
   */
  @GetMapping({TILE, TILE + ".mvt"})
  ResponseEntity<byte[]> tile(
      @PathVariable String collectionId,
      @PathVariable int tileMatrix,
      @PathVariable int tileRow,
      @PathVariable int tileCol,
      HttpServletRequest request) {
    Collection collection = Catalog.get(collectionId);
    checkTile(collection, tileMatrix, tileRow, tileCol);
    TileCache.Key key = new TileCache.Key(collection.id(), tileMatrix, tileCol, tileRow);
    boolean kept = cache.keeps(tileMatrix);
    Optional<Long> revision =
        kept ? Optional.of(features.revision()) : etags.revisionToRevalidate(request);
    if (revision.isPresent()) {
      Optional<ResponseEntity<byte[]>> unchanged =
          etags.notModified(request, REPRESENTATION, revision.get());
      if (unchanged.isPresent()) {
        return unchanged.get();
      }
      Optional<Tile> hit = cache.get(key, revision.get());
      if (hit.isPresent()) {
        return response(hit.get(), request);
      }
    }
    Tile tile = features.tile(collection, tileMatrix, tileCol, tileRow);
    if (kept) {
      cache.put(key, tile);
    }
    return response(tile, request);
  }

  private ResponseEntity<byte[]> response(Tile tile, HttpServletRequest request) {
    String etag = etags.of(request, REPRESENTATION, tile.revision());
    if (tile.isEmpty()) {
      return ResponseEntity.noContent().eTag(etag).build();
    }
    return ResponseEntity.ok().contentType(MVT).eTag(etag).body(tile.mvt());
  }

  private static void checkTile(Collection collection, int z, int row, int col) {
    if (z < 0 || z > collection.maxZoom()) {
      throw NotFound.of("tiles.matrix-range", z, collection.maxZoom(), MATRIX_SET);
    }
    if (z < collection.minZoom()) {
      throw NotFound.of("tiles.below-min-zoom", collection.id(), collection.minZoom(), z);
    }
    long size = 1L << z;
    if (row < 0 || row >= size || col < 0 || col >= size) {
      throw NotFound.of("tiles.outside-matrix", z, row, col, size - 1);
    }
  }

  /** The tileset (self) and its TileJSON (alternate). */
  private List<Link> tilesetLinks(Collection collection) {
    String tileset = base(collection) + "/" + MATRIX_SET;
    return List.of(
        new Link(tileset, Rel.SELF, MediaTypes.JSON, words.title(collection) + " " + MATRIX_SET),
        new Link(tileset + "/tilejson", Rel.ALTERNATE, MediaTypes.TILEJSON, "TileJSON"));
  }

  private static String base(Collection collection) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        + "/collections/"
        + collection.id()
        + "/tiles";
  }
}
