package cn.onegrid.server.features;

import static cn.onegrid.server.features.OpenApiPaths.collectionId;
import static cn.onegrid.server.features.OpenApiPaths.ifMatch;
import static cn.onegrid.server.features.OpenApiPaths.path;
import static cn.onegrid.server.features.OpenApiPaths.query;
import static cn.onegrid.server.features.OpenApiPaths.read;
import static cn.onegrid.server.features.OpenApiPaths.requiredQuery;
import static cn.onegrid.server.features.OpenApiPaths.write;

import cn.onegrid.data.transfer.ExportFormat;
import cn.onegrid.data.transfer.ShapefileEncoding;
import java.util.List;
import java.util.Map;

/**
 * The endpoints OneGrid has beyond OGC API reads, for the OpenAPI definition: the map's own
 * resources, planners' editing (Part 4 writes, plans, history), files in and out and the
 * organisation; accounts, the desk, the duty book and incidents each have their own class beside
 * it.
 */
final class ApplicationPaths {

  private static final String CHANGE_REASON = "change_reason";

  private ApplicationPaths() {}

  static void addTo(OpenApiPaths paths) {
    map(paths);
    writes(paths);
    plans(paths);
    transfers(paths);
    organisation(paths);
    AccountPaths.addTo(paths);
    DeskPaths.addTo(paths);
    DutyBookPaths.addTo(paths);
    IncidentPaths.addTo(paths);
  }

  /**
   * Files out: a collection's every feature, or the whole town. A separate resource rather than
   * more {@code f} values on items, which are pages of at most 10,000 features.
   */
  private static void transfers(OpenApiPaths paths) {
    Map<String, Object> crs =
        query(
            "crs",
            "integer",
            "EPSG code of the file's coordinates: 4490 (CGCS2000, the default), 4326 (WGS 84) or"
                + " the town's Gauss-Krüger zone (onegrid.analysis.metric-crs, 4549 by default)");
    Map<String, Object> format =
        query(
            "f",
            "string",
            "File format (default gpkg): GeoPackage, zipped Shapefile, GeoJSON, KML (WGS 84"
                + " only), CSV or XLSX (a point as columns x and y, any other shape as WKT)");
    format.put("schema", Map.of("type", "string", "enum", ExportFormat.parameters()));
    Map<String, Object> encoding =
        query(
            "encoding",
            "string",
            "A shapefile's character set, written to its .cpg (default UTF-8)");
    encoding.put("schema", Map.of("type", "string", "enum", ShapefileEncoding.labels()));
    paths
        .add(
            "get",
            "/collections/{collectionId}/export",
            read(
                "Every feature of a collection as a file to download, as its items may be read",
                List.of(collectionId(), format, crs, encoding)))
        .add(
            "get",
            "/export",
            read(
                "The whole town as one GeoPackage: every collection a layer, and the posts'"
                    + " rosters (post_members, duty_slots; phone numbers as on cards)",
                List.of(crs)))
        .add(
            "post",
            "/imports",
            upload(
                "A file's layer checked for import (administrators and planners of the whole"
                    + " town): fields, mapping, counts and the report as GeoJSON; nothing written",
                "200"))
        .add(
            "post",
            "/imports/plans",
            upload(
                "A file's layer checked and put into a new draft plan (administrators and"
                    + " planners of the whole town); Location names the plan, published like any"
                    + " plan (by its author: an administrator's import plan too)",
                "201"))
        .add(
            "get",
            "/imports/roster-template.xlsx",
            read(
                "The roster template as XLSX: Chinese headers (岗位编号, 组长, 组长电话, 成员, 星期,"
                    + " 开始时间, 结束时间, 值守人员), an example row and a sheet of notes",
                List.of()))
        .add(
            "get",
            "/imports/roster-template.csv",
            read("The roster template as CSV (UTF-8 with a BOM)", List.of()))
        .add(
            "post",
            "/imports/rosters",
            upload(
                "Posts' leaders, members and weekly slots from a roster file (XLSX or CSV, as the"
                    + " template; planners): staged into a new draft plan, people matched in the"
                    + " post's committee by name and phone or added to its register; 422 lists"
                    + " every error by row and column, nothing written",
                "201"))
        .add(
            "get",
            "/import",
            read(
                "The import page (HTML, administrators and planners of the whole town): upload,"
                    + " field mapping, the report on a map, draft, publish",
                List.of()));
  }

