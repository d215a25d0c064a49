package cn.onegrid.server.map;

import cn.onegrid.data.desk.CommitteeTables;
import cn.onegrid.data.people.BlockTable;
import cn.onegrid.data.people.NightWindow;
import cn.onegrid.data.people.TimeCoverage;
import cn.onegrid.data.people.WeekSlots;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.incidents.IncidentHoursSection;
import cn.onegrid.server.system.DutyProperties;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The heat table as a page ({@code /committees/{code}/time-table}, {@code time-table.mustache}):
 * the committee's blocks × the week's 84 two-hour slots, each cell shaded by how many posts cover
 * the block then (none, one, more) and titled with the posts and people, the night window's columns
 * marked, and the weakest slots named above; the same {@link BlockTable} as {@code
 * /committees/{code}/time-coverage}. Below it, the last quarter's incident reports per weekday and
 * hour beside the duty hours ({@link IncidentHoursSection}).
 */
@RestController
class TimeTablePage {

  private final TimeCoverage coverage;
  private final CommitteeTables committees;
  private final NightWindow night;
  private final Pages pages;
  private final Messages messages;
  private final IncidentHoursSection reportHours;

  TimeTablePage(
      TimeCoverage coverage,
      CommitteeTables committees,
      DutyProperties duty,
      Pages pages,
      Messages messages,
      IncidentHoursSection reportHours) {
    this.reportHours = reportHours;
    this.coverage = coverage;
    this.committees = committees;
    this.night = duty.night();
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/committees/{code}/time-table")
  ResponseEntity<String> page(
      @PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
    Locale locale = messages.choose(request, response);
    BlockTable table = coverage.of(code);
    Map<String, Object> model = new HashMap<>();
    model.put(
        "title",
        messages.text(locale, "timeTable.page.title", committees.committeeName(code), code));
    model.put("committee", code);
    model.put("switchTo", "/committees/" + code + "/time-table?lang=");
    model.put("nightFrom", night.from());
    model.put("nightTo", night.to());
    model.put("days", days(locale));
    model.put("hours", hours());
    Map<String, String> names = coverage.postNames(code);
    model.put("blocks", table.blocks().stream().map(b -> block(b, names, locale)).toList());
    model.put("hasBlocks", !table.blocks().isEmpty());
    List<BlockTable.WeakSlot> weakest = table.weakest(TimeCoverageController.WEAKEST);
    model.put("hasWeakest", !weakest.isEmpty());
    model.put(
        "weakest",
        weakest.stream()
            .map(
                w ->
                    messages.text(
                        locale,
                        "timeTable.page.weakSlot",
                        messages.text(locale, "weekday." + w.weekday()),
                        w.startHour(),
                        w.startHour() + 2,
                        w.uncoveredBlocks()))
            .toList());
    model.put("reportHours", reportHours.model(code, locale));
    return Pages.answer(HttpStatus.OK, pages.render("time-table", locale, model));
  }

  private List<String> days(Locale locale) {
    List<String> days = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      days.add(messages.text(locale, "weekday." + d));
    }
    return days;
  }

  private List<Map<String, Object>> hours() {
    List<Map<String, Object>> hours = new ArrayList<>();
    for (int i = 0; i < WeekSlots.COUNT; i++) {
      hours.add(Map.of("hour", WeekSlots.startHour(i), "night", inNight(i)));
    }
    return hours;
  }

  private boolean inNight(int slot) {
    int hour = WeekSlots.startHour(slot);
    return hour >= night.from() && hour + 2 <= night.to();
  }

  /** A block's row; its cells titled with when, the posts by name and who serves them. */
  private Map<String, Object> block(
      BlockTable.Block block, Map<String, String> names, Locale locale) {
    List<Map<String, Object>> cells = new ArrayList<>(WeekSlots.COUNT);
    for (int i = 0; i < WeekSlots.COUNT; i++) {
      BlockTable.Cell cell = block.cells().get(i);
      String when =
          messages.text(
              locale,
              "timeTable.page.when",
              messages.text(locale, "weekday." + WeekSlots.weekday(i)),
              WeekSlots.startHour(i),
              WeekSlots.startHour(i) + 2);
      String who =
          cell.covered()
              ? String.join("、", cell.posts().stream().map(p -> names.getOrDefault(p, p)).toList())
                  + " · "
                  + String.join("、", cell.people())
              : messages.text(locale, "timeTable.page.nobody");
      cells.add(
          Map.of(
              "level",
              Math.min(cell.posts().size(), 2),
              "night",
              inNight(i),
              "dayStart",
              WeekSlots.startHour(i) == 0,
              "title",
              when + " " + who));
    }
    return Map.of(
        "code",
        block.code(),
        "name",
        block.name() == null ? block.code() : block.name(),
        "uncovered",
        block.uncoveredSlots(),
        "cells",
        cells);
  }
}
