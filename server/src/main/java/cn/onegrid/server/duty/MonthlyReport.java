package cn.onegrid.server.duty;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.desk.Table;
import cn.onegrid.data.desk.TableFiles;
import cn.onegrid.data.duty.Compliance;
import cn.onegrid.data.duty.ComplianceFigures;
import cn.onegrid.data.duty.DutyRules;
import cn.onegrid.data.duty.GroupMonth;
import cn.onegrid.data.duty.PartyGroupActivities;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /committees/{code}/report.xlsx?month=}: a committee's month as a workbook through
 * {@link TableFiles} (the one way spreadsheets are written): the committee's figures, its members,
 * its posts, its party groups and their activities, from the same {@link Compliance} and {@link
 * PartyGroupActivities} as {@code /committees/{code}/compliance}. Staff their own committees,
 * leaders every one; names are in it, so the audit log records it.
 */
@RestController
class MonthlyReport {

  private static final TableFiles.Format XLSX = TableFiles.Format.XLSX;

  private final Compliance compliance;
  private final PartyGroupActivities activities;
  private final DutyRules rules;
  private final AuditLog audit;
  private final Messages messages;

  MonthlyReport(
      Compliance compliance,
      PartyGroupActivities activities,
      DutyBookProperties settings,
      AuditLog audit,
      Messages messages) {
    this.compliance = compliance;
    this.activities = activities;
    this.rules = settings.rules();
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/committees/{code}/report.xlsx")
  ResponseEntity<byte[]> report(
      @PathVariable String code,
      @RequestParam(required = false) String month,
      @AuthenticationPrincipal OneGridUser user,
      HttpServletRequest request) {
    if (user.role() == Role.STAFF && !user.committees().contains(code)) {
      throw NotFound.of("map.no-committee", code);
    }
    YearMonth chosen = DutyRecordController.month(month);
    ComplianceFigures figures =
        compliance.committees(chosen, rules).stream()
            .filter(c -> c.code().equals(code))
            .findFirst()
            .orElseThrow(() -> NotFound.of("map.no-committee", code));
    Locale locale = messages.locale(request);
    List<GroupMonth> groups = activities.month(code, chosen, rules);
    List<Table> tables =
        List.of(
            summary(figures, chosen, locale),
            members(code, chosen, locale),
            posts(code, chosen, locale),
            groups(groups, locale),
            activities(groups, locale));
    byte[] file =
        TableFiles.workbook(
            tables,
            tables.stream()
                .map(t -> t.columns().stream().map(c -> word(locale, "column." + c)).toList())
                .toList());
    audit.record(
        user.getUsername(), AuditAction.VIEW_DUTY_REPORT, "committee " + code, chosen.toString());
    String name = word(locale, "file") + "-" + figures.name() + "-" + chosen + "." + "xlsx";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("Cache-Control", "private, no-store")
        .body(file);
  }

  private Table summary(ComplianceFigures f, YearMonth month, Locale locale) {
    return new Table(
        word(locale, "sheet.summary"),
        List.of(
            "code",
            "name",
            "month",
            "members",
            "compliant",
            "atZero",
            "rate",
            "duties",
            "groups",
            "groupsCompliant",
            "points"),
        List.of(
            List.of(
                f.code(),
                f.name(),
                month.toString(),
                f.members(),
                f.compliant(),
                f.atZero(),
                new Table.Ratio(f.rate()),
                f.duties(),
                f.groups(),
                f.groupsCompliant(),
                f.points())));
  }

  private Table members(String code, YearMonth month, Locale locale) {
    return new Table(
        word(locale, "sheet.members"),
        List.of("name", "duties", "points", "keeps"),
        compliance.members(code, month, rules).stream()
            .map(m -> List.<Object>of(m.name(), m.duties(), m.points(), yes(locale, m.compliant())))
            .toList());
  }

  private Table posts(String code, YearMonth month, Locale locale) {
    return new Table(
        word(locale, "sheet.posts"),
        List.of("code", "name", "members", "compliant", "atZero", "duties", "points"),
        compliance.posts(code, month, rules).stream()
            .map(
                p ->
                    List.<Object>of(
                        p.code(),
                        p.name(),
                        p.members(),
                        p.compliant(),
                        p.atZero(),
                        p.duties(),
                        p.points()))
            .toList());
  }

  private Table groups(List<GroupMonth> groups, Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    for (GroupMonth g : groups) {
      List<Object> row = new ArrayList<>();
      row.add(g.name());
      row.add(g.leader());
      row.add(g.activities().size());
      row.add(yes(locale, g.compliant()));
      row.add(g.points());
      rows.add(row);
    }
    return new Table(
        word(locale, "sheet.groups"),
        List.of("group", "leader", "activities", "keeps", "points"),
        rows);
  }

  private Table activities(List<GroupMonth> groups, Locale locale) {
    return new Table(
        word(locale, "sheet.activities"),
        List.of("group", "heldOn", "title", "recordedBy"),
        groups.stream()
            .flatMap(
                g ->
                    g.activities().stream()
                        .map(
                            a ->
                                List.<Object>of(
                                    g.name(), a.heldOn().toString(), a.title(), a.recordedBy())))
            .toList());
  }

  private String yes(Locale locale, boolean kept) {
    return word(locale, kept ? "yes" : "no");
  }

  private String word(Locale locale, String key) {
    return messages.text(locale, "report." + key);
  }
}