  /** An import: the file and its options as multipart/form-data. */
  private static Map<String, Object> upload(String summary, String success) {
    Map<String, Object> operation = write(summary, List.of(), "", success);
    operation.put(
        "requestBody",
        Map.of(
            "required",
            true,
            "description",
            "file (zipped Shapefile, GeoPackage, GeoJSON, KML/KMZ, CSV, XLSX), target"
                + " (committees, comprehensive-grids, micro-grids, duty-posts), and optionally"
                + " layer, crs, datum (gcj02, bd09), encoding, code, name, parent, duties,"
                + " committee, townName, planName",
            "content",
            Map.of("multipart/form-data", Map.of("schema", Map.of("type", "object")))));
    return operation;
  }

  private static void map(OpenApiPaths paths) {
    paths
        .add("get", "/config", read("The map page's settings (base maps)", List.of()))
        .add(
            "get",
            "/basemaps/{layer}/{z}/{x}/{y}",
            read(
                "A base-map tile, through this server",
                List.of(
                    path("layer", "string", "Base map id (see /config)"),
                    path("z", "integer", "Zoom"),
                    path("x", "integer", "Column"),
                    path("y", "integer", "Row"))))
        .add("get", "/summary", read("The town's headline numbers and indicators", List.of()))
        .add(
            "get",
            "/search",
            read(
                "Committees, grids, posts (also by short code, P01) and compounds by name or code; signed in, also people (phones as on cards), party groups, liaisons and partner units by name",
                List.of(
                    requiredQuery("q", "string", "What to look for"),
                    query("limit", "integer", "At most this many (default 10)"))))
        .add("get", "/cards/committees/{code}", read("A committee's card", List.of(code())))
        .add("get", "/cards/grids/{code}", read("A grid's card", List.of(code())))
        .add("get", "/cards/posts/{code}", read("A duty post's card", List.of(code())))
        .add(
            "get",
            "/cards/compounds/{code}",
            read("A residential compound's card (its four in one team)", List.of(code())));
  }

  /** OGC API - Features Part 4 on the editable collections, and what planners need around it. */
  private static void writes(OpenApiPaths paths) {
    String item = "/collections/{collectionId}/items/{featureId}";
    List<Map<String, Object>> change = List.of(collectionId(), featureId(), ifMatch(), reason());
    paths
        .add(
            "put",
            item,
            write(
                "Replaces an editable item's area (Part 4); the drawing is cleaned and the"
                    + " response says how",
                change,
                "A GeoJSON Feature or geometry",
                "200"))
        .add(
            "patch",
            item,
            write(
                "Changes an editable item's area (Part 4 update: only the geometry changes)",
                change,
                "A GeoJSON Feature or geometry",
                "200"))
        .add(
            "delete",
            item,
            write("Removes a duty post's area (Part 4); 405 elsewhere", change, null, "200"))
        .add(
            "post",
            "/collections/{collectionId}/items",
            write(
                "Creating features is not offered: 405 (redraw an existing item with PUT)",
                List.of(collectionId()),
                null,
                "405"))
        .add(
            "get",
            item + "/edit",
            read(
                "An editable item's area and version, to edit",
                List.of(collectionId(), featureId())))
        .add(
            "post",
            item + "/edit/preview",
            write(
                "What a drawing would change, stored nowhere",
                List.of(collectionId(), featureId()),
                "A GeoJSON Feature or geometry",
                "200"))
        .add(
            "post",
            item + "/edit/paint",
            write(
                "A post's area painted from micro-grids, stored nowhere",
                List.of(collectionId(), featureId()),
                "{\"microGrids\": [codes]}",
                "200"))
        .add(
            "get",
            item + "/history",
            read("An item's published changes, newest first", List.of(collectionId(), featureId())))
        .add(
            "get",
            "/collections/{collectionId}/as-of",
            read(
                "An editable collection as it was at an instant (GeoJSON)",
                List.of(
                    collectionId(),
                    requiredQuery("datetime", "string", "RFC 3339 instant"),
                    query("bbox", "string", "west,south,east,north in CRS84"))))
        .add(
            "post",
            "/changes/{change}/revert",
            write(
                "Reverts a published change (a new change)",
                List.of(path("change", "integer", "Change id"), ifMatch(), reason()),
                null,
                "200"));
  }

