package cn.onegrid.server.desk;

import cn.onegrid.data.desk.Indicator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * An indicator's monthly values as an SVG line the page draws without script: points in a {@value
 * #WIDTH} × {@value #HEIGHT} box, a ratio between the tenths around its values (say 60–80 %, so a
 * change of a point shows), a count from 0 to its largest value.
 */
final class TrendChart {

  static final int WIDTH = 600;
  static final int HEIGHT = 120;
  private static final int PAD = 8;

  private TrendChart() {}

  /** The polyline's {@code points}; months without a value are left out. */
  static String points(Indicator indicator, List<OptionalDouble> values) {
    double[] range = range(indicator, values);
    double bottom = range[0];
    double top = range[1] - bottom;
    int n = values.size();
    return java.util.stream.IntStream.range(0, n)
        .filter(i -> values.get(i).isPresent())
        .mapToObj(
            i -> {
              double x = n == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (n - 1);
              double y =
                  HEIGHT
                      - PAD
                      - (HEIGHT - 2.0 * PAD) * (values.get(i).getAsDouble() - bottom) / top;
              return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
            })
        .collect(Collectors.joining(" "));
  }

  /** The chart's bottom and top value. */
  static double[] range(Indicator indicator, List<OptionalDouble> values) {
    double most = values.stream().flatMapToDouble(OptionalDouble::stream).max().orElse(1);
    if (indicator.unit() != Indicator.Unit.RATIO) {
      return new double[] {0, Math.max(1, most)};
    }
    double least = values.stream().flatMapToDouble(OptionalDouble::stream).min().orElse(0);
    double bottom = Math.max(0, Math.floor(least * 10 - 0.5) / 10);
    double top = Math.min(1, Math.ceil(most * 10 + 0.5) / 10);
    return new double[] {bottom, Math.max(top, bottom + 0.1)};
  }
}
