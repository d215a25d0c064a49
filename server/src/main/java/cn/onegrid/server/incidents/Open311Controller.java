package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.IncidentTypes;
import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.data.incidents.NewIncident;
import cn.onegrid.server.system.RequestRefused;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (JSON only) for outside systems, signed in with a personal token: the
 * incident types as services, and incidents as service requests. A request created here is a report
 * like any other (routed, in the loop); its status is open until closed or void.
 */
@RestController
class Open311Controller {

  static final String BASE = "/open311/v2";
  private static final int MAX_REQUESTS = 1000;

  private final IncidentTypes types;
  private final Incidents incidents;
  private final Clock clock;

  Open311Controller(IncidentTypes types, Incidents incidents, Clock clock) {
    this.types = types;
    this.incidents = incidents;
    this.clock = clock;
  }

  @GetMapping(BASE + "/services.json")
  List<Map<String, Object>> services() {
    return types.all().stream()
        .map(
            t ->
                Map.<String, Object>of(
                    "service_code",
                    t.id(),
                    "service_name",
                    t.name(),
                    "description",
                    t.name() + " (" + t.limitHours() + " h)",
                    "metadata",
                    false,
                    "type",
                    "realtime",
                    "keywords",
                    t.standard() ? "GB/T 30428.2" : "town",
                    "group",
                    t.standard() ? "GB/T 30428.2" : "town"))
        .toList();
  }

  @PostMapping(BASE + "/requests.json")
  ResponseEntity<List<Map<String, String>>> create(
      @RequestParam(name = "service_code", required = false) String serviceCode,
      @RequestParam(name = "lat", required = false) Double lat,
      @RequestParam(name = "long", required = false) Double lon,
      @RequestParam(required = false) String description,
      @RequestParam(name = "first_name", required = false) String firstName,
      @RequestParam(name = "last_name", required = false) String lastName,
      @RequestParam(required = false) String phone,
      Authentication principal) {
    if (lat == null || lon == null) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.open311-location");
    }
    String name = ((lastName == null ? "" : lastName) + (firstName == null ? "" : firstName));
    long id =
        incidents.report(
            new NewIncident(
                serviceCode,
                lon,
                lat,
                description,
                name.isBlank() ? null : name.strip(),
                phone == null || phone.isBlank() ? null : phone.strip(),
                null,
                IncidentRoles.user(principal).getUsername(),
                "open311",
                clock.instant()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(List.of(Map.of("service_request_id", Long.toString(id), "service_notice", "")));
  }

  @GetMapping(BASE + "/requests.json")
  ResponseEntity<String> list(
      @RequestParam(name = "service_request_id", required = false) String ids,
      @RequestParam(name = "service_code", required = false) String serviceCode,
      @RequestParam(name = "start_date", required = false) String start,
      @RequestParam(name = "end_date", required = false) String end,
      @RequestParam(required = false) String status) {
    if (status != null && !status.equals("open") && !status.equals("closed")) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.open311-status", status);
    }
    Long id = ids == null ? null : id(ids);
    return json(
        incidents.serviceRequests(
            id,
            serviceCode,
            instant("start_date", start),
            instant("end_date", end),
            status,
            MAX_REQUESTS));
  }

  @GetMapping(BASE + "/requests/{id}.json")
  ResponseEntity<String> read(@PathVariable String id) {
    String found = incidents.serviceRequests(id(id), null, null, null, null, 1);
    if (found.equals("[]")) {
      throw new RequestRefused(HttpStatus.NOT_FOUND, "incidents.not-found", id);
    }
    return json(found);
  }

  private static Long id(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.open311-id", id);
    }
  }

  private static Instant instant(String name, String value) {
    try {
      return value == null ? null : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.open311-date", name, value);
    }
  }

  private static ResponseEntity<String> json(String body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
