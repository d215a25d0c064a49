package cn.onegrid.data.editing;

import java.util.List;

/** A publish refused because features changed since the plan drew on them: nothing was applied. */
public final class PlanConflict extends RuntimeException {

  private final List<String> stale;

  public PlanConflict(List<String> stale) {
    super("Nothing was published: " + String.join("; ", stale));
    this.stale = List.copyOf(stale);
  }

  /** One message per stale feature. */
  public List<String> stale() {
    return stale;
  }
}
