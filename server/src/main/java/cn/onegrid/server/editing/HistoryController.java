package cn.onegrid.server.editing;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.editing.Editable;
import cn.onegrid.data.editing.History;
import cn.onegrid.data.editing.History.Change;
import cn.onegrid.data.features.BoundingBox;
import cn.onegrid.data.features.Crs;
import cn.onegrid.server.system.InstantParameter;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The history of an editable item ({@code GET
 * /collections/{collectionId}/items/{featureId}/history}): every published change with who, when,
 * why, before and after; and revert ({@code POST /changes/{id}/revert} with the item's current
 * version tag in If-Match), which is a change of its own.
 */
@RestController
class HistoryController {

  private final History history;

  HistoryController(History history) {
    this.history = history;
  }

  @GetMapping("/collections/{collectionId}/items/{featureId}/history")
  Map<String, List<ChangeJson>> history(
      @PathVariable String collectionId, @PathVariable String featureId) {
    return Map.of(
        "changes",
        history.of(Editable.of(collectionId), featureId).stream().map(ChangeJson::of).toList());
  }

  /**
   * The collection's areas in a box (CRS84) as they were at a moment (ISO 8601 with offset): the
   * map "as of" a past date.
   */
  @GetMapping(value = "/collections/{collectionId}/as-of", produces = "application/geo+json")
  String asOf(
      @PathVariable String collectionId,
      @RequestParam String datetime,
      @RequestParam(defaultValue = "-180,-90,180,90") String bbox) {
    OffsetDateTime moment = InstantParameter.parse("datetime", datetime);
    BoundingBox box = BoundingBox.parse(bbox, Crs.CRS84);
    if (box.crossesAntimeridian()) {
      throw InvalidQuery.of("bbox", "query.bbox-antimeridian", bbox);
    }
    return history.mapAsOf(
        Editable.of(collectionId),
        moment,
        new double[] {box.minX(), box.minY(), box.maxX(), box.maxY()});
  }

  @PostMapping("/changes/{change}/revert")
  ResponseEntity<Map<String, Integer>> revert(
      @PathVariable long change,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestParam(value = ChangeReason.PARAMETER, required = false) String reason,
      Authentication principal) {
    Change reverted = history.get(change);
    String who = Editors.mayEdit(principal, history.committeeOf(reverted));
    int expected = VersionTag.required(ifMatch);
    int version = history.revert(change, expected, who, ChangeReason.required(reason));
    return ResponseEntity.ok().eTag(VersionTag.of(version)).body(Map.of("version", version));
  }

  record ChangeJson(
      long id,
      String collection,
      String code,
      String changedBy,
      OffsetDateTime changedAt,
      String reason,
      Long plan,
      Long reverts,
      int beforeVersion,
      int afterVersion,
      @JsonRawValue String before,
      @JsonRawValue String after) {
    static ChangeJson of(Change c) {
      return new ChangeJson(
          c.id(),
          c.target().collection(),
          c.code(),
          c.changedBy(),
          c.changedAt(),
          c.reason(),
          c.plan(),
          c.reverts(),
          c.beforeVersion(),
          c.afterVersion(),
          AreaJson.geoJson(c.before()),
          AreaJson.geoJson(c.after()));
    }
  }
}
