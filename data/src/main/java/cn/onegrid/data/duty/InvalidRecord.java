package cn.onegrid.data.duty;

import cn.onegrid.data.Refusal;

/**
 * A duty record or invite that cannot be kept as sent: which field, and why (a message key). The
 * server answers it 422, or 413 for a photo too large.
 */
public final class InvalidRecord extends Refusal {

  private final String field;
  private final boolean tooLarge;

  private InvalidRecord(String field, boolean tooLarge, String key, Object[] args) {
    super(field + ": " + describe(key, args), key, args);
    this.field = field;
    this.tooLarge = tooLarge;
  }

  public static InvalidRecord of(String field, String key, Object... args) {
    return new InvalidRecord(field, false, key, args);
  }

  /** A part too large to keep (a photo). */
  public static InvalidRecord tooLarge(String field, String key, Object... args) {
    return new InvalidRecord(field, true, key, args);
  }

  /** The body member at fault. */
  public String field() {
    return field;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
