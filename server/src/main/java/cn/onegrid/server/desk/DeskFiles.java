package cn.onegrid.server.desk;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.desk.Indicator;
import cn.onegrid.data.desk.Table;
import cn.onegrid.data.desk.TableFiles;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every desk table as a file, one path: the ranking ({@code /desk/rankings.csv|xlsx}), a
 * committee's posts and slots ({@code /desk/committees/{code}/posts.csv|xlsx}, {@code slots.…}),
 * headed in the reader's language and written by {@link TableFiles}. Another extension is a 404.
 */
@RestController
class DeskFiles {

  private final Rankings rankings;
  private final DeskTables tables;
  private final Messages messages;

  DeskFiles(Rankings rankings, DeskTables tables, Messages messages) {
    this.rankings = rankings;
    this.tables = tables;
    this.messages = messages;
  }

  @GetMapping("/desk/rankings.{format}")
  ResponseEntity<byte[]> rankings(
      @PathVariable String format,
      @RequestParam(defaultValue = "coverage") String indicator,
      HttpServletRequest request) {
    TableFiles.Format as = format(format);
    Indicator chosen = Rankings.indicator(indicator);
    Locale locale = messages.locale(request);
    String name =
        messages.text(locale, "desk.ranking")
            + "-"
            + messages.text(locale, "desk.indicator." + chosen.id())
            + "-"
            + Rankings.thisMonth();
    return file(rankings.table(chosen, name), locale, as);
  }

  @GetMapping("/desk/committees/{code}/posts.{format}")
  ResponseEntity<byte[]> posts(
      @PathVariable String code, @PathVariable String format, HttpServletRequest request) {
    TableFiles.Format as = format(format);
    return file(tables.posts(code), messages.locale(request), as);
  }

  @GetMapping("/desk/committees/{code}/slots.{format}")
  ResponseEntity<byte[]> slots(
      @PathVariable String code, @PathVariable String format, HttpServletRequest request) {
    TableFiles.Format as = format(format);
    Locale locale = messages.locale(request);
    return file(tables.slots(code, locale), locale, as);
  }

  private ResponseEntity<byte[]> file(Table table, Locale locale, TableFiles.Format format) {
    byte[] body = TableFiles.write(table, tables.headings(table, locale), format);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(format.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(table.name() + "." + format.extension(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("Cache-Control", "private, no-store")
        .body(body);
  }

  private static TableFiles.Format format(String extension) {
    return Arrays.stream(TableFiles.Format.values())
        .filter(f -> f.extension().equals(extension))
        .findFirst()
        .orElseThrow(() -> NotFound.of("desk.format.unknown", extension));
  }
}
