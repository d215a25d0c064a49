package cn.onegrid.server.desk;

import cn.onegrid.data.desk.Indicator;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How the desk writes an indicator's value and its change: a ratio as a percentage with one decimal
 * and its change in percentage points, a count as a whole number; nothing as a dash.
 */
final class DeskNumbers {

  static final String NOTHING = "—";

  private DeskNumbers() {}

  static String value(Indicator indicator, OptionalDouble value) {
    if (value.isEmpty()) {
      return NOTHING;
    }
    return indicator.unit() == Indicator.Unit.RATIO
        ? String.format(Locale.ROOT, "%.1f%%", value.getAsDouble() * 100)
        : String.format(Locale.ROOT, "%.0f", value.getAsDouble());
  }

  /** The change from {@code before} to {@code now}, signed; {@code points} names a ratio's unit. */
  static String change(
      Indicator indicator, OptionalDouble now, OptionalDouble before, String points) {
    if (now.isEmpty() || before.isEmpty()) {
      return NOTHING;
    }
    boolean ratio = indicator.unit() == Indicator.Unit.RATIO;
    double change = (now.getAsDouble() - before.getAsDouble()) * (ratio ? 100 : 1);
    String number =
        Math.round(change * (ratio ? 10 : 1)) == 0
            ? (ratio ? "±0.0" : "±0")
            : String.format(Locale.ROOT, ratio ? "%+.1f" : "%+.0f", change);
    return ratio ? number + " " + points : number;
  }

  /** {@code better}, {@code worse} or {@code same}: the change's class on the page. */
  static String direction(Indicator indicator, OptionalDouble now, OptionalDouble before) {
    if (now.isEmpty() || before.isEmpty()) {
      return "same";
    }
    double change = now.getAsDouble() - before.getAsDouble();
    double unit = indicator.unit() == Indicator.Unit.RATIO ? 0.0005 : 0.5;
    if (Math.abs(change) < unit) {
      return "same";
    }
    return (change > 0) == indicator.higherIsBetter() ? "better" : "worse";
  }
}
