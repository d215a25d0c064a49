package cn.onegrid.server.map;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.map.MapRepository;
import cn.onegrid.data.map.PhoneAccess;
import cn.onegrid.data.people.NightWindow;
import cn.onegrid.server.features.DocumentWords;
import cn.onegrid.server.features.Format;
import cn.onegrid.server.features.MediaTypes;
import cn.onegrid.server.features.Readers;
import cn.onegrid.server.features.Representations;
import cn.onegrid.server.security.PersonalData;
import cn.onegrid.server.system.DutyProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cards ({@code /cards/{committees|grids|posts}/{code}}), {@code /search?q=} and {@code /summary}:
 * the JSON the town map shows when a feature is clicked, a name is searched or the town is summed
 * up.
 */
@RestController
class MapController {

  /** Duty slots are in the town's own time. */
  static final ZoneId TOWN_TIME = ZoneId.of("Asia/Shanghai");

  private final MapRepository map;
  private final Representations representations;
  private final PersonalData personalData;
  private final DocumentWords words;
  private final NightWindow night;

  MapController(
      MapRepository map,
      Representations representations,
      PersonalData personalData,
      DocumentWords words,
      DutyProperties duty) {
    this.words = words;
    this.night = duty.night();
    this.map = map;
    this.representations = representations;
    this.personalData = personalData;
  }

  @GetMapping("/cards/committees/{code}")
  ResponseEntity<byte[]> committee(
      @PathVariable String code, HttpServletRequest request, Authentication reader) {
    return card("committee", code, c -> map.committeeCard(c, night), request, reader);
  }

  @GetMapping("/cards/grids/{code}")
  ResponseEntity<byte[]> grid(
      @PathVariable String code, HttpServletRequest request, Authentication reader) {
    PhoneAccess phones = personalData.phones(reader);
    return card("grid", code, c -> map.gridCard(c, phones), request, reader);
  }

  @GetMapping("/cards/posts/{code}")
  ResponseEntity<byte[]> post(
      @PathVariable String code, HttpServletRequest request, Authentication reader) {
    PhoneAccess phones = personalData.phones(reader);
    return card(
        "post", code, c -> map.postCard(c, LocalDateTime.now(TOWN_TIME), phones), request, reader);
  }

  @GetMapping("/search")
  ResponseEntity<byte[]> search(
      @RequestParam String q,
      @RequestParam(defaultValue = "10") int limit,
      HttpServletRequest request,
      Authentication reader) {
    List<String> found = map.search(q, Math.max(1, limit), Readers.of(reader));
    String results = "{\"results\":[" + String.join(",", found) + "]}";
    return representations.ofJson(
        Format.of(request),
        words.text("doc.search", q),
        results,
        MediaTypes.JSON,
        new HttpHeaders());
  }

  /**
   * The town's headline numbers and the analysis indicators (coverage ratios and the like, each
   * with a value per committee for the choropleth); indicators are empty until analysis has run.
   */
  @GetMapping("/summary")
  ResponseEntity<byte[]> summary(HttpServletRequest request) {
    String counts = map.summary();
    String json = "{\"counts\":" + counts + ",\"indicators\":" + map.indicators(night) + "}";
    return representations.ofJson(
        Format.of(request), words.text("doc.summary"), json, MediaTypes.JSON, new HttpHeaders());
  }

  /** A card names people: its view goes to the audit log, and no cache ever keeps it. */
  private ResponseEntity<byte[]> card(
      String kind,
      String code,
      Function<String, Optional<String>> query,
      HttpServletRequest request,
      Authentication reader) {
    Format format = Format.of(request);
    String json = query.apply(code).orElseThrow(() -> NotFound.of("map.no-" + kind, code));
    personalData.viewed(reader, kind + " " + code, PersonalData.shown(json));
    HttpHeaders headers = new HttpHeaders();
    headers.setCacheControl("private, no-store");
    return representations.ofJson(format, code, json, MediaTypes.JSON, headers);
  }
}