  private static void plans(OpenApiPaths paths) {
    String change = "/plans/{plan}/changes/{collectionId}/{featureId}";
    paths
        .add(
            "get",
            "/plans",
            read(
                "The planner's own and shared draft plans, or published ones (reverted too)",
                List.of(query("state", "string", "draft (default) or published"))))
        .add("post", "/plans", write("Starts a plan", List.of(), "{\"name\": text}", "201"))
        .add("get", "/plans/{plan}", read("A plan, its changes and their effects", List.of(plan())))
        .add("delete", "/plans/{plan}", write("Discards a plan", List.of(plan()), null, "204"))
        .add(
            "put",
            change,
            write(
                "Puts an item's new area in a plan",
                List.of(plan(), collectionId(), featureId(), ifMatch()),
                "A GeoJSON Feature or geometry",
                "200"))
        .add(
            "delete",
            change,
            write(
                "Takes an item out of a plan",
                List.of(plan(), collectionId(), featureId()),
                null,
                "204"))
        .add(
            "post",
            "/plans/{plan}/publish",
            write(
                "Publishes a plan's changes at once", List.of(plan()), "{\"reason\": text}", "200"))
        .add(
            "post",
            "/plans/{plan}/revert",
            write(
                "Reverts a published plan as a whole, once (a new change per feature)",
                List.of(plan()),
                "{\"reason\": text}",
                "200"))
        .add(
            "post",
            "/plans/{plan}/shares",
            write(
                "Shares the plan with another planner (its author only)",
                List.of(plan()),
                "{\"username\": text}",
                "204"))
        .add(
            "delete",
            "/plans/{plan}/shares/{username}",
            write(
                "Stops sharing the plan with a planner (its author only)",
                List.of(plan(), path("username", "string", "The planner's username")),
                null,
                "204"))
        .add(
            "post",
            "/plans/{plan}/posts",
            write(
                "Puts a new post at a point in a plan (its committee is the one there)",
                List.of(plan()),
                "{\"name\": text, \"location\": [lon, lat], \"dutyTypes\": [ids]}",
                "201"))
        .add(
            "put",
            "/plans/{plan}/posts/{postId}",
            write(
                "Puts a post's move, name, duties or retirement in a plan",
                List.of(plan(), path("postId", "string", "The post's code"), ifMatch()),
                "{\"name\", \"location\", \"dutyTypes\", \"retired\"} (each optional)",
                "200"))
        .add(
            "get",
            "/plans/{plan}/posts/{postId}",
            read(
                "A post as the plan has it (its version tag: the one it was changed on)",
                List.of(plan(), path("postId", "string", "The post's code"))))
        .add(
            "put",
            "/plans/{plan}/posts/{postId}/people",
            write(
                "Puts a post's leader and members in a plan (docs/people-and-time-api.md)",
                List.of(plan(), path("postId", "string", "The post's code"), ifMatch()),
                "{\"leader\": id or null, \"members\": [ids]}",
                "200"))
        .add(
            "put",
            "/plans/{plan}/posts/{postId}/slots",
            write(
                "Puts a post's week in a plan: every slot and who serves it",
                List.of(plan(), path("postId", "string", "The post's code"), ifMatch()),
                "{\"slots\": [{\"weekday\": 1-7, \"start\": \"HH:MM\", \"end\": \"HH:MM\","
                    + " \"people\": [ids]}]}",
                "200"))
        .add(
            "delete",
            "/plans/{plan}/posts/{postId}",
            write(
                "Takes a post out of a plan",
                List.of(plan(), path("postId", "string", "The post's code")),
                null,
                "204"))
        .add(
            "get",
            "/posts/{postId}/history",
            read(
                "A post's published changes", List.of(path("postId", "string", "The post's code"))))
        .add(
            "post",
            "/post-changes/{change}/revert",
            write(
                "Reverts a published change of a post (a new change)",
                List.of(path("change", "integer", "Change id"), ifMatch(), reason()),
                null,
                "200"))
        .add(
            "get",
            "/committees/{code}/people",
            read(
                "A committee's register of people (planners; docs/people-and-time-api.md)",
                List.of(
                    code(),
                    query("kind", "string", "party_member, volunteer or staff"),
                    query("registered", "boolean", "true: registered party members only"))))
        .add(
            "post",
            "/committees/{code}/people",
            write(
                "Adds a person to a committee's register",
                List.of(code()),
                "{\"name\", \"phone\", \"kind\", \"registered\", \"homeUnit\","
                    + " \"serviceProject\"}",
                "201"))
        .add("get", "/people/{id}", read("A person of a register", List.of(id())))
        .add(
            "put",
            "/people/{id}",
            write(
                "Changes a person (only what the body names; an empty text clears)",
                List.of(id(), ifMatch()),
                "as for POST /committees/{code}/people",
                "200"))
        .add("get", "/duty-types", read("The town's duty types", List.of()))
        .add(
            "get",
            "/committees/{code}/time-coverage",
            read(
                "A committee's blocks × the week's two-hour slots: who covers each",
                List.of(code())))
        .add(
            "get",
            "/committees/{code}/time-table",
            read(
                "A committee's heat table as a page (HTML): blocks × the week's slots, the weakest"
                    + " slots",
                List.of(code())))
        .add(
            "get",
            "/committees/{code}/register",
            read(
                "A committee's register as a page (HTML, administrators and its planners;"
                    + " ?person=id fills the form with one person)",
                List.of(code())))
        .add(
            "post",
            "/committees/{code}/register",
            write(
                "Registers a person from the register page (form: name, phone, kind, registered,"
                    + " homeUnit, serviceProject, partyGroup)",
                List.of(code()),
                null,
                "201"))
        .add(
            "post",
            "/committees/{code}/register/{id}",
            write(
                "Changes a person from the register page (form: version and the fields above,"
                    + " left to mark them as gone)",
                List.of(code(), id()),
                null,
                "200"))
        .add(
            "get",
            "/on-duty",
            read(
                "The posts on duty and the blocks with nobody at a slot (GeoJSON)",
                List.of(
                    query("weekday", "integer", "1 (Monday) to 7"),
                    query("startHour", "integer", "0, 2, … 22"),
                    query("committee", "string", "Only this committee"),
                    query("bbox", "string", "minLon,minLat,maxLon,maxLat"))))
        .add(
            "put",
            "/admin/duty-types/{id}",
            write(
                "Adds or renames a duty type (administrators)",
                List.of(path("id", "string", "The duty type's id")),
                "{\"name\": text}",
                "204"));
  }

