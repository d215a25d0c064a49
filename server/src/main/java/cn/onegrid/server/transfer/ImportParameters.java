package cn.onegrid.server.transfer;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.transfer.FieldMapping;
import cn.onegrid.data.transfer.ImportOptions;
import cn.onegrid.data.transfer.ImportTarget;
import cn.onegrid.data.transfer.SourceCrs;
import cn.onegrid.geo.webmap.WebMapDatum;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An import's form fields: {@code target} (committees, comprehensive-grids, micro-grids,
 * duty-posts), {@code layer}, {@code crs} (for a file that does not say), {@code datum} ({@code
 * gcj02} or {@code bd09}, for coordinates from a web map), {@code encoding} (a shapefile without
 * {@code .cpg}), the field mapping ({@code code}, {@code name}, {@code parent}, {@code duties}),
 * {@code committee} (one committee's grids or posts) and {@code townName} (an empty OneGrid): from
 * an upload's form or the command line's options, each read by name.
 */
final class ImportParameters {

  private ImportParameters() {}

  static ImportOptions options(UnaryOperator<String> request) {
    ImportTarget target =
        ImportTarget.of(
            text(request, "target")
                .orElseThrow(() -> InvalidQuery.of("target", "transfer.target-missing")));
    return new ImportOptions(
        target,
        text(request, "layer"),
        text(request, "crs").map(SourceCrs::of),
        text(request, "datum").map(ImportParameters::datum),
        text(request, "encoding"),
        mapping(request),
        text(request, "committee"),
        text(request, "townName"));
  }

  static Optional<String> planName(UnaryOperator<String> request) {
    return text(request, "planName");
  }

  /** A mapping when code and name are both given; a half-given one is a mistake worth saying. */
  private static Optional<FieldMapping> mapping(UnaryOperator<String> request) {
    Optional<String> code = text(request, "code");
    Optional<String> name = text(request, "name");
    if (code.isEmpty() && name.isEmpty()) {
      return Optional.empty();
    }
    if (code.isEmpty() || name.isEmpty()) {
      throw InvalidQuery.of(code.isEmpty() ? "code" : "name", "transfer.mapping-half");
    }
    return Optional.of(
        new FieldMapping(code.get(), name.get(), text(request, "parent"), text(request, "duties")));
  }

  private static WebMapDatum datum(String text) {
    return switch (text.toLowerCase(Locale.ROOT).replace("-", "")) {
      case "gcj02" -> WebMapDatum.GCJ_02;
      case "bd09" -> WebMapDatum.BD_09;
      default -> throw InvalidQuery.of("datum", "transfer.datum", text);
    };
  }

  private static Optional<String> text(UnaryOperator<String> request, String name) {
    return Optional.ofNullable(request.apply(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
