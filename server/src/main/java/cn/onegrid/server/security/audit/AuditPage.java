package cn.onegrid.server.security.audit;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditEntry;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log as a page for administrators ({@code /audit}, {@code audit.mustache}): filtered by
 * who, what and which days (the town's, Asia/Shanghai), newest first, with the same filter's CSV
 * export ({@code /admin/audit.csv}). The filter offers every {@link AuditAction}, each labelled in
 * the page's language. A date that is no date is said on the page, with a 400.
 */
@RestController
class AuditPage {

  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TOWN);
  private static final int SHOWN = 200;

  private final AuditLog audit;
  private final Pages pages;
  private final Messages messages;

  AuditPage(AuditLog audit, Pages pages, Messages messages) {
    this.audit = audit;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping("/audit")
  ResponseEntity<String> page(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      HttpServletRequest request,
      HttpServletResponse response) {
    Locale locale = messages.choose(request, response);
    Map<String, Object> model = new HashMap<>();
    model.put("title", messages.text(locale, "audit.page.title"));
    model.put("username", username);
    model.put("action", action);
    model.put("from", from);
    model.put("to", to);
    model.put(
        "actions",
        Arrays.stream(AuditAction.values())
            .map(a -> Map.of("id", a.id(), "label", messages.text(locale, labelKey(a))))
            .toList());
    LocalDate firstDay = LocalDate.now(TOWN).minusDays(30);
    LocalDate lastDay = LocalDate.now(TOWN);
    HttpStatus status = HttpStatus.OK;
    try {
      firstDay = from.isBlank() ? firstDay : LocalDate.parse(from.strip());
      lastDay = to.isBlank() ? lastDay : LocalDate.parse(to.strip());
    } catch (DateTimeParseException e) {
      status = HttpStatus.BAD_REQUEST;
      model.put("message", messages.text(locale, "audit.page.bad-date", e.getParsedString()));
    }
    Instant start = firstDay.atStartOfDay(TOWN).toInstant();
    Instant end = lastDay.plusDays(1).atStartOfDay(TOWN).toInstant();
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("from", start.toString());
    filter.put("to", end.toString());
    filter.put("username", username.strip());
    filter.put("action", action.strip());
    model.put("switchTo", "/audit?" + query(filter, false) + "&lang=");
    if (status == HttpStatus.OK) {
      List<AuditEntry> entries =
          audit.between(start, end, blankAsAny(username), blankAsAny(action), SHOWN);
      model.put(
          "entries",
          entries.stream()
              .map(
                  entry ->
                      Map.of(
                          "at", WHEN.format(entry.at()),
                          "username", entry.username(),
                          "action", entry.action(),
                          "subject", entry.subject(),
                          "detail", entry.detail() == null ? "" : entry.detail()))
              .toList());
      model.put("count", messages.text(locale, "audit.page.count", entries.size(), SHOWN));
      model.put("csv", "/admin/audit.csv?" + query(filter, true));
    }
    return Pages.answer(status, pages.render("audit", locale, model));
  }

  /** The message key of an action's label, in both bundles for every action. */
  static String labelKey(AuditAction action) {
    return "audit.action." + action.id();
  }

  private static String query(Map<String, String> filter, boolean dropBlank) {
    return filter.entrySet().stream()
        .filter(e -> !dropBlank || !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String blankAsAny(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
