package cn.onegrid.data.editing;

import cn.onegrid.data.Refusal;
import java.util.List;

/** A publish refused because features changed since the plan drew on them: nothing was applied. */
public final class PlanConflict extends Refusal {

  private final List<String> stale;

  public PlanConflict(List<String> stale) {
    super(
        "Nothing was published: " + String.join("; ", stale),
        "editing.plan-conflict",
        stale.size());
    this.stale = List.copyOf(stale);
  }

  /** One message per stale feature. */
  public List<String> stale() {
    return stale;
  }
}
