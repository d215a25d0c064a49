package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.IncidentHours;
import cn.onegrid.data.incidents.IncidentHours.Chart;
import cn.onegrid.server.system.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The report hours as a section of a committee's time-table page ({@code incident-hours.mustache}):
 * a weekday × hour table of the last quarter's reports, each cell shaded by its count and marked
 * when some post was on duty then, and how many came in with nobody on duty.
 */
@Component
public class IncidentHoursSection {

  /** Shades of a cell: none, then four steps up to the busiest hour's. */
  private static final int LEVELS = 4;

  private final IncidentHours hours;
  private final Messages messages;
  private final Clock clock;

  IncidentHoursSection(IncidentHours hours, Messages messages, Clock clock) {
    this.hours = hours;
    this.messages = messages;
    this.clock = clock;
  }

  /** The section's model for the committee (which the caller has found). */
  public Map<String, Object> model(String committee, Locale locale) {
    Chart chart = hours.of(committee, IncidentHoursController.period(null, null, clock));
    int max = chart.reports().max();
    List<Map<String, Object>> days = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      String day = messages.text(locale, "weekday." + d);
      List<Map<String, Object>> cells = new ArrayList<>();
      for (int h = 0; h < 24; h++) {
        int n = chart.reports().at(d, h);
        boolean duty = chart.onDuty(d, h);
        String key = duty ? "incidentHours.page.cellDuty" : "incidentHours.page.cellNobody";
        cells.add(
            Map.of(
                "count",
                n == 0 ? "" : Integer.toString(n),
                "level",
                n == 0 ? 0 : (n * LEVELS + max - 1) / max, // the busiest hour darkest
                "duty",
                duty,
                "title",
                messages.text(locale, key, day, h, h + 1, n)));
      }
      days.add(Map.of("weekday", d, "name", day, "cells", cells));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("days", days);
    model.put("hours", IntStream.range(0, 24).boxed().toList());
    model.put(
        "summary",
        messages.text(
            locale,
            "incidentHours.page.summary",
            chart.period().from().toString(),
            chart.period().to().toString(),
            chart.reports().total(),
            chart.offDuty()));
    return model;
  }
}
