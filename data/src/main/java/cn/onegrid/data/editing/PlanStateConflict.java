package cn.onegrid.data.editing;

/** An action a plan's state does not allow: editing a published plan, publishing an empty one. */
public final class PlanStateConflict extends RuntimeException {

  public PlanStateConflict(String message) {
    super(message);
  }
}
