package cn.onegrid.data.features;

import static cn.onegrid.data.features.Property.code;
import static cn.onegrid.data.features.Property.of;
import static cn.onegrid.data.features.Property.text;

import cn.onegrid.data.NotFound;
import java.util.List;
import java.util.Optional;

/**
 * The collections OneGrid serves, each declared once: its SQL, who may read it, how the map shows
 * it and how planners edit it. Items, tiles, TileJSON, OpenAPI, HTML, the read rules, the visitors'
 * map and the page's layer list all follow from an entry here; a new collection is one entry, plus
 * its style ({@code LAYER_STYLES} in the page's {@code palette.js}), its name in the page's two
 * message files and its title, description and what its properties mean in the server's two bundles
 * ({@link Collection#propertyKeys}; {@code CatalogCompletenessTest} fails without them): the
 * catalogue keeps no words. Personal data (phone numbers, member lists) is in none of them: the
 * security layer decides who sees it, elsewhere.
 */
public final class Catalog {

  private static Property illustrative(String alias) {
    return of("illustrative", alias + ".illustrative", "boolean");
  }

  private static final List<Collection> ALL =
      List.of(
          new Collection(
              "towns",
              "MultiPolygon",
              "town t",
              "TRUE",
              "t.boundary",
              "t.code",
              List.of(
                  code("code", "t.code"),
                  text("name", "t.name"),
                  of("approximate", "t.approximate", "boolean")),
              Access.PLAIN_MAP,
              MapHints.layer(6, 10, null, true),
              Optional.empty()),
          new Collection(
              "committees",
              "MultiPolygon",
              "committee c JOIN town t ON t.id = c.town_id LEFT JOIN analysis_committee a ON a.committee_id = c.id",
              "TRUE",
              "c.boundary",
              "c.code",
              List.of(
                  code("code", "c.code"),
                  text("name", "c.name"),
                  code("kind", "c.kind"),
                  code("town_code", "t.code"),
                  of("coverage_ratio", "a.coverage_ratio", "number"),
                  of("catchment_ratio", "a.catchment_ratio", "number"),
                  illustrative("c")),
              Access.PLAIN_MAP,
              MapHints.layer(8, 1, "committee", true).labelledFrom(13),
              Optional.empty()),
          grids("comprehensive-grids", "comprehensive", MapHints.layer(11, 2, "grid", true)),
          grids("micro-grids", "micro", MapHints.layer(13, 3, "grid", true)),
          posts(
              "duty-posts",
              "Point",
              "d.location",
              "d.retired_at IS NULL",
              MapHints.layer(12, 11, "post", true).marked("post"),
              Optional.empty()),
          posts(
              "duty-post-areas",
              "MultiPolygon",
              "d.area",
              "d.area IS NOT NULL AND d.retired_at IS NULL",
              MapHints.layer(12, 4, "post", false),
              Optional.of(new Editing("duty_post", "area", "TRUE", true))),
          new Collection(
              "residential-compounds",
              "MultiPolygon",
              "residential_compound r JOIN committee c ON c.id = r.committee_id",
              "TRUE",
              "r.boundary",
              "r.code",
              List.of(
                  code("code", "r.code"),
                  text("name", "r.name"),
                  code("committee_code", "c.code"),
                  text("committee_name", "c.name"),
                  text("party_organisation", "r.party_organisation"),
                  text("police_station", "r.police_station"),
                  text("property_company", "r.property_company"),
                  text("owners_committee", "r.owners_committee"),
                  illustrative("r")),
              Access.SIGNED_IN,
              MapHints.layer(14, 9, "compound", true).labelledFrom(16),
              Optional.empty()),
          incidents(),
          patrolledAreas(),
          analysis("coverage-gaps", "gap", analysisLayer(11, 5, true)),
          analysis("coverage-overlaps", "overlap", analysisLayer(11, 6, false)),
          analysis("blind-spots", "blind_spot", analysisLayer(10, 8, false).marked("blind-spot")),
          analysis("health-findings", "finding", analysisLayer(10, 7, false)));

  private Catalog() {}

  public static List<Collection> all() {
    return ALL;
  }

  /** The collections {@code access} may read: everything signed in, the plain map otherwise. */
  public static List<Collection> readableBy(Access access) {
    return access == Access.SIGNED_IN
        ? ALL
        : ALL.stream().filter(c -> c.access() == Access.PLAIN_MAP).toList();
  }

