package cn.onegrid.data.incidents;

import cn.onegrid.data.Refusal;

/**
 * A report or step refused for what it says: bad input (422: an unknown type, a place outside the
 * town, a description too long) or a step out of order (409: closing what was never handled).
 */
public final class IncidentRefusal extends Refusal {

  /** Why: decides the status. */
  public enum Kind {
    INVALID,
    OUT_OF_ORDER
  }

  private final Kind kind;

  public IncidentRefusal(Kind kind, String message, String key, Object... args) {
    super(message, key, args);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
