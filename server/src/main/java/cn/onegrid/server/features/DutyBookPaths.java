package cn.onegrid.server.features;

import static cn.onegrid.server.features.OpenApiPaths.path;
import static cn.onegrid.server.features.OpenApiPaths.query;
import static cn.onegrid.server.features.OpenApiPaths.read;
import static cn.onegrid.server.features.OpenApiPaths.write;

import java.util.List;
import java.util.Map;

/** The duty record book's endpoints (issue 15) for the OpenAPI definition. */
final class DutyBookPaths {

  private DutyBookPaths() {}

  static void addTo(OpenApiPaths paths) {
    Map<String, Object> id = path("id", "integer", "The record's id");
    Map<String, Object> month =
        query("month", "string", "The month, such as 2026-11 (default this one)");
    paths
        .add("get", "/join", read("A member's first sign-in: the invite's page (HTML)", List.of()))
        .add(
            "post",
            "/join",
            write(
                "Sets a member's password with the invite's code (form: code, password, confirm)",
                List.of(),
                null,
                "303"))
        .add(
            "post",
            "/members/invites",
            write(
                "Invites a person who serves a post: a member's account and a one-time code"
                    + " (staff for their committee, administrators)",
                List.of(),
                "{\"person\": id}",
                "201"))
        .add(
            "get",
            "/members/me/posts",
            read("The posts a member serves, their week, the member's own slots", List.of()))
        .add(
            "post",
            "/duty-records",
            write(
                "Records a duty (members for themselves, staff for their committee's members);"
                    + " send an Idempotency-Key so a retry is stored once; a problem reported"
                    + " becomes an incident in the same transaction, its route in the answer's"
                    + " incident",
                List.of(),
                "{\"post\": code, \"person\": id (staff), \"dutyType\", \"start\", \"end\","
                    + " \"place\": GeoJSON Point or LineString, \"note\", \"problemReported\","
                    + " \"incidentType\": from /incident-types (with a problem),"
                    + " \"incidentDescription\" (else the note), \"photo\": base64 image}",
                "201"))
        .add(
            "get",
            "/duty-records",
            read(
                "Duty records of a month: a member's own, staff's committees' (audited)",
                List.of(
                    month, query("pending", "boolean", "Only records waiting for confirmation"))))
        .add("get", "/duty-records/{id}", read("One duty record (audited)", List.of(id)))
        .add(
            "get",
            "/duty-records/{id}/photo",
            read("A record's photo, re-encoded as JPEG (audited)", List.of(id)))
        .add(
            "post",
            "/duty-records/{id}/review",
            write(
                "Confirms or rejects a flagged record (staff)",
                List.of(id),
                "{\"confirm\": boolean, \"reason\": text (needed to reject)}",
                "200"))
        .add(
            "get",
            "/compliance",
            read(
                "The month's rules as the town and its committees keep them, ranked (leaders)",
                List.of(month)))
        .add(
            "get",
            "/committees/{code}/compliance",
            read(
                "A committee's posts and members against the month's rules, those at zero"
                    + " first (its staff, leaders; audited)",
                List.of(path("code", "string", "The committee's 12-digit code"), month)))
        .add(
            "get",
            "/committees/{code}/report.xlsx",
            read(
                "A committee's monthly duty report as XLSX: figures, members, posts, party groups"
                    + " and their activities (its staff, leaders; audited)",
                List.of(path("code", "string", "The committee's 12-digit code"), month)))
        .add(
            "post",
            "/party-groups/{id}/activities",
            write(
                "Records a featured party group's activity (its committee's staff, or the group's"
                    + " leader as a member)",
                List.of(path("id", "integer", "The party group's id")),
                "{\"heldOn\": \"2026-11-05\", \"title\": text}",
                "201"))
        .add(
            "post",
            "/service-day/visits",
            write(
                "Records a Thursday grid service day visit (staff for their committees' liaisons,"
                    + " administrators)",
                List.of(),
                "{\"liaison\": id, \"visitedOn\": \"2026-11-05\" (a Thursday), \"problems\","
                    + " \"followUp\"}",
                "201"))
        .add(
            "get",
            "/service-day/visits",
            read(
                "The month's Thursday visits (leaders and administrators: the town's; staff:"
                    + " their committees')",
                List.of(month, query("committee", "string", "Only this committee's visits"))))
        .add(
            "get",
            "/service-day",
            read("The Thursday grid service day's page (HTML)", List.of(month)))
        .add(
            "post",
            "/service-day",
            write(
                "Records a visit from the page's form (liaison, visitedOn, problems, followUp)",
                List.of(),
                null,
                "201"));
  }
}
