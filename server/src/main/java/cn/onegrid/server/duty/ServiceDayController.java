package cn.onegrid.server.duty;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.duty.InvalidRecord;
import cn.onegrid.data.duty.ServiceDayVisits;
import cn.onegrid.data.duty.Visit;
import cn.onegrid.server.security.OneGridUser;
import java.net.URI;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Thursday grid service day: {@code POST /service-day/visits} ({@code {"liaison": id, "visitedOn":
 * "2026-11-05", "problems", "followUp"}}; staff for their committees' liaisons, administrators
 * everywhere) and {@code GET /service-day/visits?month=&committee=} (leaders and administrators the
 * town's, staff their committees'). The page is {@link ServiceDayPage}.
 */
@RestController
class ServiceDayController {

  private final ServiceDayVisits visits;
  private final AuditLog audit;

  ServiceDayController(ServiceDayVisits visits, AuditLog audit) {
    this.visits = visits;
    this.audit = audit;
  }

  @PostMapping("/service-day/visits")
  ResponseEntity<Visit> record(
      @RequestBody JsonNode body, @AuthenticationPrincipal OneGridUser user) {
    if (!body.isObject()) {
      throw InvalidRecord.of("body", "duty.body", "object");
    }
    JsonNode liaison = body.path("liaison");
    Visit kept =
        visits.record(
            liaison.canConvertToLong() ? liaison.asLong() : null,
            PartyGroupActivityController.date(body, "visitedOn"),
            body.path("problems").asString(null),
            body.path("followUp").asString(null),
            user.getUsername(),
            scope(user));
    audit.record(
        user.getUsername(),
        AuditAction.RECORD_SERVICE_VISIT,
        "committee " + kept.committee(),
        null);
    return ResponseEntity.created(URI.create("/service-day/visits?committee=" + kept.committee()))
        .body(kept);
  }

  @GetMapping("/service-day/visits")
  Map<String, Object> list(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String committee,
      @AuthenticationPrincipal OneGridUser user) {
    YearMonth chosen = DutyRecordController.month(month);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("month", chosen.toString());
    answer.put("visits", visits.month(chosen, committee, scope(user)));
    return answer;
  }

  /** Staff's committees; null (everywhere) for leaders and administrators. */
  static List<String> scope(OneGridUser user) {
    return user.role() == Role.STAFF ? user.committees() : null;
  }
}
