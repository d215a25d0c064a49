package cn.onegrid.server.duty;

import cn.onegrid.data.Refusal;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.duty.ServiceDayVisits;
import cn.onegrid.data.duty.Visit;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.Messages;
import cn.onegrid.server.system.RefusalStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /service-day} ({@code service-day.mustache}): the month's Thursday visits, per committee,
 * as a plain page for leaders, staff and administrators, and for staff and administrators a form
 * that records one (through the same {@link ServiceDayVisits} as the JSON API).
 */
@RestController
class ServiceDayPage {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceDayPage.class);

  private final ServiceDayVisits visits;
  private final Pages pages;
  private final Messages messages;

  ServiceDayPage(ServiceDayVisits visits, Pages pages, Messages messages) {
    this.visits = visits;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/service-day")
  ResponseEntity<String> page(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String committee,
      @AuthenticationPrincipal OneGridUser user,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Locale locale = messages.choose(request, response);
    YearMonth chosen = DutyRecordController.month(month);
    return Pages.answer(
        HttpStatus.OK, render(chosen, blank(committee), null, false, user, csrf, locale));
  }

  @PostMapping("/service-day")
  ResponseEntity<String> record(
      @RequestParam(required = false) Long liaison,
      @RequestParam(defaultValue = "") String visitedOn,
      @RequestParam(defaultValue = "") String problems,
      @RequestParam(defaultValue = "") String followUp,
      @AuthenticationPrincipal OneGridUser user,
      CsrfToken csrf,
      HttpServletRequest request) {
    Locale locale = messages.locale(request);
    try {
      Visit kept =
          visits.record(
              liaison,
              day(visitedOn),
              problems,
              followUp,
              user.getUsername(),
              ServiceDayController.scope(user));
      String done = messages.text(locale, "serviceDay.page.kept", kept.visitor(), kept.visitedOn());
      return Pages.answer(
          HttpStatus.CREATED,
          render(YearMonth.from(kept.visitedOn()), null, done, false, user, csrf, locale));
    } catch (Refusal refused) {
      LOG.info("service day visit refused: {}", refused.getMessage());
      String words = messages.text(locale, refused);
      YearMonth month = YearMonth.now(DutyRecordController.TOWN_TIME);
      return Pages.answer(
          RefusalStatus.of(refused), render(month, null, words, true, user, csrf, locale));
    }
  }

  private String render(
      YearMonth month,
      String committee,
      String message,
      boolean refused,
      OneGridUser user,
      CsrfToken csrf,
      Locale locale) {
    List<String> scope = ServiceDayController.scope(user);
    Map<String, Object> model = new HashMap<>();
    model.put("title", messages.text(locale, "serviceDay.page.title", month.toString()));
    model.put("switchTo", "/service-day?month=" + month + "&lang=");
    model.put("month", month.toString());
    model.put("previous", "/service-day?month=" + month.minusMonths(1));
    model.put("next", "/service-day?month=" + month.plusMonths(1));
    model.put("message", message);
    model.put("refused", refused);
    model.put(
        "visits", visits.month(month, committee, scope).stream().map(v -> row(v, locale)).toList());
    boolean records = user.role() == Role.STAFF || user.role() == Role.ADMIN;
    model.put("records", records);
    if (records) {
      model.put("csrf", Pages.csrf(csrf));
      model.put("liaisons", visits.liaisons(scope).stream().map(l -> liaison(l, locale)).toList());
      model.put("lastThursday", lastThursday().toString());
    }
    return pages.render("service-day", locale, model);
  }

  private Map<String, Object> row(Visit v, Locale locale) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", v.id());
    row.put("date", v.visitedOn().toString());
    row.put("visitor", v.visitor());
    row.put("kind", messages.text(locale, "serviceDay.kind." + v.kind()));
    row.put("committee", v.committeeName());
    row.put(
        "href",
        "/service-day?month=" + YearMonth.from(v.visitedOn()) + "&committee=" + v.committee());
    row.put("problems", v.problems());
    row.put("followUp", v.followUp() == null ? "" : v.followUp());
    return row;
  }

  private Map<String, Object> liaison(Visit l, Locale locale) {
    String kind = messages.text(locale, "serviceDay.kind." + l.kind());
    return Map.of(
        "id", l.liaison(), "name", l.visitor() + " · " + kind + " · " + l.committeeName());
  }

  /** The latest Thursday up to today, the form's first answer. */
  static LocalDate lastThursday() {
    LocalDate today = LocalDate.now(DutyRecordController.TOWN_TIME);
    return today.minusDays((today.getDayOfWeek().getValue() - 4 + 7) % 7);
  }

  private static LocalDate day(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw cn.onegrid.data.duty.InvalidRecord.of("visitedOn", "duty.date-invalid", text);
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