  /** The town's organisation, kept by administrators and planners (in their committees). */
  private static void organisation(OpenApiPaths paths) {
    String item = "/organisation/{kind}/{key}";
    Map<String, Object> kind =
        path("kind", "string", "party-groups, liaisons, partner-units or compounds");
    Map<String, Object> key = path("key", "string", "The item's id (a compound's code)");
    String fields =
        "party-groups {\"name\", \"speciality\", \"members\": [person ids], \"leader\":"
            + " a member's person id or null (422 if not a member)};"
            + " liaisons {\"name\", \"kind\", \"serviceWeekday\"};"
            + " partner-units {\"name\", \"kind\", \"annualSupportYuan\"};"
            + " compounds {\"name\", \"boundary\": GeoJSON polygon, \"partyOrganisation\","
            + " \"policeStation\", \"propertyCompany\", \"ownersCommittee\"}";
    paths
        .add(
            "get",
            item,
            read("An item of the town's organisation, with its version tag", List.of(kind, key)))
        .add(
            "post",
            "/organisation/{kind}",
            write(
                "Creates an item in a committee (administrators, planners in their committees)",
                List.of(kind),
                "{\"committee\": code, …}: " + fields,
                "201"))
        .add(
            "put",
            item,
            write(
                "Changes what the body names of an item",
                List.of(kind, key, ifMatch()),
                fields,
                "200"))
        .add("delete", item, write("Removes an item", List.of(kind, key, ifMatch()), null, "204"))
        .add(
            "get",
            "/committees/{code}/organisation",
            read(
                "A committee's organisation as a page (HTML, administrators and its planners;"
                    + " ?kind=…&key=… fills that kind's form with one item)",
                List.of(code())))
        .add(
            "post",
            "/committees/{code}/organisation/{kind}",
            write(
                "Adds (no key) or changes (key and version) an item from the organisation page"
                    + " (form: the kind's fields, members, boundary as GeoJSON text)",
                List.of(code(), kind),
                null,
                "200"));
  }

  private static Map<String, Object> featureId() {
    return path("featureId", "string", "Feature code");
  }

  private static Map<String, Object> code() {
    return path("code", "string", "Official code");
  }

  private static Map<String, Object> plan() {
    return path("plan", "integer", "Plan id");
  }

  private static Map<String, Object> id() {
    return path("id", "integer", "Id");
  }

  private static Map<String, Object> reason() {
    return requiredQuery(CHANGE_REASON, "string", "Why the change is made (kept in the history)");
  }
}
