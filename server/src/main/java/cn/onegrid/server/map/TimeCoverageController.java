package cn.onegrid.server.map;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.people.BlockTable;
import cn.onegrid.data.people.NightWindow;
import cn.onegrid.data.people.TimeCoverage;
import cn.onegrid.data.people.WeekSlots;
import cn.onegrid.server.system.DutyProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time coverage for leaders: {@code GET /committees/{code}/time-coverage}, the heat table of a
 * committee's blocks × the week's slots, and {@code GET /on-duty?weekday=&startHour=}, the posts on
 * duty and the blocks with nobody at that time, for the map's slot picker. Shapes in {@code
 * docs/people-and-time-api.md}.
 */
@RestController
class TimeCoverageController {

  /** How many weakest slots a table names. */
  static final int WEAKEST = 6;

  private final TimeCoverage coverage;
  private final NightWindow night;

  TimeCoverageController(TimeCoverage coverage, DutyProperties duty) {
    this.coverage = coverage;
    this.night = duty.night();
  }

  @GetMapping("/committees/{code}/time-coverage")
  HeatTable table(@PathVariable String code) {
    BlockTable table = coverage.of(code);
    List<Slot> slots = new ArrayList<>(WeekSlots.COUNT);
    for (int i = 0; i < WeekSlots.COUNT; i++) {
      slots.add(new Slot(WeekSlots.weekday(i), WeekSlots.startHour(i)));
    }
    return new HeatTable(code, night, slots, table.blocks(), table.weakest(WEAKEST));
  }

  @GetMapping("/on-duty")
  ResponseEntity<byte[]> onDuty(
      @RequestParam(required = false) String weekday,
      @RequestParam(required = false) String startHour,
      @RequestParam(required = false) String committee,
      @RequestParam(required = false) String bbox) {
    int day = integer("weekday", weekday, 1, 7);
    int hour = integer("startHour", startHour, 0, 22);
    if (hour % 2 != 0) {
      throw InvalidQuery.of("startHour", "time.startHour", startHour);
    }
    String json = coverage.onDutyAt(day, hour, committee, box(bbox));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .body(json.getBytes(StandardCharsets.UTF_8));
  }

  private static int integer(String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value == null ? "" : value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw InvalidQuery.of(name, "time." + name, String.valueOf(value));
  }

  private static double[] box(String bbox) {
    if (bbox == null) {
      return null;
    }
    String[] parts = bbox.split(",");
    try {
      if (parts.length == 4) {
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
          box[i] = Double.parseDouble(parts[i].strip());
        }
        if (box[0] <= box[2] && box[1] <= box[3]) {
          return box;
        }
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw InvalidQuery.of("bbox", "time.bbox", bbox);
  }

  record Slot(int weekday, int startHour) {}

  /** The committee's heat table; each block's cells are in {@code slots}' order. */
  record HeatTable(
      String committee,
      NightWindow nightWindow,
      List<Slot> slots,
      List<BlockTable.Block> blocks,
      List<BlockTable.WeakSlot> weakestSlots) {}
}
