package cn.onegrid.server.desk;

import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.desk.Table;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A committee on the desk ({@code /desk/committees/{code}}, {@code desk-committee.mustache}): its
 * posts and their weekly slots as tables, each to download as CSV or XLSX, and its wall map to
 * print. A committee that does not exist is a 404 problem.
 */
@RestController
class CommitteeDeskPage {

  private final DeskTables tables;
  private final Pages pages;
  private final Messages messages;

  CommitteeDeskPage(DeskTables tables, Pages pages, Messages messages) {
    this.tables = tables;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/desk/committees/{code}")
  ResponseEntity<String> page(
      @PathVariable String code,
      Authentication principal,
      HttpServletRequest request,
      HttpServletResponse response) {
    String name = tables.committeeName(code);
    Locale locale = messages.choose(request, response);
    String base = "/desk/committees/" + code;
    Map<String, Object> model = new HashMap<>();
    model.put("title", name);
    model.put("css", "/desk.css");
    model.put("switchTo", base + "?lang=");
    model.put("name", name);
    model.put("code", code);
    model.put("print", "/desk/print?committee=" + code);
    model.put("notAnalysed", !tables.analysed(code));
    if (principal != null
        && principal.getPrincipal() instanceof OneGridUser user
        && user.role() == Role.LEADER) { // the duty book's month, names in it: leaders in person
      model.put("dutyReport", Map.of("xlsx", "/committees/" + code + "/report.xlsx"));
    }
    model.put("posts", table(tables.posts(code), locale, base + "/posts"));
    model.put("slots", table(tables.slots(code, locale), locale, base + "/slots"));
    return Pages.answer(HttpStatus.OK, pages.render("desk-committee", locale, model));
  }

  private Map<String, Object> table(Table table, Locale locale, String file) {
    List<Map<String, Object>> rows =
        DeskTables.shown(table).stream()
            .map(cells -> Map.<String, Object>of("cells", cells))
            .toList();
    return Map.of(
        "headings",
        tables.headings(table, locale),
        "rows",
        rows,
        "empty",
        rows.isEmpty(),
        "csv",
        file + ".csv",
        "xlsx",
        file + ".xlsx");
  }
}
