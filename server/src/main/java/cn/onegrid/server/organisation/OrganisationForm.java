package cn.onegrid.server.organisation;

import cn.onegrid.data.organisation.Field;
import cn.onegrid.data.organisation.OrganisationKind;
import cn.onegrid.data.organisation.OrganisationStore.Item;
import cn.onegrid.server.system.RequestRefused;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * One kind's form on the organisation page, as filled or sent: every field as text, a party group's
 * members (person ids) and leader (a person id, empty for none) and a compound's boundary (GeoJSON
 * text; empty keeps it when changing).
 *
 * @param key the item's key, null for a new one
 * @param version the version the form was filled at
 */
record OrganisationForm(
    OrganisationKind kind,
    String key,
    int version,
    Map<String, String> values,
    Set<String> members,
    String leader,
    String boundary) {

  private static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  static OrganisationForm empty(OrganisationKind kind) {
    return new OrganisationForm(kind, null, 0, Map.of(), Set.of(), "", "");
  }

  /** The form as a browser sent it. */
  static OrganisationForm sent(OrganisationKind kind, MultiValueMap<String, String> sent) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Field f : kind.fields()) {
      values.put(f.name(), sent.getFirst(f.name()) == null ? "" : sent.getFirst(f.name()).strip());
    }
    String key = sent.getFirst("key");
    String version = sent.getFirst("version");
    List<String> members = sent.get(OrganisationKind.MEMBERS);
    String boundary = sent.getFirst(OrganisationKind.BOUNDARY);
    String leader = sent.getFirst(OrganisationKind.LEADER);
    return new OrganisationForm(
        kind,
        key == null || key.isBlank() ? null : key.strip(),
        version != null && version.strip().matches("\\d{1,9}")
            ? Integer.parseInt(version.strip())
            : 0,
        values,
        members == null ? Set.of() : new LinkedHashSet<>(members),
        leader == null ? "" : leader.strip(),
        boundary == null ? "" : boundary.strip());
  }

  /** The form filled with a stored item. */
  @SuppressWarnings("unchecked")
  static OrganisationForm of(OrganisationKind kind, Item item, JsonMapper json) {
    Map<String, Object> read = read(item, json);
    Map<String, String> values = new LinkedHashMap<>();
    for (Field f : kind.fields()) {
      Object v = read.get(f.name());
      values.put(f.name(), v == null ? "" : v.toString());
    }
    Set<String> members = new LinkedHashSet<>();
    if (read.get(OrganisationKind.MEMBERS) instanceof List<?> list) {
      list.forEach(m -> members.add(String.valueOf(((Map<String, Object>) m).get("id"))));
    }
    String leader =
        read.get(OrganisationKind.LEADER) instanceof Map<?, ?> l ? String.valueOf(l.get("id")) : "";
    return new OrganisationForm(kind, item.key(), item.version(), values, members, leader, "");
  }

  /** A stored item's JSON as a map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> read(Item item, JsonMapper json) {
    return json.readValue(item.json(), Map.class);
  }

  boolean isNew() {
    return key == null;
  }

  String value(String field) {
    return values.getOrDefault(field, "");
  }

  /**
   * What the store is sent: an empty field as none (an optional one cleared, a required one refused
   * by the store), whole numbers as numbers (anything else refused by the store, naming the field),
   * members as ids, the boundary as a geometry (422 if it is not GeoJSON).
   */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (Field f : kind.fields()) {
      String v = value(f.name());
      boolean number = f.type() == Field.Type.WEEKDAY || f.type() == Field.Type.YUAN;
      body.put(
          f.name(), v.isEmpty() ? null : number && v.matches("\\d{1,15}") ? Long.parseLong(v) : v);
    }
    if (kind == OrganisationKind.PARTY_GROUPS) {
      body.put(
          OrganisationKind.MEMBERS,
          members.stream()
              .map(m -> m.matches("\\d{1,18}") ? (Object) Long.parseLong(m) : m)
              .toList());
      body.put(
          OrganisationKind.LEADER,
          leader.isEmpty() ? null : leader.matches("\\d{1,18}") ? Long.parseLong(leader) : leader);
    }
    if (kind == OrganisationKind.COMPOUNDS && !boundary.isEmpty()) {
      try {
        body.put(OrganisationKind.BOUNDARY, new GeoJsonReader(DEGREES).read(boundary));
      } catch (ParseException | RuntimeException e) {
        throw new RequestRefused(
            HttpStatus.UNPROCESSABLE_ENTITY, "organisation.boundary-geojson", e.getMessage());
      }
    }
    return body;
  }
}
