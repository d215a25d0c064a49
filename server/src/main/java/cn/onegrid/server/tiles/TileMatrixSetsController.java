package cn.onegrid.server.tiles;

import cn.onegrid.data.NotFound;
import cn.onegrid.server.features.DocumentWords;
import cn.onegrid.server.features.Link;
import cn.onegrid.server.features.MediaTypes;
import cn.onegrid.server.features.Rel;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /tileMatrixSets}: the tile matrix sets OneGrid cuts tiles in, WebMercatorQuad alone, each
 * with its definition, the target of a tileset's {@code tiling-scheme} link.
 */
@RestController
class TileMatrixSetsController {

  private final DocumentWords words;

  TileMatrixSetsController(DocumentWords words) {
    this.words = words;
  }

  @GetMapping("/tileMatrixSets")
  Map<String, Object> tileMatrixSets() {
    String href = base() + "/" + WebMercatorQuad.ID;
    return Map.of(
        "links",
        List.of(new Link(base(), Rel.SELF, MediaTypes.JSON, words.text("doc.tile-matrix-sets"))),
        "tileMatrixSets",
        List.of(
            Map.of(
                "id", WebMercatorQuad.ID,
                "title", WebMercatorQuad.definition().title(),
                "uri", WebMercatorQuad.URI,
                "crs", WebMercatorQuad.CRS,
                "links", List.of(new Link(href, Rel.TILING_SCHEME, MediaTypes.JSON, null)))));
  }

  @GetMapping("/tileMatrixSets/{tileMatrixSetId}")
  WebMercatorQuad.Definition tileMatrixSet(@PathVariable String tileMatrixSetId) {
    if (!tileMatrixSetId.equals(WebMercatorQuad.ID)) {
      throw NotFound.of("tiles.no-matrix-set", tileMatrixSetId, WebMercatorQuad.ID);
    }
    return WebMercatorQuad.definition();
  }

  /** The address of {@code /tileMatrixSets} as the client reached the server. */
  static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        + "/tileMatrixSets";
  }
}
