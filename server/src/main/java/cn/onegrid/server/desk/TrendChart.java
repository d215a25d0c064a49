package cn.onegrid.server.desk;

import cn.onegrid.data.desk.Indicator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * An indicator's monthly values as an SVG line the page draws without script: points in a {@value
 * #WIDTH} × {@value #HEIGHT} box, a ratio on 0–100 %, a count from 0 to its largest value.
 */
final class TrendChart {

  static final int WIDTH = 600;
  static final int HEIGHT = 120;
  private static final int PAD = 8;

  private TrendChart() {}

  /** The polyline's {@code points}; months without a value are left out. */
  static String points(Indicator indicator, List<OptionalDouble> values) {
    double top =
        indicator.unit() == Indicator.Unit.RATIO
            ? 1
            : Math.max(1, values.stream().flatMapToDouble(OptionalDouble::stream).max().orElse(1));
    int n = values.size();
    return java.util.stream.IntStream.range(0, n)
        .filter(i -> values.get(i).isPresent())
        .mapToObj(
            i -> {
              double x = n == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (n - 1);
              double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * values.get(i).getAsDouble() / top;
              return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
            })
        .collect(Collectors.joining(" "));
  }
}
