package cn.onegrid.server.desk;

import cn.onegrid.data.InvalidQuery;
import java.util.Locale;

/**
 * A sheet for a wall map: A4 or A3, landscape or portrait, in millimetres; the map's frame is the
 * sheet less 8 mm margins, a 12 mm title and an 8 mm footer ({@code desk.css}'s {@code .og-sheet}).
 */
record Paper(String size, boolean landscape) {

  static Paper of(String size, String orientation) {
    String s = size.strip().toLowerCase(Locale.ROOT);
    if (!s.equals("a4") && !s.equals("a3")) {
      throw InvalidQuery.of("paper", "print.paper.unknown", size);
    }
    String o = orientation.strip().toLowerCase(Locale.ROOT);
    if (!o.equals("landscape") && !o.equals("portrait")) {
      throw InvalidQuery.of("orientation", "print.orientation.unknown", orientation);
    }
    return new Paper(s, o.equals("landscape"));
  }

  double widthMm() {
    double[] sides = sides();
    return landscape ? sides[1] : sides[0];
  }

  double heightMm() {
    double[] sides = sides();
    return landscape ? sides[0] : sides[1];
  }

  double frameWidthMm() {
    return widthMm() - 16;
  }

  double frameHeightMm() {
    return heightMm() - 16 - 12 - 8;
  }

  /** The sheet's class and CSS named page: {@code a4l}, {@code a3p}, … */
  String cssClass() {
    return "og-" + size + (landscape ? "l" : "p");
  }

  private double[] sides() {
    return size.equals("a4") ? new double[] {210, 297} : new double[] {297, 420};
  }
}
