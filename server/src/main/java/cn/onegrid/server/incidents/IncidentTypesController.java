package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.IncidentTypes;
import cn.onegrid.data.incidents.IncidentTypes.IncidentType;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident types, each with its time limit: {@code GET /incident-types} for anyone signed in,
 * {@code PUT /admin/incident-types/{id}} with {@code {"name", "limitHours"}} for administrators
 * (adds the town's own type, or changes one).
 */
@RestController
class IncidentTypesController {

  private final IncidentTypes types;

  IncidentTypesController(IncidentTypes types) {
    this.types = types;
  }

  @GetMapping("/incident-types")
  Map<String, List<IncidentType>> all() {
    return Map.of("incidentTypes", types.all());
  }

  @PutMapping("/admin/incident-types/{id}")
  IncidentType put(@PathVariable String id, @RequestBody(required = false) TypeBody body) {
    return types.put(
        id, body == null ? null : body.name(), body == null ? null : body.limitHours());
  }

  record TypeBody(String name, Integer limitHours) {}
}
