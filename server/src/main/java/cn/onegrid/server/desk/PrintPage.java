package cn.onegrid.server.desk;

import cn.onegrid.data.desk.CommitteeTables;
import cn.onegrid.data.desk.WallMap;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A wall map to print ({@code /desk/print}, {@code print.mustache}): the town or a committee on one
 * sheet of A4 or A3 as the sheet will print ({@code @page} of the sheet's size, no margins), drawn
 * by the server as SVG ({@link WallMap}) with its legend, a scale bar true on paper, a north arrow,
 * the date and, for sample data, the note that says so. The choice above the sheet does not print.
 */
@RestController
class PrintPage {

  private final WallMap wallMap;
  private final CommitteeTables committees;
  private final Pages pages;
  private final Messages messages;

  PrintPage(WallMap wallMap, CommitteeTables committees, Pages pages, Messages messages) {
    this.wallMap = wallMap;
    this.committees = committees;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/desk/print")
  ResponseEntity<String> page(
      @RequestParam(defaultValue = "") String committee,
      @RequestParam(defaultValue = "a4") String paper,
      @RequestParam(defaultValue = "landscape") String orientation,
      HttpServletRequest request,
      HttpServletResponse response) {
    Paper sheet = Paper.of(paper, orientation);
    String code = committee.isBlank() ? null : committee.strip();
    WallMap.Drawing drawing = wallMap.draw(code, sheet.frameWidthMm(), sheet.frameHeightMm());
    Locale locale = messages.choose(request, response);
    Map<String, Object> model = new HashMap<>(WallMapView.of(drawing, sheet, messages, locale));
    model.put("title", drawing.title());
    model.put("css", "/desk.css");
    model.put(
        "switchTo",
        "/desk/print?committee="
            + URLEncoder.encode(code == null ? "" : code, StandardCharsets.UTF_8)
            + "&paper="
            + sheet.size()
            + "&orientation="
            + (sheet.landscape() ? "landscape" : "portrait")
            + "&lang=");
    model.put("printed", messages.text(locale, "print.printed", LocalDate.now(Rankings.TOWN)));
    model.put("a3", sheet.size().equals("a3"));
    model.put("portrait", !sheet.landscape());
    model.put("choices", choices(code, locale));
    return Pages.answer(HttpStatus.OK, pages.render("print", locale, model));
  }

  private List<Map<String, Object>> choices(String code, Locale locale) {
    List<Map<String, Object>> choices = new java.util.ArrayList<>();
    choices.add(
        Map.of(
            "code", "", "name", messages.text(locale, "print.whole-town"), "chosen", code == null));
    committees
        .committees()
        .forEach(
            (c, name) ->
                choices.add(Map.of("code", c, "name", name + " " + c, "chosen", c.equals(code))));
    return choices;
  }
}
