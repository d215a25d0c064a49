package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.IncidentHours;
import cn.onegrid.data.incidents.IncidentHours.Chart;
import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.data.incidents.ReportPeriod;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.RequestRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A committee's reports per weekday and hour beside its duty hours: {@code GET
 * /incidents/hours?committee=&from=&to=} (dates of the town's clock, both included; the last
 * quarter by default; the caller's committee when none is named).
 */
@RestController
class IncidentHoursController {

  private final IncidentHours hours;
  private final Clock clock;

  IncidentHoursController(IncidentHours hours, Clock clock) {
    this.hours = hours;
    this.clock = clock;
  }

  @GetMapping("/incidents/hours")
  ResponseEntity<HoursJson> hours(
      @RequestParam(required = false) String committee,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Authentication principal) {
    if (committee == null) {
      OneGridUser user = IncidentRoles.user(principal);
      if (user.committees().isEmpty()) {
        throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.hours-for");
      }
      committee = user.committees().get(0);
    }
    Chart chart = hours.of(committee, period(from, to, clock));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(HoursJson.of(chart));
  }

  /** The days asked for, the last quarter up to today by default. */
  static ReportPeriod period(String from, String to, Clock clock) {
    LocalDate last =
        to == null ? LocalDate.now(clock.withZone(Incidents.TOWN_TIME)) : day("to", to);
    return from == null
        ? ReportPeriod.lastQuarter(last)
        : new ReportPeriod(day("from", from), last);
  }

  private static LocalDate day(String parameter, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.day", parameter, text);
    }
  }

  /**
   * The chart as JSON: per weekday (1 = Monday) its 24 hours' reports and whether someone was on
   * duty then.
   */
  record HoursJson(
      String committee,
      String name,
      String from,
      String to,
      int reports,
      int offDuty,
      List<DayJson> days) {

    static HoursJson of(Chart chart) {
      List<DayJson> days = new ArrayList<>();
      for (int d = 1; d <= 7; d++) {
        int[] reports = new int[24];
        boolean[] onDuty = new boolean[24];
        for (int h = 0; h < 24; h++) {
          reports[h] = chart.reports().at(d, h);
          onDuty[h] = chart.onDuty(d, h);
        }
        days.add(new DayJson(d, reports, onDuty));
      }
      return new HoursJson(
          chart.committee(),
          chart.name(),
          chart.period().from().toString(),
          chart.period().to().toString(),
          chart.reports().total(),
          chart.offDuty(),
          days);
    }
  }

  record DayJson(int weekday, int[] reports, boolean[] onDuty) {}
}
