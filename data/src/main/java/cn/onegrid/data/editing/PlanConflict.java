package cn.onegrid.data.editing;

import cn.onegrid.data.Refusal;
import java.util.List;

/**
 * A publish refused because features changed since the plan drew on them, or a revert because they
 * changed since it was published: nothing was applied.
 */
public final class PlanConflict extends Refusal {

  private final List<String> stale;

  public PlanConflict(List<String> stale) {
    this("Nothing was published: ", "editing.plan-conflict", stale);
  }

  private PlanConflict(String what, String key, List<String> stale) {
    super(what + String.join("; ", stale), key, stale.size());
    this.stale = List.copyOf(stale);
  }

  /** A plan's revert refused because features changed since it was published: none reverted. */
  static PlanConflict ofRevert(List<String> stale) {
    return new PlanConflict("Nothing was reverted: ", "editing.revert-conflict", stale);
  }

  /** One message per stale feature. */
  public List<String> stale() {
    return stale;
  }
}
