package cn.onegrid.server.features;

import static cn.onegrid.server.features.OpenApiPaths.path;
import static cn.onegrid.server.features.OpenApiPaths.query;
import static cn.onegrid.server.features.OpenApiPaths.read;

import java.util.List;
import java.util.Map;

/** The leaders' desk's endpoints (issue 17) for the OpenAPI definition. */
final class DeskPaths {

  private DeskPaths() {}

  /** The leaders' desk (leaders, planners, administrators): pages, files of its tables, prints. */
  static void addTo(OpenApiPaths paths) {
    Map<String, Object> indicator =
        query(
            "indicator",
            "string",
            "What to rank by (default coverage): "
                + String.join(
                    ", ",
                    java.util.Arrays.stream(cn.onegrid.data.desk.Indicator.values())
                        .map(cn.onegrid.data.desk.Indicator::id)
                        .toList()));
    Map<String, Object> format = path("format", "string", "The file's format: csv or xlsx");
    Map<String, Object> code = path("code", "string", "The committee's 12-digit code");
    paths
        .add(
            "get",
            "/desk",
            read(
                "The town dashboard (HTML): committees ranked by an indicator, the town's values"
                    + " with last month's change, and their trend by month",
                List.of(indicator)))
        .add(
            "get",
            "/desk/rankings.{format}",
            read(
                "The ranking as a file (CSV in UTF-8 with a byte-order mark, or XLSX)",
                List.of(format, indicator)))
        .add(
            "get",
            "/desk/committees/{code}",
            read("A committee's posts and weekly slots (HTML)", List.of(code)))
        .add(
            "get",
            "/desk/committees/{code}/posts.{format}",
            read("A committee's posts in service as a file (CSV or XLSX)", List.of(code, format)))
        .add(
            "get",
            "/desk/committees/{code}/slots.{format}",
            read("A committee's weekly slots as a file (CSV or XLSX)", List.of(code, format)))
        .add(
            "get",
            "/desk/print",
            read(
                "A wall map to print (HTML laid out on the paper): the town, or a committee",
                List.of(
                    query("committee", "string", "A committee's code; the whole town without"),
                    query("paper", "string", "a4 or a3 (default a4)"),
                    query("orientation", "string", "landscape (default) or portrait"))));
  }
}
