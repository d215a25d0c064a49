package cn.onegrid.server.security.audit;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.accounts.AuditEntry;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.server.system.InstantParameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for administrators: {@code /admin/audit} as JSON (newest first), {@code
 * /admin/audit.csv} as a spreadsheet export (oldest first). Both take {@code from} and {@code to}
 * (ISO instants; default the last 30 days), and {@code username} and {@code action} to narrow them
 * to who did what.
 */
@RestController
class AuditController {

  private static final int MAX_ENTRIES = 1000;

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  List<AuditEntry> entries(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String action,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_ENTRIES) {
      throw InvalidQuery.of("limit", "accounts.audit-limit", MAX_ENTRIES);
    }
    return audit.between(from(from), to(to), blankAsAny(username), blankAsAny(action), limit);
  }

  @GetMapping("/admin/audit.csv")
  void export(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String action,
      HttpServletResponse response)
      throws IOException {
    Instant start = from(from);
    Instant end = to(to);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"onegrid-audit.csv\"");
    response.setHeader("Cache-Control", "private, no-store");
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    out.print('\uFEFF'); // so spreadsheet programs read the Chinese as UTF-8
    out.print("id,at,username,action,subject,detail\r\n");
    audit.forEachBetween(
        start,
        end,
        blankAsAny(username),
        blankAsAny(action),
        entry ->
            out.print(
                Stream.of(
                            String.valueOf(entry.id()),
                            entry.at().toString(),
                            entry.username(),
                            entry.action(),
                            entry.subject(),
                            entry.detail())
                        .map(AuditController::cell)
                        .collect(Collectors.joining(","))
                    + "\r\n"));
    out.flush();
  }

  /**
   * One CSV cell, quoted; a text that a spreadsheet would take for a formula gets a leading quote
   * mark.
   */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String blankAsAny(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Instant from(String value) {
    return value == null ? Instant.now().minus(30, ChronoUnit.DAYS) : instant("from", value);
  }

  private static Instant to(String value) {
    return value == null ? Instant.now().plusSeconds(1) : instant("to", value);
  }

  private static Instant instant(String parameter, String value) {
    return InstantParameter.parse(parameter, value).toInstant();
  }
}
