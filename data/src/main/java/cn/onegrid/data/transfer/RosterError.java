package cn.onegrid.data.transfer;

import java.util.Arrays;

/**
 * What is wrong in one cell of a roster file: its row as a spreadsheet numbers it (the header is
 * row 1), its column's header (null: the whole row) and a message key with arguments for the
 * server's bundles.
 */
public record RosterError(int row, String column, String key, Object... args) {

  public RosterError {
    args = args.clone();
  }

  static RosterError at(int row, RosterColumn column, String key, Object... args) {
    return new RosterError(row, column == null ? null : column.header(), key, args);
  }

  @Override
  public Object[] args() {
    return args.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RosterError e
        && e.row == row
        && java.util.Objects.equals(e.column, column)
        && e.key.equals(key)
        && Arrays.equals(e.args, args);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(row, column, key, Arrays.hashCode(args));
  }

  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : " " + column) + ": " + key + Arrays.toString(args);
  }
}
