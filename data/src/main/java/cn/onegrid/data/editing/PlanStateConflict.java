package cn.onegrid.data.editing;

import cn.onegrid.data.Refusal;

/** An action a plan's state does not allow: editing a published plan, publishing an empty one. */
public final class PlanStateConflict extends Refusal {

  /** {@code message} for logs; {@code key} and {@code args} for people. */
  public PlanStateConflict(String message, String key, Object... args) {
    super(message, key, args);
  }
}
