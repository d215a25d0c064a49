package cn.onegrid.server.desk;

import cn.onegrid.data.desk.WallMap;
import cn.onegrid.server.system.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link WallMap.Drawing} as the print template's model: the SVG's viewBox, each layer's paths
 * and stroke in map units, posts as dots, labels, the legend, and a scale bar of a round length (1,
 * 2 or 5 × 10ⁿ metres) no longer than 30 mm, drawn in millimetres.
 */
final class WallMapView {

  private static final double BAR_MAX_MM = 30;

  private WallMapView() {}

  static Map<String, Object> of(
      WallMap.Drawing drawing, Paper sheet, Messages messages, Locale locale) {
    double mm = drawing.unitsPerMm();
    Map<String, Object> model = new HashMap<>();
    model.put("sheet", sheet.cssClass());
    model.put(
        "viewBox",
        String.format(
            Locale.ROOT,
            "%.1f %.1f %.1f %.1f",
            drawing.minX(),
            drawing.minY(),
            drawing.width(),
            drawing.height()));
    List<Map<String, Object>> areas = new ArrayList<>();
    List<Map<String, Object>> dots = new ArrayList<>();
    List<Map<String, Object>> labels = new ArrayList<>();
    List<Map<String, Object>> legend = new ArrayList<>();
    for (WallMap.Layer layer : drawing.layers()) {
      if (layer.shapes().isEmpty()) {
        continue;
      }
      boolean points = layer.id().equals("posts");
      legend.add(
          Map.of(
              "name", messages.text(locale, "print.layer." + layer.id()),
              "stroke", layer.stroke(),
              "fill", layer.fill(),
              "dot", points));
      for (WallMap.Shape shape : layer.shapes()) {
        if (!shape.label().isEmpty()) {
          labels.add(
              Map.of(
                  "x",
                  fmt(shape.x()),
                  "y",
                  fmt(shape.y() - (points ? 1.8 * mm : 0)),
                  "text",
                  shape.label()));
        }
        if (points) {
          dots.add(Map.of("x", fmt(shape.x()), "y", fmt(shape.y())));
        }
      }
      if (!points) {
        areas.add(
            Map.of(
                "id", layer.id(),
                "stroke", layer.stroke(),
                "fill", layer.fill(),
                "width", fmt(layer.widthMm() * mm),
                "paths", layer.shapes().stream().map(WallMap.Shape::path).toList()));
      }
    }
    model.put("areas", areas);
    model.put("dots", dots);
    model.put("dotRadius", fmt(0.9 * mm));
    model.put("dotStroke", fmt(0.25 * mm));
    model.put("labels", labels);
    model.put("labelSize", fmt((sheet.size().equals("a3") ? 3.6 : 2.8) * mm));
    model.put("halo", fmt(0.6 * mm));
    model.put("legend", legend);
    model.put("illustrative", drawing.illustrative());
    model.putAll(scaleBar(drawing.scale()));
    model.put(
        "scaleText",
        messages.text(
            locale, "print.scale", String.format(Locale.ROOT, "%,d", Math.round(drawing.scale()))));
    return model;
  }

  /** A bar of a round ground length, in the scale box's millimetres. */
  static Map<String, Object> scaleBar(double scale) {
    double metresPerMm = scale / 1000;
    double most = BAR_MAX_MM * metresPerMm;
    double round = Math.pow(10, Math.floor(Math.log10(most)));
    for (double step : new double[] {5, 2, 1}) {
      if (step * round <= most) {
        round *= step;
        break;
      }
    }
    double bar = round / metresPerMm;
    String length = round >= 1000 ? fmt(round / 1000) + " km" : fmt(round) + " m";
    return Map.of("barMm", fmt(bar), "barHalfMm", fmt(bar / 2), "barLength", length);
  }

  private static String fmt(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
