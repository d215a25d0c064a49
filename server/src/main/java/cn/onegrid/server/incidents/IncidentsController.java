package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.IncidentState;
import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.data.incidents.Incidents.Incident;
import cn.onegrid.data.incidents.NewIncident;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.RequestRefused;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents: {@code POST /incidents} reports one (routed as it is stored; 201 with the incident),
 * {@code GET /incidents/{id}} reads it with its steps (the reporter's contact whole for those who
 * see the committee's phones and the reporter, else masked; audited when it names people), {@code
 * POST /incidents/{id}/steps} moves it on ({@code {"to", "notes", "post"}}; 409 out of order),
 * {@code GET /incidents/waiting?committee=|post=} what waits, {@code GET /incidents/mine} the
 * caller's reports, {@code GET /incidents/rates?by=committee|grid|post|type}.
 */
@RestController
class IncidentsController {

  private final Incidents incidents;
  private final IncidentViews views;
  private final Clock clock;

  IncidentsController(Incidents incidents, IncidentViews views, Clock clock) {
    this.incidents = incidents;
    this.views = views;
    this.clock = clock;
  }

  @PostMapping("/incidents")
  ResponseEntity<String> report(
      @RequestBody(required = false) ReportBody body, Authentication principal) {
    OneGridUser user = IncidentRoles.user(principal);
    long id = incidents.report(body(body).toIncident(user.getUsername(), "app", clock));
    return ResponseEntity.created(URI.create("/incidents/" + id))
        .contentType(MediaType.APPLICATION_JSON)
        .body(views.read(id, principal));
  }

  @GetMapping("/incidents/{id}")
  ResponseEntity<String> read(@PathVariable long id, Authentication principal) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore())
        .body(views.read(id, principal));
  }

  @GetMapping("/incidents/{id}/photo")
  ResponseEntity<byte[]> photo(@PathVariable long id) {
    return incidents
        .photo(id)
        .map(
            p ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(p.mediaType()))
                    .body(p.bytes()))
        .orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, "incidents.no-photo", id));
  }

  @PostMapping("/incidents/{id}/steps")
  ResponseEntity<String> step(
      @PathVariable long id,
      @RequestBody(required = false) StepBody body,
      Authentication principal) {
    OneGridUser user = IncidentRoles.user(principal);
    Incident incident = incidents.get(id, false);
    if (!IncidentRoles.mayHandle(user, incident.committee())) {
      throw new RequestRefused(
          HttpStatus.FORBIDDEN, "incidents.not-yours", user.getUsername(), incident.committee());
    }
    IncidentState to = body == null ? null : IncidentState.ofOrNull(body.to());
    if (to == null) {
      throw new RequestRefused(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "incidents.state",
          body == null ? "null" : String.valueOf(body.to()));
    }
    incidents.move(id, to, user.getUsername(), body.notes(), body.post(), clock.instant());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(views.read(id, principal));
  }

  @GetMapping("/incidents/waiting")
  ResponseEntity<String> waiting(
      @RequestParam(required = false) String committee,
      @RequestParam(required = false) String post,
      Authentication principal) {
    OneGridUser user = IncidentRoles.user(principal);
    if (committee == null && post == null) {
      if (user.committees().isEmpty()) {
        throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.waiting-for");
      }
      committee = user.committees().get(0);
    }
    return json(incidents.list(committee, post, null, false));
  }

  @GetMapping("/incidents/mine")
  ResponseEntity<String> mine(Authentication principal) {
    return json(incidents.list(null, null, IncidentRoles.user(principal).getUsername(), true));
  }

  @GetMapping("/incidents/rates")
  ResponseEntity<String> rates(
      @RequestParam(defaultValue = "committee") String by,
      @RequestParam(required = false) String committee) {
    return json(incidents.rates(by, committee));
  }

  private static ResponseEntity<String> json(String body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private static ReportBody body(ReportBody body) {
    if (body == null) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "incidents.body");
    }
    return body;
  }

  /**
   * A report as sent.
   *
   * @param location [longitude, latitude] in degrees
   * @param photo base64 (or a data URL) of a JPEG, PNG, GIF or BMP
   */
  record ReportBody(
      String type,
      double[] location,
      String description,
      String reporterName,
      String reporterContact,
      String photo) {

    NewIncident toIncident(String by, String source, Clock clock) {
      if (location == null || location.length != 2) {
        throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "incidents.location");
      }
      return new NewIncident(
          type,
          location[0],
          location[1],
          description,
          blank(reporterName),
          blank(reporterContact),
          IncidentPhotos.of(photo),
          by,
          source,
          clock.instant());
    }

    private static String blank(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }
  }

  record StepBody(String to, String notes, String post) {}
}
