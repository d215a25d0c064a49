package cn.onegrid.data.transfer;

import cn.onegrid.data.Refusal;
import java.util.List;

/**
 * A roster file refused, every error in it at once, by row and column; nothing was written. The
 * server answers 422 with the list.
 */
public class InvalidRoster extends Refusal {

  private final List<RosterError> errors;

  InvalidRoster(List<RosterError> errors) {
    super(
        "The roster has " + errors.size() + " errors, the first " + errors.get(0),
        "transfer.roster.invalid",
        errors.size());
    this.errors = List.copyOf(errors);
  }

  /** By row, then column. */
  public List<RosterError> errors() {
    return errors;
  }
}
