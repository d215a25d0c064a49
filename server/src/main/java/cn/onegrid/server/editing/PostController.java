package cn.onegrid.server.editing;

import cn.onegrid.data.editing.DutyTypes;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.editing.PostChange;
import cn.onegrid.data.editing.PostHistory;
import cn.onegrid.data.editing.PostState;
import cn.onegrid.data.editing.PostStore;
import cn.onegrid.server.system.RequestRefused;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts in plans: {@code POST /plans/{id}/posts} proposes a new post at a point (its committee is
 * the one there: a blind spot's centre, say), {@code PUT /plans/{id}/posts/{postId}} with the
 * post's version tag in If-Match moves, renames, retires it or sets its duties (only what the body
 * names changes), {@code .../people} sets its leader and members and {@code .../slots} its week,
 * {@code GET} reads it as the plan has it, {@code DELETE} takes it out of the plan. Publishing is
 * the plan's ({@link PlanController}). Each post's published changes are {@code GET
 * /posts/{postId}/history}, and {@code POST /post-changes/{id}/revert} puts one back. The town's
 * duty types are {@code GET /duty-types}; administrators add them ({@code PUT
 * /admin/duty-types/{id}}).
 */
@RestController
class PostController {

  private static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  private final Plans plans;
  private final PostStore posts;
  private final PostHistory history;
  private final DutyTypes duties;

  PostController(Plans plans, PostStore posts, PostHistory history, DutyTypes duties) {
    this.plans = plans;
    this.posts = posts;
    this.history = history;
    this.duties = duties;
  }

  @PostMapping("/plans/{plan}/posts")
  ResponseEntity<PostJson> create(
      @PathVariable long plan, @RequestBody PostBody body, Authentication principal) {
    String who = Editors.name(principal);
    plans.requireDraft(plan, who);
    PostBody b = body == null ? new PostBody(null, null, null, null) : body;
    Point at = point(b.location());
    posts.committeeAt(at.getCoordinate()).ifPresent(c -> Editors.mayEdit(principal, c));
    PostChange created =
        plans.createPost(
            plan,
            who,
            new PostState(b.name(), at, b.dutyTypes() == null ? List.of() : b.dutyTypes(), false));
    return ResponseEntity.created(URI.create("/plans/" + plan + "/posts/" + created.code()))
        .eTag(VersionTag.of(0))
        .body(PostJson.of(created));
  }

  @PutMapping("/plans/{plan}/posts/{postId}")
  ResponseEntity<PostJson> change(
      @PathVariable long plan,
      @PathVariable String postId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody PostBody body,
      Authentication principal) {
    String who = Editors.name(principal);
    PostChange now = plans.post(plan, who, postId);
    Editors.mayEdit(principal, now.committee());
    int base = VersionTag.required(ifMatch);
    PostState was = now.state();
    PostBody b = body == null ? new PostBody(null, null, null, null) : body;
    PostState state =
        was.withBasics(
            b.name() == null ? was.name() : b.name(),
            b.location() == null ? was.location() : point(b.location()),
            b.dutyTypes() == null ? was.dutyTypes() : b.dutyTypes(),
            b.retired() == null ? was.retired() : b.retired());
    PostChange staged = plans.stagePost(plan, who, postId, base, state);
    return ResponseEntity.ok().eTag(VersionTag.of(base)).body(PostJson.of(staged));
  }

  /** The post as the plan has it, or as published where the plan leaves it alone. */
  @GetMapping("/plans/{plan}/posts/{postId}")
  ResponseEntity<PostJson> post(
      @PathVariable long plan, @PathVariable String postId, Authentication principal) {
    PostChange now = plans.post(plan, Editors.name(principal), postId);
    return ResponseEntity.ok().eTag(VersionTag.of(now.baseVersion())).body(PostJson.of(now));
  }

  /** Its leader and members, the rest of the post as the plan has it. */
  @PutMapping("/plans/{plan}/posts/{postId}/people")
  ResponseEntity<PostJson> people(
      @PathVariable long plan,
      @PathVariable String postId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody PeopleBody body,
      Authentication principal) {
    String who = Editors.name(principal);
    PostChange now = plans.post(plan, who, postId);
    Editors.mayEdit(principal, now.committee());
    int base = VersionTag.required(ifMatch);
    PeopleBody b = body == null ? new PeopleBody(null, null) : body;
    PostState state = now.state().withPeople(b.leader(), WeekJson.ids(b.members()));
    PostChange staged = plans.stagePost(plan, who, postId, base, state);
    return ResponseEntity.ok().eTag(VersionTag.of(base)).body(PostJson.of(staged));
  }

