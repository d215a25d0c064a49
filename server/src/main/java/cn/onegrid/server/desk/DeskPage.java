package cn.onegrid.server.desk;

import cn.onegrid.data.desk.Desk;
import cn.onegrid.data.desk.Indicator;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The town dashboard ({@code /desk}, {@code desk.mustache}): every indicator's town value this
 * month and its change since last month, the chosen one's trend by month and the committees ranked
 * by it a page at a time ({@link RankingPage}: found by name or code), each row opening the
 * committee on the map and on its own desk page.
 */
@RestController
class DeskPage {

  private final Rankings rankings;
  private final Pages pages;
  private final Messages messages;

  DeskPage(Rankings rankings, Pages pages, Messages messages) {
    this.rankings = rankings;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/desk")
  ResponseEntity<String> page(
      @RequestParam(defaultValue = "coverage") String indicator,
      @RequestParam(defaultValue = "") String find,
      @RequestParam(defaultValue = "1") int page,
      HttpServletRequest request,
      HttpServletResponse response) {
    Indicator chosen = Rankings.indicator(indicator);
    Locale locale = messages.choose(request, response);
    String points = messages.text(locale, "desk.points");
    List<Desk.TownMonth> trend = rankings.trend();
    Map<String, Object> model = new HashMap<>();
    model.put("title", messages.text(locale, "desk.title"));
    model.put("css", "/desk.css");
    RankingPage shown = RankingPage.of(rankings.of(chosen), find, page);
    String here =
        "/desk?indicator=" + chosen.id() + (find.isBlank() ? "" : "&find=" + encode(find));
    model.put("switchTo", here + "&page=" + shown.number() + "&lang=");
    model.put("month", Rankings.thisMonth().toString());
    model.put("indicator", chosen.id());
    model.put("indicatorName", messages.text(locale, "desk.indicator." + chosen.id()));
    model.put("indicators", indicators(chosen, trend, locale, points));
    model.put("illustrative", trend.stream().anyMatch(Desk.TownMonth::illustrative));
    List<OptionalDouble> values = trend.stream().map(m -> m.values().get(chosen)).toList();
    model.put("chart", TrendChart.points(chosen, values));
    double[] range = TrendChart.range(chosen, values);
    model.put(
        "axis",
        messages.text(
            locale,
            "desk.axis",
            DeskNumbers.value(chosen, OptionalDouble.of(range[0])),
            DeskNumbers.value(chosen, OptionalDouble.of(range[1]))));
    model.put("chartWidth", TrendChart.WIDTH);
    model.put("chartHeight", TrendChart.HEIGHT);
    model.put(
        "trend",
        trend.stream()
            .map(
                m ->
                    Map.of(
                        "month", m.month().toString(),
                        "value", DeskNumbers.value(chosen, m.values().get(chosen))))
            .toList());
    model.put("rows", rows(chosen, shown, points));
    model.put("find", find);
    model.put(
        "noneFound",
        find.isBlank()
            ? messages.text(locale, "desk.none")
            : messages.text(locale, "desk.find.none", find));
    model.put("pager", pager(shown, here, locale));
    model.put("csv", "/desk/rankings.csv?indicator=" + chosen.id());
    model.put("xlsx", "/desk/rankings.xlsx?indicator=" + chosen.id());
    return Pages.answer(HttpStatus.OK, pages.render("desk", locale, model));
  }

  private List<Map<String, Object>> indicators(
      Indicator chosen, List<Desk.TownMonth> trend, Locale locale, String points) {
    int n = trend.size();
    List<Map<String, Object>> cards = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      OptionalDouble now =
          n > 0 ? trend.get(n - 1).values().get(indicator) : OptionalDouble.empty();
      OptionalDouble before =
          n > 1 ? trend.get(n - 2).values().get(indicator) : OptionalDouble.empty();
      cards.add(
          Map.of(
              "id", indicator.id(),
              "name", messages.text(locale, "desk.indicator." + indicator.id()),
              "href", "/desk?indicator=" + indicator.id(),
              "chosen", indicator == chosen,
              "value", DeskNumbers.value(indicator, now),
              "change", DeskNumbers.change(indicator, now, before, points),
              "direction", DeskNumbers.direction(indicator, now, before)));
    }
    return cards;
  }

  /** Where the other pages are and which this one is (no links where there is nowhere to go). */
  private Map<String, Object> pager(RankingPage shown, String here, Locale locale) {
    Map<String, Object> pager = new HashMap<>();
    pager.put(
        "where",
        messages.text(locale, "desk.page.where", shown.number(), shown.pages(), shown.matching()));
    if (!shown.first()) {
      pager.put("first", here);
      pager.put("previous", here + "&page=" + (shown.number() - 1));
    }
    if (!shown.last()) {
      pager.put("next", here + "&page=" + (shown.number() + 1));
      pager.put("last", here + "&page=" + shown.pages());
    }
    return pager;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private List<Map<String, Object>> rows(Indicator indicator, RankingPage shown, String points) {
    return shown.rows().stream()
        .map(
            row ->
                Map.<String, Object>of(
                    "rank", row.rank(),
                    "code", row.code(),
                    "name", row.name(),
                    "value", DeskNumbers.value(indicator, row.value()),
                    "change", DeskNumbers.change(indicator, row.value(), row.previous(), points),
                    "direction", DeskNumbers.direction(indicator, row.value(), row.previous()),
                    "map", MapLink.of(row),
                    "committee", "/desk/committees/" + row.code()))
        .toList();
  }
}
