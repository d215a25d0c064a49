package cn.onegrid.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.MappedEndpoints;
import cn.onegrid.server.TestAccount;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every kind of caller: allowed (anything but 401 and 403) or denied (401 or 403).
 * The matrix must name every endpoint Spring MVC maps, so a new endpoint fails here until someone
 * decides who may call it (and SecurityConfiguration denies it meanwhile).
 */
class AuthorizationMatrixIT extends ApiTest {

  /** Who calls: each role in its own session, nobody, and machine clients with tokens. */
  enum Caller {
    ANONYMOUS,
    LEADER,
    PLANNER,
    STAFF,
    ADMIN,
    MEMBER,
    READ_TOKEN,
    WRITE_TOKEN
  }

  private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
  private static final Set<Caller> IN_PERSON =
      EnumSet.of(Caller.LEADER, Caller.PLANNER, Caller.STAFF, Caller.ADMIN, Caller.MEMBER);
  private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
  private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
  private static final Set<Caller> PLANNERS = EnumSet.of(Caller.PLANNER, Caller.WRITE_TOKEN);
  private static final Set<Caller> DESK =
      EnumSet.of(
          Caller.LEADER, Caller.PLANNER, Caller.ADMIN, Caller.READ_TOKEN, Caller.WRITE_TOKEN);
  private static final Set<Caller> ORGANISERS =
      EnumSet.of(Caller.ADMIN, Caller.PLANNER, Caller.WRITE_TOKEN);
  private static final Set<Caller> RECORDERS = EnumSet.of(Caller.MEMBER, Caller.STAFF);
  private static final Set<Caller> REPORTERS =
      EnumSet.of(Caller.LEADER, Caller.PLANNER, Caller.STAFF, Caller.MEMBER, Caller.WRITE_TOKEN);
  private static final Set<Caller> HANDLERS = EnumSet.of(Caller.LEADER, Caller.STAFF);
  private static final Set<Caller> VISIT_RECORDERS = EnumSet.of(Caller.STAFF, Caller.ADMIN);
  private static final Set<Caller> VISIT_READERS =
      EnumSet.of(Caller.LEADER, Caller.STAFF, Caller.ADMIN);

  /** One endpoint: its method and pattern as Spring MVC maps it, a request to it, who may. */
  record Entry(String method, String pattern, String example, String body, Set<Caller> allowed) {
    String key() {
      return method + " " + pattern;
    }
  }

  private static Entry get(String pattern, String example, Set<Caller> allowed) {
    return new Entry("GET", pattern, example, null, allowed);
  }

  private static Entry change(
      String method, String pattern, String example, String body, Set<Caller> allowed) {
    return new Entry(method, pattern, example, body, allowed);
  }

