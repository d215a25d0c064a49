package cn.onegrid.server.features;

import static cn.onegrid.server.features.OpenApiPaths.path;
import static cn.onegrid.server.features.OpenApiPaths.query;
import static cn.onegrid.server.features.OpenApiPaths.read;
import static cn.onegrid.server.features.OpenApiPaths.write;

import java.util.List;
import java.util.Map;

/** Incidents (issue 16) in the OpenAPI definition: types, reports, steps, lists, Open311. */
final class IncidentPaths {

  private IncidentPaths() {}

  static void addTo(OpenApiPaths paths) {
    Map<String, Object> id = path("id", "integer", "The incident's id");
    paths
        .add("get", "/incident-types", read("Incident types, each with its time limit", List.of()))
        .add(
            "put",
            "/admin/incident-types/{id}",
            write(
                "Adds or changes an incident type (administrators)",
                List.of(path("id", "string", "The type's id")),
                "{\"name\": text, \"limitHours\": integer}",
                "200"))
        .add(
            "post",
            "/incidents",
            write(
                "Reports an incident, routed to the committee, grid and post responsible then"
                    + " (422 outside the town; replay-safe with Idempotency-Key)",
                List.of(),
                "{\"type\", \"location\": [lon, lat], \"description\", \"reporterName\","
                    + " \"reporterContact\", \"photo\": base64 image}",
                "201"))
        .add(
            "get",
            "/incidents/{id}",
            read(
                "An incident with its routing reason and steps (contacts masked by role)",
                List.of(id)))
        .add("get", "/incidents/{id}/photo", read("An incident's photo (JPEG)", List.of(id)))
        .add(
            "post",
            "/incidents/{id}/steps",
            write(
                "Moves an incident on in its loop (409 out of order)",
                List.of(id),
                "{\"to\": accepted|dispatched|handled|verified|closed|returned|void,"
                    + " \"notes\", \"post\"}",
                "200"))
        .add(
            "get",
            "/incidents/waiting",
            read(
                "Open incidents waiting for a committee or a post, soonest due first",
                List.of(
                    query("committee", "string", "A committee's code"),
                    query("post", "string", "A post's code"))))
        .add("get", "/incidents/mine", read("The caller's own reports and their states", List.of()))
        .add(
            "get",
            "/incidents/rates",
            read(
                "Closure rate, on-time closure rate and handling time",
                List.of(
                    query("by", "string", "committee (default), grid, post or type"),
                    query("committee", "string", "Only this committee"))))
        .add(
            "get",
            "/incidents/hours",
            read(
                "A committee's reports per weekday and hour (town time) beside the hours its posts"
                    + " are on duty, and how many came when nobody was",
                List.of(
                    query("committee", "string", "A committee's code (default: the caller's)"),
                    query("from", "string", "First day, YYYY-MM-DD (default: three months back)"),
                    query("to", "string", "Last day, YYYY-MM-DD (default: today)"))));
    paths.add(
        "get",
        "/incidents/hotspots/{z}/{x}/{y}.mvt",
        read(
            "Hot spots: a month's reports counted per cell, as a WebMercatorQuad vector tile",
            List.of(
                path("z", "integer", "Zoom"),
                path("x", "integer", "Column"),
                path("y", "integer", "Row"),
                query("month", "string", "YYYY-MM (default: this month)"))));
    open311(paths);
  }

  private static void open311(OpenApiPaths paths) {
    paths
        .add(
            "get",
            "/open311/v2/services.json",
            read("Open311 GeoReport v2: the incident types as services", List.of()))
        .add(
            "get",
            "/open311/v2/requests.json",
            read(
                "Open311 GeoReport v2: service requests, newest first",
                List.of(
                    query("service_request_id", "string", "One request"),
                    query("service_code", "string", "Of one type"),
                    query("start_date", "string", "Reported at or after (ISO 8601)"),
                    query("end_date", "string", "Reported before (ISO 8601)"),
                    query("status", "string", "open or closed"))))
        .add(
            "get",
            "/open311/v2/requests/{id}.json",
            read(
                "Open311 GeoReport v2: one service request",
                List.of(path("id", "string", "Its id"))))
        .add(
            "post",
            "/open311/v2/requests.json",
            write(
                "Open311 GeoReport v2: creates a service request (form-encoded service_code, lat,"
                    + " long, description, first_name, last_name, phone)",
                List.of(),
                null,
                "201"));
  }
}
