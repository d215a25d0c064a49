package cn.onegrid.data.editing;

import cn.onegrid.data.Refusal;

/**
 * Something a plan's author or publisher may not do with it: share a plan that is someone else's,
 * publish a change in a committee they no longer plan, share it with an account that is no planner.
 * (A plan one may not see at all is {@link cn.onegrid.data.NotFound}: nobody learns it exists.)
 */
public final class PlanNotAllowed extends Refusal {

  /** Why, so that the server can answer each with its status. */
  public enum Kind {
    NOT_THE_AUTHOR,
    OUT_OF_SCOPE,
    NOT_A_PLANNER
  }

  private final Kind kind;

  /** {@code message} for logs; {@code key} and {@code args} for people. */
  PlanNotAllowed(Kind kind, String message, String key, Object... args) {
    super(message, key, args);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
