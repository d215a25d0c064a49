package cn.onegrid.server.duty;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.duty.GroupMonth;
import cn.onegrid.data.duty.InvalidRecord;
import cn.onegrid.data.duty.PartyGroupActivities;
import cn.onegrid.server.security.OneGridUser;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /party-groups/{id}/activities} ({@code {"heldOn": "2026-11-05", "title": …}}): a
 * featured party group's activity, recorded by its committee's staff or by its leader's member
 * account. The month's activities are read with the committee's compliance.
 */
@RestController
class PartyGroupActivityController {

  private final PartyGroupActivities activities;
  private final Recorders recorders;
  private final AuditLog audit;

  PartyGroupActivityController(
      PartyGroupActivities activities, Recorders recorders, AuditLog audit) {
    this.activities = activities;
    this.recorders = recorders;
    this.audit = audit;
  }

  @PostMapping("/party-groups/{id}/activities")
  ResponseEntity<GroupMonth.Activity> record(
      @PathVariable long id,
      @RequestBody JsonNode body,
      @AuthenticationPrincipal OneGridUser user) {
    if (!body.isObject()) {
      throw InvalidRecord.of("body", "duty.body", "object");
    }
    GroupMonth.Activity kept =
        activities.record(
            id, date(body, "heldOn"), body.path("title").asString(null), recorders.of(user));
    audit.record(
        user.getUsername(), AuditAction.RECORD_GROUP_ACTIVITY, "party group " + id, kept.title());
    return ResponseEntity.created(URI.create("/party-groups/" + id + "/activities/" + kept.id()))
        .body(kept);
  }

  /** A day written as 2026-11-05 (the town's calendar), or null when absent. */
  static LocalDate date(JsonNode body, String name) {
    JsonNode value = body.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asString(""));
    } catch (DateTimeParseException e) {
      throw InvalidRecord.of(name, "duty.date-invalid", value.asString(""));
    }
  }
}
