package cn.onegrid.data.replica;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in PostgreSQL's write-ahead log ({@code pg_lsn}), written as PostgreSQL writes it: two
 * hexadecimal halves, {@code 16/B374D848}. Positions only grow, so comparing them says whether a
 * standby has replayed a write.
 */
public record Lsn(long value) implements Comparable<Lsn> {

  private static final Pattern TEXT = Pattern.compile("([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})");

  /** The text form, e.g. from a cookie; null when it is not one. */
  public static Lsn parse(String text) {
    Matcher m = text == null ? null : TEXT.matcher(text);
    if (m == null || !m.matches()) {
      return null;
    }
    return new Lsn(Long.parseLong(m.group(1), 16) << 32 | Long.parseLong(m.group(2), 16));
  }

  public boolean isAfter(Lsn other) {
    return Long.compareUnsigned(value, other.value) > 0;
  }

  @Override
  public int compareTo(Lsn other) {
    return Long.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toHexString(value >>> 32).toUpperCase()
        + "/"
        + Long.toHexString(value & 0xFFFF_FFFFL).toUpperCase();
  }
}
