package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.IncidentHotSpots;
import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.server.system.RequestRefused;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hot-spot layer: {@code GET /incidents/hotspots/{z}/{x}/{y}.mvt?month=YYYY-MM} (this month by
 * default), the month's reports counted per cell as a vector tile; 204 when the tile has none.
 */
@RestController
class HotSpotsController {

  private static final MediaType MVT =
      MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

  private final IncidentHotSpots hotSpots;
  private final Clock clock;

  HotSpotsController(IncidentHotSpots hotSpots, Clock clock) {
    this.hotSpots = hotSpots;
    this.clock = clock;
  }

  @GetMapping("/incidents/hotspots/{z}/{x}/{y}.mvt")
  ResponseEntity<byte[]> tile(
      @PathVariable int z,
      @PathVariable int x,
      @PathVariable int y,
      @RequestParam(required = false) String month) {
    byte[] mvt = hotSpots.tile(z, x, y, month(month));
    return mvt.length == 0
        ? ResponseEntity.noContent().build()
        : ResponseEntity.ok().contentType(MVT).body(mvt);
  }

  private YearMonth month(String month) {
    if (month == null) {
      return YearMonth.now(clock.withZone(Incidents.TOWN_TIME));
    }
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "incidents.month", month);
    }
  }
}
