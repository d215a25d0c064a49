package cn.onegrid.data.desk;

import java.util.Collections;
import java.util.List;

/**
 * A table to show or download: its columns by id (the server names them in the reader's language)
 * and rows of cells, each a {@link String}, a {@link Number}, a {@link Ratio} or null (empty).
 *
 * @param name what the file and the spreadsheet's sheet are called, without extension
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

  /** A share from 0 to 1: a percentage in a spreadsheet, the plain number in CSV. */
  public record Ratio(double value) {}

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(Collections::unmodifiableList).toList();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row of " + row.size() + " cells in " + columns);
      }
    }
  }
}
