package cn.onegrid.server.editing;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.AreaEditor;
import cn.onegrid.data.editing.CleanedArea;
import cn.onegrid.data.editing.Editable;
import cn.onegrid.data.editing.StoredArea;
import cn.onegrid.server.editing.AreaJson.CleaningJson;
import cn.onegrid.server.security.ClientDeparture;
import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a planner sees before saving: {@code GET …/edit} gives an editable item's area and version
 * tag; {@code POST …/edit/preview} with a drawn Feature, or {@code POST …/edit/paint} with
 * micro-grid codes, answers what would be stored and how the committee's coverage, gaps, overlaps
 * and post balance would change. Nothing is stored.
 */
@RestController
class PreviewController {

  private static final String EDIT = "/collections/{collectionId}/items/{featureId}/edit";

  private final AreaEditor editor;
  private final WhatIf whatIf;
  private final JsonMapper json;
  private final CleaningWords words;

  PreviewController(AreaEditor editor, WhatIf whatIf, JsonMapper json, CleaningWords words) {
    this.editor = editor;
    this.whatIf = whatIf;
    this.json = json;
    this.words = words;
  }

  @GetMapping(EDIT)
  ResponseEntity<AreaJson.AreaResult> current(
      @PathVariable String collectionId, @PathVariable String featureId) {
    StoredArea area = editor.find(Editable.of(collectionId), featureId);
    return ResponseEntity.ok()
        .eTag(VersionTag.of(area.version()))
        .body(AreaEditController.current(area));
  }

  @PostMapping(EDIT + "/preview")
  Preview preview(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      HttpServletRequest request) {
    Editable target = Editable.of(collectionId);
    Geometry drawn = FeatureBody.geometry(request, json);
    StoredArea area = editor.find(target, featureId);
    return ClientDeparture.stopsWork(
        request, () -> preview(area, editor.clean(area, drawn), request));
  }

  /**
   * A post's area painted from micro-grids of its committee ({@code {"microGrids": [codes]}}):
   * their dissolved union, and its effect, as for a drawing. Nothing is stored; save the returned
   * geometry.
   */
  @PostMapping(EDIT + "/paint")
  Preview paint(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestBody Paint body,
      HttpServletRequest request) {
    Editable target = Editable.of(collectionId);
    List<String> grids = body == null || body.microGrids() == null ? List.of() : body.microGrids();
    if (grids.stream().anyMatch(code -> code == null || code.isBlank())) {
      throw InvalidQuery.of("microGrids", "editing.paint-blank-code");
    }
    StoredArea area = editor.find(target, featureId);
    return ClientDeparture.stopsWork(
        request, () -> preview(area, editor.paint(area, grids), request));
  }

  private Preview preview(StoredArea area, CleanedArea cleaned, HttpServletRequest request) {
    Map<String, Geometry> proposed = new HashMap<>();
    proposed.put(area.code(), cleaned.shape());
    WhatIf.Outcome outcome = whatIf.outcome(proposed);
    return new Preview(
        area.code(),
        area.target().collection(),
        area.version(),
        AreaJson.geoJson(cleaned.shape()),
        words.of(cleaned, request),
        outcome.effects(),
        AreaJson.geoJson(outcome.openedGaps()));
  }

  record Paint(List<String> microGrids) {}

  /**
   * @param version the item's version now: the If-Match of the save
   * @param geometry what saving the drawing would store
   * @param cleanings how cleaning changed the drawing
   * @param effects each committee's figures now ({@code before}) and with the drawing ({@code
   *     after})
   * @param openedGaps the ground the drawing would leave to nobody that a post has today (GeoJSON,
   *     empty when none)
   */
  record Preview(
      String id,
      String collection,
      int version,
      @JsonRawValue String geometry,
      List<CleaningJson> cleanings,
      List<WhatIf.Effect> effects,
      @JsonRawValue String openedGaps) {}
}
