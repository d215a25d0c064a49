package cn.onegrid.server.duty;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.duty.Compliance;
import cn.onegrid.data.duty.ComplianceFigures;
import cn.onegrid.data.duty.DutyRules;
import cn.onegrid.data.duty.MemberFigures;
import cn.onegrid.data.duty.PartyGroupActivities;
import cn.onegrid.server.security.OneGridUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the month's rules are kept: {@code GET /compliance?month=} the town and its committees,
 * ranked (leaders: aggregates, no names); {@code GET /committees/{code}/compliance?month=} one
 * committee's posts and members by name (its staff, and leaders), with those still at zero by the
 * middle of the month, and its featured party groups with the month's activities and points, which
 * the audit log records.
 */
@RestController
class ComplianceController {

  private final Compliance compliance;
  private final DutyRules rules;
  private final PartyGroupActivities activities;
  private final AuditLog audit;

  ComplianceController(
      Compliance compliance,
      PartyGroupActivities activities,
      DutyBookProperties settings,
      AuditLog audit) {
    this.compliance = compliance;
    this.activities = activities;
    this.rules = settings.rules();
    this.audit = audit;
  }

  @GetMapping("/compliance")
  Map<String, Object> town(@RequestParam(required = false) String month) {
    YearMonth chosen = DutyRecordController.month(month);
    List<ComplianceFigures> committees = compliance.committees(chosen, rules);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("month", chosen.toString());
    answer.put("rules", rules);
    answer.put("town", figures(compliance.town(committees)));
    answer.put("committees", committees.stream().map(ComplianceController::figures).toList());
    return answer;
  }

  @GetMapping("/committees/{code}/compliance")
  Map<String, Object> committee(
      @PathVariable String code,
      @RequestParam(required = false) String month,
      @AuthenticationPrincipal OneGridUser user) {
    if (user.role() == Role.STAFF && !user.committees().contains(code)) {
      throw NotFound.of("map.no-committee", code); // another committee's people are not said
    }
    YearMonth chosen = DutyRecordController.month(month);
    ComplianceFigures figures =
        compliance.committees(chosen, rules).stream()
            .filter(c -> c.code().equals(code))
            .findFirst()
            .orElseThrow(() -> NotFound.of("map.no-committee", code));
    List<MemberFigures> members = compliance.members(code, chosen, rules);
    audit.record(
        user.getUsername(),
        AuditAction.VIEW_DUTY_COMPLIANCE,
        "committee " + code,
        chosen.toString());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("month", chosen.toString());
    answer.put("rules", rules);
    answer.put("committee", figures(figures));
    answer.put(
        "posts",
        compliance.posts(code, chosen, rules).stream().map(ComplianceController::figures).toList());
    answer.put("members", members);
    answer.put("pastMidMonth", pastMidMonth(chosen));
    answer.put("atZero", members.stream().filter(m -> m.duties() == 0).toList());
    answer.put("groups", activities.month(code, chosen, rules));
    return answer;
  }

  /** From the 15th (in the town's time) the members at zero are the ones to call. */
  static boolean pastMidMonth(YearMonth month) {
    LocalDate today = LocalDate.now(Compliance.TOWN_TIME);
    return YearMonth.from(today).isAfter(month) || today.isAfter(month.atDay(14));
  }

  private static Map<String, Object> figures(ComplianceFigures f) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("code", f.code());
    d.put("name", f.name());
    d.put("members", f.members());
    d.put("compliant", f.compliant());
    d.put("atZero", f.atZero());
    d.put("rate", Math.round(f.rate() * 1000) / 1000.0);
    d.put("duties", f.duties());
    d.put("groups", f.groups());
    d.put("groupsCompliant", f.groupsCompliant());
    d.put("points", f.points());
    return d;
  }
}
