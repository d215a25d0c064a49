package cn.onegrid.server.editing;

import cn.onegrid.data.editing.AreaEditor;
import cn.onegrid.data.editing.CleanedArea;
import cn.onegrid.data.editing.Editable;
import cn.onegrid.data.editing.StoredArea;
import cn.onegrid.server.editing.AreaJson.AreaResult;
import cn.onegrid.server.security.ClientDeparture;
import cn.onegrid.server.system.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * OGC API - Features Part 4 on the editable collections (duty-post areas, micro-grids,
 * comprehensive grids), for their areas only: PUT and PATCH replace an item's geometry, DELETE
 * removes a post's area. Every write needs {@code If-Match} with the item's version tag and a
 * {@code change_reason}; a stale tag gets 412 with the current one and changes nothing. Drawings
 * are cleaned (repaired, snapped, clipped) before they are stored, and the response says how.
 */
@RestController
class AreaEditController {

  private static final String ITEM = "/collections/{collectionId}/items/{featureId}";

  private final AreaEditor editor;
  private final JsonMapper json;
  private final CleaningWords words;

  AreaEditController(AreaEditor editor, JsonMapper json, CleaningWords words) {
    this.editor = editor;
    this.json = json;
    this.words = words;
  }

  /** PUT replaces the area; Part 4's PATCH changes what it carries, here only the geometry. */
  @RequestMapping(
      value = ITEM,
      method = {RequestMethod.PUT, RequestMethod.PATCH})
  ResponseEntity<AreaResult> replace(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestParam(value = ChangeReason.PARAMETER, required = false) String reason,
      HttpServletRequest request,
      Authentication principal) {
    return write(collectionId, featureId, ifMatch, reason, principal, request, false);
  }

  @DeleteMapping(ITEM)
  ResponseEntity<AreaResult> remove(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestParam(value = ChangeReason.PARAMETER, required = false) String reason,
      HttpServletRequest request,
      Authentication principal) {
    if (!Editable.of(collectionId).removable()) {
      throw new RequestRefused(
          HttpStatus.METHOD_NOT_ALLOWED, "editing.not-removable", collectionId);
    }
    return write(collectionId, featureId, ifMatch, reason, principal, request, true);
  }

  @PostMapping("/collections/{collectionId}/items")
  ResponseEntity<Void> create(@PathVariable String collectionId) {
    Editable.of(collectionId);
    throw new RequestRefused(HttpStatus.METHOD_NOT_ALLOWED, "editing.no-new-features");
  }

  private ResponseEntity<AreaResult> write(
      String collectionId,
      String featureId,
      String ifMatch,
      String reason,
      Authentication principal,
      HttpServletRequest request,
      boolean removing) {
    StoredArea area = editor.find(Editable.of(collectionId), featureId);
    String who = Editors.mayEdit(principal, area.committeeCode());
    int expected = VersionTag.required(ifMatch);
    String why = ChangeReason.required(reason);
    Geometry drawn = removing ? null : FeatureBody.geometry(request, json);
    AreaEditor.Edit edit =
        ClientDeparture.stopsWork(request, () -> editor.replace(area, expected, drawn, who, why));
    CleanedArea cleaned = edit.cleaned();
    return ResponseEntity.ok()
        .eTag(VersionTag.of(edit.version()))
        .body(
            new AreaResult(
                featureId,
                collectionId,
                edit.version(),
                AreaJson.geoJson(cleaned.shape()),
                words.of(cleaned, request)));
  }

  /** The item's current version and area, for a client that has only the collection's pages. */
  static AreaResult current(StoredArea area) {
    return new AreaResult(
        area.code(),
        area.target().collection(),
        area.version(),
        AreaJson.geoJson(area.shape()),
        java.util.List.of());
  }
}
