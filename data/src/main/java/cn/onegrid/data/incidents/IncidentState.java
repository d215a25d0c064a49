package cn.onegrid.data.incidents;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an incident is in its loop (GB/T 30428: report → accept → dispatch → handle → verify →
 * close), and which step may follow which: a step out of order (closing what was never handled) is
 * refused. Returned goes back to the committee, which accepts it again or voids it.
 */
public enum IncidentState {
  REPORTED,
  ACCEPTED,
  DISPATCHED,
  HANDLED,
  VERIFIED,
  CLOSED,
  RETURNED,
  VOID;

  /** The states that may follow this one; none after closed or void. */
  public Set<IncidentState> next() {
    return switch (this) {
      case REPORTED -> EnumSet.of(ACCEPTED, RETURNED, VOID);
      case ACCEPTED -> EnumSet.of(DISPATCHED, RETURNED, VOID);
      case DISPATCHED -> EnumSet.of(HANDLED, RETURNED);
      case HANDLED -> EnumSet.of(VERIFIED, RETURNED);
      case VERIFIED -> EnumSet.of(CLOSED, RETURNED);
      case RETURNED -> EnumSet.of(ACCEPTED, VOID);
      case CLOSED, VOID -> EnumSet.noneOf(IncidentState.class);
    };
  }

  public boolean mayBecome(IncidentState to) {
    return next().contains(to);
  }

  /** Still waiting for someone: neither closed nor void. */
  public boolean open() {
    return this != CLOSED && this != VOID;
  }

  /** The states in which an incident waits, as the database spells them. */
  public static List<String> openIds() {
    return EnumSet.complementOf(EnumSet.of(CLOSED, VOID)).stream().map(IncidentState::id).toList();
  }

  /** The name in the database and in JSON: {@code reported}, {@code accepted}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state with this id, or null. */
  public static IncidentState ofOrNull(String id) {
    for (IncidentState s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }
}
