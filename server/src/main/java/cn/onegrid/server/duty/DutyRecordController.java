package cn.onegrid.server.duty;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.duty.DutyBook;
import cn.onegrid.data.duty.DutyRecord;
import cn.onegrid.data.duty.InvalidRecord;
import cn.onegrid.data.duty.RecordInput;
import cn.onegrid.data.duty.Recorder;
import cn.onegrid.data.duty.ReportedIncident;
import cn.onegrid.server.security.OneGridUser;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Duty records: {@code POST /duty-records} (a member for themself, staff for a member of their
 * committee's posts; send it with an {@code Idempotency-Key}, and a retry is stored once; with
 * {@code problemReported}, {@code incidentType} and optionally {@code incidentDescription} (else
 * the note) the problem is reported as an incident in the same transaction, and the answer's {@code
 * incident} says where it was routed and why), {@code GET /duty-records?month=2026-11&pending=true}
 * (a member's own, staff's committees'; pending without a month: every record waiting), one record,
 * its photo, and {@code POST /duty-records/{id}/review} ({@code {"confirm": false, "reason": …}}).
 * Every read is written to the audit log.
 */
@RestController
class DutyRecordController {

  static final ZoneId TOWN_TIME = ZoneId.of("Asia/Shanghai");
  private static final int LIST_LIMIT = 500;

  private final DutyBook book;
  private final Recorders recorders;
  private final AuditLog audit;
  private final JsonMapper json;

  DutyRecordController(DutyBook book, Recorders recorders, AuditLog audit, JsonMapper json) {
    this.book = book;
    this.recorders = recorders;
    this.audit = audit;
    this.json = json;
  }

  @PostMapping("/duty-records")
  ResponseEntity<Map<String, Object>> record(
      @RequestBody JsonNode body, @AuthenticationPrincipal OneGridUser user) {
    if (!body.isObject()) {
      throw InvalidRecord.of("body", "duty.body", "object");
    }
    RecordInput input =
        new RecordInput(
            text(body, "post"),
            body.path("person").canConvertToLong() ? body.path("person").asLong() : null,
            text(body, "dutyType"),
            instant(body, "start"),
            instant(body, "end"),
            body.path("place").isObject() ? body.path("place").toString() : null,
            text(body, "note"),
            body.path("problemReported").asBoolean(false),
            text(body, "incidentType"),
            text(body, "incidentDescription"),
            Photos.clean(text(body, "photo")));
    DutyRecord kept = book.record(input, recorders.of(user));
    return ResponseEntity.created(URI.create("/duty-records/" + kept.id())).body(document(kept));
  }

  @GetMapping("/duty-records")
  Map<String, Object> list(
      @RequestParam(required = false) String month,
      @RequestParam(defaultValue = "false") boolean pending,
      @AuthenticationPrincipal OneGridUser user) {
    YearMonth chosen = month(month);
    Recorder reader = recorders.of(user);
    Instant from = chosen.atDay(1).atStartOfDay(TOWN_TIME).toInstant();
    Instant to = chosen.plusMonths(1).atDay(1).atStartOfDay(TOWN_TIME).toInstant();
    if (pending && month == null) { // what waits for staff, whenever it was done
      from = Instant.EPOCH;
      to = Instant.now().plus(java.time.Duration.ofDays(1));
    }
    List<DutyRecord> records = book.list(reader, from, to, pending, LIST_LIMIT);
    audit.record(
        user.getUsername(),
        AuditAction.VIEW_DUTY_RECORDS,
        reader.isMember() ? "own" : "committees " + String.join(",", reader.committees()),
        chosen + (pending ? " pending" : "") + ": " + records.size());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("month", pending && month == null ? null : chosen.toString());
    answer.put("records", records.stream().map(this::document).toList());
    return answer;
  }

  @GetMapping("/duty-records/{id}")
  Map<String, Object> one(@PathVariable long id, @AuthenticationPrincipal OneGridUser user) {
    DutyRecord record =
        book.get(id, recorders.of(user)).orElseThrow(() -> NotFound.of("duty.no-record", id));
    audit.record(
        user.getUsername(), AuditAction.VIEW_DUTY_RECORDS, "record " + id, record.personName());
    return document(record);
  }

  @GetMapping("/duty-records/{id}/photo")
  ResponseEntity<byte[]> photo(@PathVariable long id, @AuthenticationPrincipal OneGridUser user) {
    byte[] jpeg =
        book.photo(id, recorders.of(user)).orElseThrow(() -> NotFound.of("duty.no-record", id));
    audit.record(user.getUsername(), AuditAction.VIEW_DUTY_RECORDS, "photo " + id, null);
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_JPEG)
        .cacheControl(CacheControl.noStore())
        .body(jpeg);
  }

  @PostMapping("/duty-records/{id}/review")
  Map<String, Object> review(
      @PathVariable long id,
      @RequestBody JsonNode body,
      @AuthenticationPrincipal OneGridUser user) {
    JsonNode confirm = body.path("confirm");
    if (!confirm.isBoolean()) {
      throw InvalidRecord.of("confirm", "duty.confirm-missing");
    }
    DutyRecord record =
        book.review(id, confirm.asBoolean(), text(body, "reason"), recorders.of(user));
    audit.record(
        user.getUsername(),
        AuditAction.REVIEW_DUTY_RECORD,
        "record " + id,
        record.review() + (record.reviewReason() == null ? "" : ": " + record.reviewReason()));
    return document(record);
  }

  private Map<String, Object> document(DutyRecord r) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", r.id());
    d.put("post", r.post());
    d.put("postName", r.postName());
    d.put("committee", r.committee());
    d.put("person", r.person());
    d.put("personName", r.personName());
    d.put("dutyType", r.dutyType());
    d.put("start", r.start().toString());
    d.put("end", r.end().toString());
    d.put("place", json.readTree(r.place()));
    d.put("note", r.note());
    d.put("problemReported", r.problemReported());
    d.put("incident", r.incident() == null ? null : incident(r.incident()));
    d.put("flags", r.flags());
    d.put("review", r.review());
    d.put("reviewReason", r.reviewReason());
    d.put("reviewedBy", r.reviewedBy());
    d.put("recordedBy", r.recordedBy());
    d.put("photo", r.photo() ? "/duty-records/" + r.id() + "/photo" : null);
    d.put("illustrative", r.illustrative());
    return d;
  }

  /** The incident a record's problem became: where it went and why, and where to read it. */
  private static Map<String, Object> incident(ReportedIncident i) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", i.id());
    d.put("href", "/incidents/" + i.id());
    d.put("committee", i.committee());
    d.put("post", i.post());
    d.put("postName", i.postName());
    d.put("onDuty", i.onDuty());
    d.put("state", i.state());
    d.put("reason", Map.of("zh", i.reasonZh(), "en", i.reasonEn()));
    return d;
  }

  private static String text(JsonNode body, String name) {
    JsonNode value = body.path(name);
    return value.isString() ? value.asString() : null;
  }

  private static Instant instant(JsonNode body, String name) {
    String value = text(body, name);
    if (value == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidRecord.of(name, "duty.time-invalid", value);
    }
  }

  static YearMonth month(String month) {
    if (month == null) {
      return YearMonth.now(TOWN_TIME);
    }
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw InvalidQuery.of("month", "duty.month-invalid", month);
    }
  }
}
