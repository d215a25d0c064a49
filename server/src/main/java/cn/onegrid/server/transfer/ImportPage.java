package cn.onegrid.server.transfer;

import cn.onegrid.data.accounts.Role;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.Messages;
import cn.onegrid.server.system.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The import page ({@code /import}, {@code import.mustache}) for administrators and planners of the
 * whole town: the upload form (encoding, GBK first; coordinate system; a web map's datum), the
 * field mapping, the report as a list and on a small map, then a draft plan to publish and, once
 * published, to revert as a whole. The words are the bundles'; its script ({@code js/import/})
 * sends the form to {@code POST /imports} and {@code /imports/plans}, the plan to {@code
 * /plans/{id}/publish} and {@code /revert}, and shows what comes back.
 */
@RestController
class ImportPage {

  /** The CGCS2000 3-degree Gauss-Krüger zones, with and without the zone number in x. */
  private static final int FIRST_ZONE = 4513;

  private static final int LAST_ZONE = 4554;

  private final Pages pages;
  private final Messages messages;

  ImportPage(Pages pages, Messages messages) {
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/import")
  ResponseEntity<String> page(
      @AuthenticationPrincipal OneGridUser user,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (user.role() == Role.PLANNER && !user.committees().isEmpty()) {
      throw new RequestRefused(
          HttpStatus.FORBIDDEN, "transfer.import-town-wide", String.join(", ", user.committees()));
    }
    Locale locale = messages.choose(request, response);
    Map<String, Object> model = new HashMap<>();
    model.put("title", messages.text(locale, "import.page.title"));
    model.put("css", "/import.css");
    model.put("switchTo", "/import?lang=");
    model.put("csrf", Pages.csrf(csrf));
    model.put("admin", user.role() == Role.ADMIN);
    model.put("crs", crsChoices(locale));
    return Pages.answer(HttpStatus.OK, pages.render("import", locale, model));
  }

  /** What a file's coordinates may be in, when the file does not say. */
  private List<Map<String, String>> crsChoices(Locale locale) {
    List<Map<String, String>> choices = new ArrayList<>();
    choices.add(Map.of("code", "4490", "label", "CGCS2000 (EPSG:4490)"));
    choices.add(Map.of("code", "4326", "label", "WGS 84 (EPSG:4326)"));
    IntStream.rangeClosed(FIRST_ZONE, LAST_ZONE)
        .forEach(
            code ->
                choices.add(
                    Map.of(
                        "code",
                        Integer.toString(code),
                        "label",
                        messages.text(locale, "import.page.crs-zone", Integer.toString(code)))));
    return choices;
  }
}