  static final List<Entry> MATRIX =
      List.of(
          // OGC API - Features and Tiles, the map's own resources
          get("/", "/?f=json", SIGNED_IN),
          get("/conformance", "/conformance", SIGNED_IN),
          get("/api", "/api", SIGNED_IN),
          get("/collections", "/collections", SIGNED_IN),
          get("/collections/{collectionId}", "/collections/committees", SIGNED_IN),
          get("/collections/{collectionId}/items", "/collections/micro-grids/items", SIGNED_IN),
          get(
              "/collections/{collectionId}/items/{featureId}",
              "/collections/duty-posts/items/310114118009P01",
              SIGNED_IN),
          get("/collections/{collectionId}/tiles", "/collections/committees/tiles", SIGNED_IN),
          get(
              "/collections/{collectionId}/tiles/WebMercatorQuad",
              "/collections/committees/tiles/WebMercatorQuad",
              SIGNED_IN),
          get(
              "/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}",
              "/collections/committees/tiles/WebMercatorQuad/15/13386/27425",
              SIGNED_IN),
          get(
              "/collections/{collectionId}/tiles/WebMercatorQuad/tilejson",
              "/collections/committees/tiles/WebMercatorQuad/tilejson",
              SIGNED_IN),
          get(
              "/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}.mvt",
              "/collections/committees/tiles/WebMercatorQuad/15/13386/27425.mvt",
              SIGNED_IN),
          get("/tileMatrixSets", "/tileMatrixSets", SIGNED_IN),
          get("/tileMatrixSets/{tileMatrixSetId}", "/tileMatrixSets/WebMercatorQuad", SIGNED_IN),
          get("/config", "/config", SIGNED_IN),
          get("/basemaps/{layer}/{z}/{x}/{y}", "/basemaps/osm/1/1/1", SIGNED_IN),
          get("/summary", "/summary", SIGNED_IN),
          get("/search", "/search?q=金华", SIGNED_IN),
          get("/cards/committees/{code}", "/cards/committees/310114118009", SIGNED_IN),
          get("/cards/grids/{code}", "/cards/grids/31011411800901", SIGNED_IN),
          get("/cards/posts/{code}", "/cards/posts/310114118009P01", SIGNED_IN),
          get("/cards/compounds/{code}", "/cards/compounds/310114118009R01", SIGNED_IN),
          // The town's organisation: read by anyone signed in, kept by administrators and planners
          get("/organisation/{kind}/{key}", "/organisation/liaisons/999", SIGNED_IN),
          change(
              "POST",
              "/organisation/{kind}",
              "/organisation/liaisons",
              "{\"committee\":\"310114118999\"}",
              ORGANISERS),
          change(
              "PUT", "/organisation/{kind}/{key}", "/organisation/liaisons/999", "{}", ORGANISERS),
          change(
              "DELETE",
              "/organisation/{kind}/{key}",
              "/organisation/liaisons/999",
              null,
              ORGANISERS),
          // Files out: as the collection's items may be read; the town with its rosters
          get(
              "/collections/{collectionId}/export",
              "/collections/committees/export?f=geojson",
              SIGNED_IN),
          get("/export", "/export", SIGNED_IN),
          change("POST", "/imports", "/imports", "", ORGANISERS),
          change("POST", "/imports/plans", "/imports/plans", "", ORGANISERS),
          get("/import", "/import", EnumSet.of(Caller.ADMIN, Caller.PLANNER)),
          get("/imports/roster-template.xlsx", "/imports/roster-template.xlsx", ORGANISERS),
          get("/imports/roster-template.csv", "/imports/roster-template.csv", ORGANISERS),
          change("POST", "/imports/rosters", "/imports/rosters", "", ORGANISERS),
          // Planners' editing: planners (in person, or by a token granted writing) only
          get(
              "/collections/{collectionId}/items/{featureId}/edit",
              "/collections/duty-post-areas/items/310114118009P01/edit",
              PLANNERS),
          change(
              "POST",
              "/collections/{collectionId}/items/{featureId}/edit/preview",
              "/collections/duty-post-areas/items/310114118009P01/edit/preview",
              "{}",
              PLANNERS),
          change(
              "POST",
              "/collections/{collectionId}/items/{featureId}/edit/paint",
              "/collections/duty-post-areas/items/310114118009P01/edit/paint",
              "{\"microGrids\":[]}",
              PLANNERS),
          change(
              "PUT",
              "/collections/{collectionId}/items/{featureId}",
              "/collections/duty-post-areas/items/310114118009P01",
              "{}",
              PLANNERS),
          change(
              "PATCH",
              "/collections/{collectionId}/items/{featureId}",
              "/collections/duty-post-areas/items/310114118009P01",
              "{}",
              PLANNERS),
          change(
              "DELETE",
              "/collections/{collectionId}/items/{featureId}",
              "/collections/duty-post-areas/items/310114118009P01",
              null,
              PLANNERS),
          change(
              "POST",
              "/collections/{collectionId}/items",
              "/collections/duty-post-areas/items",
              "{}",
              PLANNERS),
          get(
              "/collections/{collectionId}/items/{featureId}/history",
              "/collections/duty-post-areas/items/310114118009P01/history",
              SIGNED_IN),
          get(
              "/collections/{collectionId}/as-of",
              "/collections/duty-post-areas/as-of?datetime=2026-11-01T00:00:00Z",
              SIGNED_IN),
          change(
              "POST",
              "/changes/{change}/revert",
              "/changes/999/revert?change_reason=x",
              null,
              PLANNERS),
          get("/plans", "/plans", PLANNERS),
          change("POST", "/plans", "/plans", "{\"name\":\"p\"}", PLANNERS),
          // an administrator's own import plans: read, published, discarded (PlanAccess)
          get("/plans/{plan}", "/plans/999", ORGANISERS),
          change("DELETE", "/plans/{plan}", "/plans/999", null, ORGANISERS),
          change(
              "PUT",
              "/plans/{plan}/changes/{collectionId}/{featureId}",
              "/plans/999/changes/duty-post-areas/310114118009P01",
              "{}",
              PLANNERS),
          change(
              "DELETE",
              "/plans/{plan}/changes/{collectionId}/{featureId}",
              "/plans/999/changes/duty-post-areas/310114118009P01",
              null,
              PLANNERS),
          change(
              "POST",
              "/plans/{plan}/publish",
              "/plans/999/publish",
              "{\"reason\":\"x\"}",
              ORGANISERS),
          change(
              "POST",
              "/plans/{plan}/revert",
              "/plans/999/revert",
              "{\"reason\":\"x\"}",
              ORGANISERS),
          change(
              "POST",
              "/plans/{plan}/shares",
              "/plans/999/shares",
              "{\"username\":\"x\"}",
              PLANNERS),
          change(
              "DELETE", "/plans/{plan}/shares/{username}", "/plans/999/shares/x", null, PLANNERS),
          change("POST", "/plans/{plan}/posts", "/plans/999/posts", "{}", PLANNERS),
          change(
              "PUT",
              "/plans/{plan}/posts/{postId}",
              "/plans/999/posts/310114118009P01",
              "{}",
              PLANNERS),
          get("/plans/{plan}/posts/{postId}", "/plans/999/posts/310114118009P01", PLANNERS),
          change(
              "PUT",
              "/plans/{plan}/posts/{postId}/people",
              "/plans/999/posts/310114118009P01/people",
              "{}",
              PLANNERS),
          change(
              "PUT",
              "/plans/{plan}/posts/{postId}/slots",
              "/plans/999/posts/310114118009P01/slots",
              "{\"slots\":[]}",
              PLANNERS),
          change(
              "DELETE",
              "/plans/{plan}/posts/{postId}",
              "/plans/999/posts/310114118009P01",
              null,
              PLANNERS),
          get("/committees/{code}/people", "/committees/310114118009/people", PLANNERS),
          change(
              "POST",
              "/committees/{code}/people",
              "/committees/310114118009/people",
              "{\"name\":\"x\",\"kind\":\"volunteer\"}",
              PLANNERS),
          get("/people/{id}", "/people/1", PLANNERS),
          change("PUT", "/people/{id}", "/people/1", "{}", PLANNERS),
          get("/posts/{postId}/history", "/posts/310114118009P01/history", SIGNED_IN),
          change(
              "POST",
              "/post-changes/{change}/revert",
              "/post-changes/999/revert?change_reason=x",
              null,
              PLANNERS),
          get("/duty-types", "/duty-types", SIGNED_IN),
          get(
              "/committees/{code}/time-coverage",
              "/committees/310114118009/time-coverage",
              SIGNED_IN),
          get("/on-duty", "/on-duty?weekday=5&startHour=20", SIGNED_IN),
          get("/committees/{code}/time-table", "/committees/310114118009/time-table", SIGNED_IN),
          get("/committees/{code}/register", "/committees/310114118009/register", ORGANISERS),
          change(
              "POST",
              "/committees/{code}/register",
              "/committees/310114118009/register",
              "",
              ORGANISERS),
          change(
              "POST",
              "/committees/{code}/register/{id}",
              "/committees/310114118009/register/999",
              "",
              ORGANISERS),
          get(
              "/committees/{code}/organisation",
              "/committees/310114118009/organisation",
              ORGANISERS),
          change(
              "POST",
              "/committees/{code}/organisation/{kind}",
              "/committees/310114118009/organisation/liaisons",
              "",
              ORGANISERS),
          change(
              "PUT", "/admin/duty-types/{id}", "/admin/duty-types/x_y", "{\"name\":\"x\"}", ADMIN),
          // Incidents: read by anyone signed in; reported by staff, leaders and planners (in
          // person, or with a token granted writing); steps by staff and leaders in person (the
          // controller checks the committee); types kept by administrators
          get("/incident-types", "/incident-types", SIGNED_IN),
          change(
              "PUT",
              "/admin/incident-types/{id}",
              "/admin/incident-types/x_y",
              "{\"name\":\"x\",\"limitHours\":1}",
              ADMIN),
          change("POST", "/incidents", "/incidents", "{}", REPORTERS),
          get("/incidents/{id}", "/incidents/999", SIGNED_IN),
          get("/incidents/{id}/photo", "/incidents/999/photo", SIGNED_IN),
          change("POST", "/incidents/{id}/steps", "/incidents/999/steps", "{}", HANDLERS),
          get("/incidents/waiting", "/incidents/waiting?committee=310114118009", SIGNED_IN),
          get("/incidents/mine", "/incidents/mine", SIGNED_IN),
          get("/incidents/rates", "/incidents/rates?by=type", SIGNED_IN),
          get("/incidents/hours", "/incidents/hours?committee=310114118009", SIGNED_IN),
          get(
              "/incidents/hotspots/{z}/{x}/{y}.mvt",
              "/incidents/hotspots/15/27425/13386.mvt?month=2026-01",
              SIGNED_IN),
          get("/open311/v2/services.json", "/open311/v2/services.json", SIGNED_IN),
          get("/open311/v2/requests.json", "/open311/v2/requests.json", SIGNED_IN),
          get("/open311/v2/requests/{id}.json", "/open311/v2/requests/999.json", SIGNED_IN),
          change("POST", "/open311/v2/requests.json", "/open311/v2/requests.json", null, REPORTERS),
          // Signing in and one's own account: people only, never a token
          get("/login", "/login", EVERYONE),
          get("/password", "/password", IN_PERSON),
          change("POST", "/password", "/password", "{}", IN_PERSON),
          get("/account", "/account", IN_PERSON),
          get("/account/tokens", "/account/tokens", IN_PERSON),
          change("POST", "/account/tokens", "/account/tokens", "{\"name\":\"m\"}", IN_PERSON),
          change("DELETE", "/account/tokens/{id}", "/account/tokens/999", null, IN_PERSON),
          get("/tokens", "/tokens", IN_PERSON),
          change("POST", "/tokens", "/tokens", "", IN_PERSON),
          change("POST", "/tokens/{id}/revoke", "/tokens/999/revoke", "", IN_PERSON),
          // Administration
          get("/admin/accounts", "/admin/accounts", ADMIN),
          change(
              "POST",
              "/admin/accounts",
              "/admin/accounts",
              "{\"username\":\"new.one\",\"role\":\"staff\"}",
              ADMIN),
          change(
              "PUT", "/admin/accounts/{id}", "/admin/accounts/999", "{\"role\":\"staff\"}", ADMIN),
          change(
              "POST", "/admin/accounts/{id}/password", "/admin/accounts/999/password", null, ADMIN),
          get("/admin/accounts/{id}/tokens", "/admin/accounts/999/tokens", ADMIN),
          change(
              "DELETE",
              "/admin/accounts/{id}/tokens/{tokenId}",
              "/admin/accounts/999/tokens/9",
              null,
              ADMIN),
          get("/admin/audit", "/admin/audit", ADMIN),
          get("/admin/audit.csv", "/admin/audit.csv", ADMIN),
          // Their pages
          get("/accounts", "/accounts", ADMIN),
          change("POST", "/accounts", "/accounts", "", ADMIN),
          get("/accounts/{id}", "/accounts/999", ADMIN),
          change("POST", "/accounts/{id}", "/accounts/999", "", ADMIN),
          change("POST", "/accounts/{id}/password", "/accounts/999/password", "", ADMIN),
          change("POST", "/accounts/{id}/person", "/accounts/999/person", "", ADMIN),
          change(
              "POST",
              "/accounts/{id}/tokens/{tokenId}/revoke",
              "/accounts/999/tokens/9/revoke",
              "",
              ADMIN),
          get("/audit", "/audit", ADMIN),
          // The leaders' desk: leaders, planners and administrators, in person or with a token
          get("/desk", "/desk", DESK),
          get("/desk/rankings.{format}", "/desk/rankings.csv", DESK),
          get("/desk/committees/{code}", "/desk/committees/310114118009", DESK),
          get(
              "/desk/committees/{code}/posts.{format}",
              "/desk/committees/310114118009/posts.xlsx",
              DESK),
          get(
              "/desk/committees/{code}/slots.{format}",
              "/desk/committees/310114118009/slots.csv",
              DESK),
          get("/desk/print", "/desk/print?committee=310114118009", DESK),
          // The duty record book (issue 15)
          get("/join", "/join?code=XXXX", EVERYONE),
          // Anyone with the page's CSRF token (this anonymous client has none, and a read token
          // writes nothing: MemberInvitesIT posts the form as a browser does)
          change(
              "POST",
              "/join",
              "/join",
              "",
              EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.READ_TOKEN))),
          change(
              "POST",
              "/members/invites",
              "/members/invites",
              "{\"person\":999}",
              EnumSet.of(Caller.STAFF, Caller.ADMIN)),
          change("POST", "/duty-records", "/duty-records", "{}", RECORDERS),
          get("/duty-records", "/duty-records", RECORDERS),
          get("/members/me/posts", "/members/me/posts", EnumSet.of(Caller.MEMBER)),
          get("/duty-records/{id}", "/duty-records/999", RECORDERS),
          get("/duty-records/{id}/photo", "/duty-records/999/photo", RECORDERS),
          change(
              "POST",
              "/duty-records/{id}/review",
              "/duty-records/999/review",
              "{\"confirm\":true}",
              EnumSet.of(Caller.STAFF)),
          get("/compliance", "/compliance", EnumSet.of(Caller.LEADER)),
          get(
              "/committees/{code}/compliance",
              "/committees/310114118009/compliance",
              EnumSet.of(Caller.LEADER, Caller.STAFF)),
          get(
              "/committees/{code}/report.xlsx",
              "/committees/310114118009/report.xlsx",
              EnumSet.of(Caller.LEADER, Caller.STAFF)),
          change(
              "POST",
              "/party-groups/{id}/activities",
              "/party-groups/999/activities",
              "{}",
              RECORDERS),
          change("POST", "/service-day/visits", "/service-day/visits", "{}", VISIT_RECORDERS),
          get("/service-day/visits", "/service-day/visits", VISIT_READERS),
          change("POST", "/service-day", "/service-day", "", VISIT_RECORDERS),
          get("/service-day", "/service-day", VISIT_READERS),
          // The error document answers everyone (with a problem, never internals)
          get("/error", "/error", EVERYONE));

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Test
  void theMatrixNamesEveryEndpointAndNothingElse() {
    Set<String> mapped = MappedEndpoints.of(mappings);
    Set<String> listed = new TreeSet<>(MATRIX.stream().map(Entry::key).toList());
    assertThat(listed)
        .as("every endpoint needs an entry in the authorization matrix (and SecurityConfiguration)")
        .containsAll(mapped);
    assertThat(mapped).as("the matrix lists only endpoints that exist").containsAll(listed);
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointForEveryCaller() {
    String readToken = token(TestAccount.LEADER, false);
    String writeToken = token(TestAccount.PLANNER, true);
    return MATRIX.stream()
        .flatMap(AuthorizationMatrixIT::withHead)
        .flatMap(
            entry ->
                Arrays.stream(Caller.values())
                    .map(
                        caller ->
                            dynamicTest(
                                entry.key() + " as " + caller,
                                () ->
                                    check(entry, caller, client(caller, readToken, writeToken)))));
  }

  /** HEAD is answered wherever GET is, to the same callers (GDAL asks HEAD before a tile). */
  private static Stream<Entry> withHead(Entry entry) {
    return entry.method().equals("GET")
        ? Stream.of(
            entry, new Entry("HEAD", entry.pattern(), entry.example(), null, entry.allowed()))
        : Stream.of(entry);
  }

  private ApiClient client(Caller caller, String readToken, String writeToken) {
    return switch (caller) {
      case ANONYMOUS -> anonymous();
      case LEADER -> as(TestAccount.LEADER);
      case PLANNER -> as(TestAccount.PLANNER);
      case STAFF -> as(TestAccount.STAFF);
      case ADMIN -> as(TestAccount.ADMIN);
      case MEMBER -> as(TestAccount.MEMBER);
      case READ_TOKEN -> anonymous().withToken(readToken);
      case WRITE_TOKEN -> anonymous().withToken(writeToken);
    };
  }

  private static void check(Entry entry, Caller caller, ApiClient client) {
    HttpResponse<String> response =
        switch (entry.method()) {
          case "GET", "HEAD" ->
              client.send(entry.method(), entry.example(), null, "Accept", "application/json");
          default -> client.send(entry.method(), entry.example(), entry.body());
        };
    int status = response.statusCode();
    if (entry.allowed().contains(caller)) {
      assertThat(status)
          .as("%s as %s is allowed: %s", entry.key(), caller, response.body())
          .isNotIn(401, 403);
    } else {
      assertThat(status)
          .as("%s as %s is denied: %s", entry.key(), caller, response.body())
          .isIn(401, 403);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }
  }
}