  /** Its whole week, the rest of the post as the plan has it. */
  @PutMapping("/plans/{plan}/posts/{postId}/slots")
  ResponseEntity<PostJson> slots(
      @PathVariable long plan,
      @PathVariable String postId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody WeekJson body,
      Authentication principal) {
    String who = Editors.name(principal);
    PostChange now = plans.post(plan, who, postId);
    Editors.mayEdit(principal, now.committee());
    int base = VersionTag.required(ifMatch);
    PostState state = now.state().withSlots(WeekJson.slots(postId, body));
    PostChange staged = plans.stagePost(plan, who, postId, base, state);
    return ResponseEntity.ok().eTag(VersionTag.of(base)).body(PostJson.of(staged));
  }

  @DeleteMapping("/plans/{plan}/posts/{postId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unstage(@PathVariable long plan, @PathVariable String postId, Authentication principal) {
    String who = Editors.name(principal);
    Editors.mayEdit(principal, plans.post(plan, who, postId).committee());
    plans.unstagePost(plan, who, postId);
  }

  @GetMapping("/posts/{postId}/history")
  Map<String, List<EventJson>> history(@PathVariable String postId) {
    posts.get(postId); // 404 for no such post
    return Map.of("changes", history.of(postId).stream().map(EventJson::of).toList());
  }

  @PostMapping("/post-changes/{change}/revert")
  ResponseEntity<Map<String, Integer>> revert(
      @PathVariable long change,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestParam(value = ChangeReason.PARAMETER, required = false) String reason,
      Authentication principal) {
    PostHistory.PostEvent event = history.get(change);
    String who = Editors.mayEdit(principal, posts.get(event.code()).committeeCode());
    int expected = VersionTag.required(ifMatch);
    int version = history.revert(change, expected, who, ChangeReason.required(reason));
    return ResponseEntity.ok().eTag(VersionTag.of(version)).body(Map.of("version", version));
  }

  @GetMapping("/duty-types")
  Map<String, Map<String, String>> dutyTypes() {
    return Map.of("dutyTypes", duties.all());
  }

  @PutMapping("/admin/duty-types/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void putDutyType(@PathVariable String id, @RequestBody DutyTypeBody body) {
    duties.put(id, body == null ? null : body.name());
  }

  /** [longitude, latitude] in degrees, or 422. */
  private static Point point(double[] location) {
    if (location == null
        || location.length != 2
        || !(Math.abs(location[0]) <= 180)
        || !(Math.abs(location[1]) <= 90)) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "editing.post-location");
    }
    return DEGREES.createPoint(new Coordinate(location[0], location[1]));
  }

  /**
   * What a request says of a post; what it leaves out stays as it is.
   *
   * @param location [longitude, latitude] in degrees
   */
  record PostBody(String name, double[] location, List<String> dutyTypes, Boolean retired) {}

  record DutyTypeBody(String name) {}

  /** A post's leader (null: none) and members (the whole list), by person id. */
  record PeopleBody(Long leader, List<Long> members) {}

  /**
   * A post's state as JSON: location as [longitude, latitude]; leader and members by person id;
   * slots as {@link WeekJson.SlotJson}.
   */
  record StateJson(
      String name,
      double[] location,
      List<String> dutyTypes,
      boolean retired,
      Long leader,
      List<Long> members,
      List<WeekJson.SlotJson> slots) {
    static StateJson of(PostState s) {
      return s == null
          ? null
          : new StateJson(
              s.name(),
              new double[] {s.location().getX(), s.location().getY()},
              s.dutyTypes(),
              s.retired(),
              s.leader(),
              s.members(),
              s.slots().stream().map(WeekJson.SlotJson::of).toList());
    }
  }

  /** A post as a plan proposes it; baseVersion 0 for a new one. */
  record PostJson(String code, String committee, int baseVersion, StateJson state) {
    static PostJson of(PostChange c) {
      return new PostJson(c.code(), c.committee(), c.baseVersion(), StateJson.of(c.state()));
    }
  }

  /** One published change of a post; before is null where it created the post. */
  record EventJson(
      long id,
      String code,
      String changedBy,
      java.time.OffsetDateTime changedAt,
      String reason,
      Long plan,
      Long reverts,
      int beforeVersion,
      int afterVersion,
      StateJson before,
      StateJson after) {
    static EventJson of(PostHistory.PostEvent e) {
      return new EventJson(
          e.id(),
          e.code(),
          e.changedBy(),
          e.changedAt(),
          e.reason(),
          e.plan(),
          e.reverts(),
          e.beforeVersion(),
          e.afterVersion(),
          StateJson.of(e.before()),
          StateJson.of(e.after()));
    }
  }
}
