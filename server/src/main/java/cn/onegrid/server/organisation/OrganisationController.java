package cn.onegrid.server.organisation;

import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.organisation.OrganisationKind;
import cn.onegrid.data.organisation.OrganisationStore;
import cn.onegrid.data.organisation.OrganisationStore.Item;
import cn.onegrid.server.editing.VersionTag;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.RequestRefused;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The town's organisation, kept by administrators (everywhere) and planners (in their committees):
 * {@code POST /organisation/{kind}} with the committee's code in {@code committee} creates an item,
 * {@code PUT /organisation/{kind}/{key}} with its version tag in If-Match changes what the body
 * names, {@code DELETE} with If-Match removes it; {@code GET} reads one with its tag. Kinds are
 * {@code party-groups} (with {@code members}: person ids, and {@code leader}: one of them or null),
 * {@code liaisons}, {@code partner-units} and {@code compounds} (with {@code boundary}: a GeoJSON
 * polygon inside the committee; the key is the code it is given). The audit log records each write
 * ({@code AuditedWrites}).
 */
@RestController
class OrganisationController {

  static final String ITEM = "/organisation/{kind}/{key}";

  private static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  private final OrganisationStore store;
  private final JsonMapper json;

  OrganisationController(OrganisationStore store, JsonMapper json) {
    this.store = store;
    this.json = json;
  }

  @GetMapping(ITEM)
  ResponseEntity<String> get(@PathVariable String kind, @PathVariable String key) {
    return answer(ResponseEntity.ok(), store.get(OrganisationKind.of(kind), key));
  }

  @PostMapping("/organisation/{kind}")
  ResponseEntity<String> create(
      @PathVariable String kind,
      @RequestBody(required = false) Map<String, Object> body,
      Authentication principal) {
    OrganisationKind k = OrganisationKind.of(kind);
    Map<String, Object> sent = sent(body);
    if (sent.get("committee") instanceof String committee) {
      mayKeep(principal, committee);
    }
    Item item = store.create(k, sent);
    return answer(
        ResponseEntity.created(URI.create("/organisation/" + kind + "/" + item.key())), item);
  }

  @PutMapping(ITEM)
  ResponseEntity<String> change(
      @PathVariable String kind,
      @PathVariable String key,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody(required = false) Map<String, Object> body,
      Authentication principal) {
    OrganisationKind k = OrganisationKind.of(kind);
    mayKeep(principal, store.get(k, key).committee());
    int expected = VersionTag.required(ifMatch);
    return answer(ResponseEntity.ok(), store.update(k, key, expected, sent(body)));
  }

  @DeleteMapping(ITEM)
  ResponseEntity<Void> remove(
      @PathVariable String kind,
      @PathVariable String key,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication principal) {
    OrganisationKind k = OrganisationKind.of(kind);
    mayKeep(principal, store.get(k, key).committee());
    store.delete(k, key, VersionTag.required(ifMatch));
    return ResponseEntity.noContent().build();
  }

  /** The body's members, a compound's boundary read as a geometry (degrees). */
  private Map<String, Object> sent(Map<String, Object> body) {
    Map<String, Object> sent = new LinkedHashMap<>(body == null ? Map.of() : body);
    Object boundary = sent.get(OrganisationKind.BOUNDARY);
    if (boundary != null) {
      try {
        sent.put(
            OrganisationKind.BOUNDARY,
            new GeoJsonReader(DEGREES).read(json.writeValueAsString(boundary)));
      } catch (ParseException | RuntimeException e) {
        throw new RequestRefused(
            HttpStatus.UNPROCESSABLE_ENTITY, "organisation.boundary-geojson", e.getMessage());
      }
    }
    return sent;
  }

  /** Administrators keep every committee's organisation; planners those they plan. */
  static void mayKeep(Authentication principal, String committee) {
    if (principal == null || !(principal.getPrincipal() instanceof OneGridUser user)) {
      throw new RequestRefused(HttpStatus.UNAUTHORIZED, "editing.sign-in");
    }
    if (user.role() != Role.ADMIN && !user.mayEdit(committee)) {
      throw new RequestRefused(
          HttpStatus.FORBIDDEN,
          "organisation.not-yours",
          user.getUsername(),
          committee,
          String.join(", ", user.committees()));
    }
  }

  private static ResponseEntity<String> answer(ResponseEntity.BodyBuilder builder, Item item) {
    return builder
        .eTag(VersionTag.of(item.version()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(item.json());
  }
}