  /** The collection with this id, or {@link NotFound}. */
  public static Collection get(String id) {
    return ALL.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> NotFound.of("query.no-collection", id, ids()));
  }

  private static List<String> ids() {
    return ALL.stream().map(Collection::id).toList();
  }

  /**
   * An analysis layer: off until asked for; a click opens the committee's card, with its figures.
   */
  private static MapHints analysisLayer(int minZoom, int drawOrder, boolean on) {
    return MapHints.layer(minZoom, drawOrder, "committee", on).opening("committees");
  }

  /**
   * The names of the features a finding involves and of its fixes' targets, by code (posts, grids
   * and committees each found by their unique code), so the page names them rather than codes.
   */
  private static final String NAMES_OF_CODES =
      "(SELECT jsonb_object_agg(u.code, n.name) FROM unnest(f.feature_ids"
          + " || ARRAY(SELECT x ->> 'target' FROM jsonb_array_elements(f.fixes) x)) AS u(code)"
          + " JOIN LATERAL (SELECT name FROM duty_post WHERE code = u.code"
          + " UNION ALL SELECT name FROM grid WHERE code = u.code"
          + " UNION ALL SELECT name FROM committee WHERE code = u.code LIMIT 1) n ON TRUE"
          + " WHERE u.code IS NOT NULL)";

  private static Collection analysis(String id, String kind, MapHints map) {
    return new Collection(
        id,
        kind.equals("blind_spot") ? "Point" : "Geometry",
        "analysis_feature f LEFT JOIN committee c ON c.id = f.committee_id",
        "f.kind = '" + kind + "'",
        "f.shape",
        "f.id::text",
        List.of(
            code("committee_code", "c.code"),
            text("committee_name", "c.name"),
            code("scope", "f.scope"),
            code("finding", "f.finding"),
            of("area_m2", "round(f.area_m2::numeric, 1)::float8", "number"),
            of("radius_m", "round(f.radius_m::numeric, 1)::float8", "number"),
            of("feature_ids", "f.feature_ids", "array"),
            of("fixes", "f.fixes", "json"),
            of("names", NAMES_OF_CODES, "json")),
        Access.SIGNED_IN,
        map,
        Optional.empty());
  }

  /**
   * Reported incidents (issue 16): where, what, how far in the loop, the month reported (a hot-spot
   * layer by month filters on it); no reporter, no description (they may name people).
   */
  private static Collection incidents() {
    return new Collection(
        "incidents",
        "Point",
        "incident i JOIN incident_type t ON t.id = i.type_id JOIN committee c ON c.id ="
            + " i.committee_id LEFT JOIN duty_post d ON d.id = i.post_id",
        "TRUE",
        "i.location",
        "i.id::text",
        List.of(
            code("type", "i.type_id"),
            text("type_name", "t.name"),
            code("state", "i.state"),
            code("month", "to_char(i.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')"),
            code("committee_code", "c.code"),
            code("post_code", "d.code"),
            of("uncovered", "i.uncovered", "boolean"),
            of(
                "overdue",
                "(i.state NOT IN ('closed', 'void') AND now() > i.due_at)"
                    + " OR coalesce(i.closed_at > i.due_at, false)",
                "boolean"),
            illustrative("i")),
        Access.SIGNED_IN,
        MapHints.layer(13, 12, null, false),
        Optional.empty());
  }

  /**
   * Where duties were done (issue 15): one feature per committee and month (the town's), the union
   * of the month's counting records' places and tracks, buffered and clipped to the committee
   * (V87); {@code month=YYYY-MM} picks a month. Its share of the committee beside the planned
   * coverage is the gap between paper and street.
   */
  private static Collection patrolledAreas() {
    return new Collection(
        "patrolled-areas",
        "MultiPolygon",
        "patrolled_area pa JOIN committee c ON c.id = pa.committee_id",
        "TRUE",
        "pa.shape",
        "c.code || '-' || to_char(pa.month, 'YYYY-MM')",
        List.of(
            code("committee_code", "c.code"),
            text("committee_name", "c.name"),
            code("month", "to_char(pa.month, 'YYYY-MM')"),
            of("records", "pa.records", "integer"),
            of("area_m2", "round(pa.area_m2::numeric, 1)::float8", "number"),
            of(
                "patrolled_ratio",
                "round((pa.area_m2 / nullif(ST_Area(c.boundary::geography), 0))::numeric, 4)::float8",
                "number"),
            illustrative("pa")),
        Access.SIGNED_IN,
        MapHints.layer(11, 5, "committee", false).opening("committees"),
        Optional.empty());
  }

  private static Collection grids(String id, String level, MapHints map) {
    return new Collection(
        id,
        "MultiPolygon",
        "grid g JOIN committee c ON c.id = g.committee_id LEFT JOIN grid pg ON pg.id = g.parent_id"
            + " LEFT JOIN person p ON p.id = g.leader_id",
        "g.level = '" + level + "'",
        "g.boundary",
        "g.code",
        List.of(
            code("code", "g.code"),
            text("name", "g.name"),
            code("level", "g.level"),
            code("parent_code", "coalesce(pg.code, c.code)"),
            code("committee_code", "c.code"),
            text("committee_name", "c.name"),
            text("leader_name", "p.name"),
            illustrative("g")),
        Access.SIGNED_IN,
        map,
        Optional.of(new Editing("grid", "boundary", "t.level = '" + level + "'", false)));
  }

  private static Collection posts(
      String id,
      String geometryType,
      String geometry,
      String filter,
      MapHints map,
      Optional<Editing> editing) {
    return new Collection(
        id,
        geometryType,
        "duty_post d JOIN committee c ON c.id = d.committee_id LEFT JOIN person p ON p.id = d.leader_id",
        filter,
        geometry,
        "d.code",
        List.of(
            code("code", "d.code"),
            text("name", "d.name"),
            code("committee_code", "c.code"),
            text("committee_name", "c.name"),
            text("leader_name", "p.name"),
            of("duty_types", "d.duty_types", "array"),
            of(
                "member_count",
                "(SELECT count(*) FROM duty_post_member m WHERE m.post_id = d.id)",
                "integer"),
            illustrative("d")),
        Access.SIGNED_IN,
        map,
        editing);
  }
}
