package cn.onegrid.server.desk;

import cn.onegrid.data.desk.CommitteeTables;
import cn.onegrid.data.desk.Table;
import cn.onegrid.server.system.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A committee's tables in the reader's language, the same for its page and its files: weekdays by
 * name, each column's heading from {@code desk.column.<id>}.
 */
@Component
class DeskTables {

  private final CommitteeTables tables;
  private final Messages messages;

  DeskTables(CommitteeTables tables, Messages messages) {
    this.tables = tables;
    this.messages = messages;
  }

  String committeeName(String code) {
    return tables.committeeName(code);
  }

  boolean analysed(String code) {
    return tables.analysed(code);
  }

  Table posts(String code) {
    return tables.posts(code);
  }

  Table slots(String code, Locale locale) {
    Table slots = tables.slots(code);
    int weekday = slots.columns().indexOf("weekday");
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : slots.rows()) {
      List<Object> named = new ArrayList<>(row);
      named.set(weekday, messages.text(locale, "desk.weekday." + row.get(weekday)));
      rows.add(named);
    }
    return new Table(slots.name(), slots.columns(), rows);
  }

  List<String> headings(Table table, Locale locale) {
    return table.columns().stream().map(c -> messages.text(locale, "desk.column." + c)).toList();
  }

  /** Cells as the page shows them: a ratio as a percentage, nothing as empty. */
  static List<List<String>> shown(Table table) {
    return table.rows().stream()
        .map(
            row ->
                row.stream()
                    .map(
                        cell ->
                            cell instanceof Table.Ratio ratio
                                ? String.format(Locale.ROOT, "%.1f%%", ratio.value() * 100)
                                : cell == null ? "" : cell.toString())
                    .toList())
        .toList();
  }
}
