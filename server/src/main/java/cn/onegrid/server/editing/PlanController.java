package cn.onegrid.server.editing;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.AreaEditor;
import cn.onegrid.data.editing.CleanedArea;
import cn.onegrid.data.editing.Editable;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.editing.Plans.Plan;
import cn.onegrid.data.editing.Plans.PlanChange;
import cn.onegrid.data.editing.RosterPreview;
import cn.onegrid.data.editing.StaleVersion;
import cn.onegrid.data.editing.StoredArea;
import cn.onegrid.data.incidents.IncidentHours;
import cn.onegrid.data.incidents.ReportHours;
import cn.onegrid.data.incidents.ReportPeriod;
import cn.onegrid.geo.patrol.WeeklySlot;
import cn.onegrid.server.editing.AreaJson.AreaResult;
import cn.onegrid.server.security.ClientDeparture;
import cn.onegrid.server.system.DutyProperties;
import cn.onegrid.server.system.RequestRefused;
import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Draft plans: {@code /plans} lists and creates them (and lists the published ones, {@code
 * ?state=published}); a plan collects changed areas ({@code PUT
 * /plans/{id}/changes/{collectionId}/{featureId}} with the feature's version tag in If-Match),
 * compares with the published map ({@code GET /plans/{id}}: each touched committee before and
 * after), and is published all or nothing ({@code POST /plans/{id}/publish}) or discarded ({@code
 * DELETE /plans/{id}}). A plan is its author's: only they and the planners they share it with
 * ({@code POST /plans/{id}/shares}, {@code DELETE /plans/{id}/shares/{username}}) see or change it;
 * to anyone else it is 404. Each change is still held to the planner's committees ({@link
 * Editors#mayEdit}); publishing checks them again in its own transaction ({@link Plans#publish}). A
 * published plan reverts as a whole ({@code POST /plans/{id}/revert}), once.
 */
@RestController
class PlanController {

  private static final String CHANGE = "/plans/{plan}/changes/{collectionId}/{featureId}";

  /** How many published plans {@code GET /plans?state=published} lists at most. */
  static final int PUBLISHED_SHOWN = 20;

  private final Plans plans;
  private final AreaEditor editor;
  private final WhatIf whatIf;
  private final JsonMapper json;
  private final CleaningWords words;
  private final RosterPreview roster;
  private final FlagWords flags;
  private final DutyProperties duty;
  private final IncidentHours reportHours;
  private final Clock clock;

  PlanController(
      Plans plans,
      AreaEditor editor,
      WhatIf whatIf,
      JsonMapper json,
      CleaningWords words,
      RosterPreview roster,
      FlagWords flags,
      DutyProperties duty,
      IncidentHours reportHours,
      Clock clock) {
    this.reportHours = reportHours;
    this.clock = clock;
    this.roster = roster;
    this.flags = flags;
    this.duty = duty;
    this.plans = plans;
    this.editor = editor;
    this.whatIf = whatIf;
    this.json = json;
    this.words = words;
  }

  /**
   * The reader's own and shared plans: the drafts, or with {@code state=published} the published
   * plans (reverted ones too, the last {@value #PUBLISHED_SHOWN}) without their changes.
   */
  @GetMapping("/plans")
  Map<String, List<?>> list(
      @RequestParam(defaultValue = "draft") String state, Authentication principal) {
    String who = Editors.name(principal);
    return switch (state) {
      case "draft" ->
          Map.of("plans", plans.drafts(who).stream().map(p -> PlanJson.of(p, null, null)).toList());
      case "published" -> Map.of("plans", plans.published(who, PUBLISHED_SHOWN));
      default ->
          throw InvalidQuery.choosing(
              "state", List.of("draft", "published"), "editing.plan-list-state", state);
    };
  }

  @PostMapping("/plans")
  ResponseEntity<PlanJson> create(@RequestBody NewPlan body, Authentication principal) {
    String name = body == null || body.name() == null ? "" : body.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "editing.plan-name");
    }
    String author = Editors.name(principal);
    long id = plans.create(name, author);
    return ResponseEntity.created(URI.create("/plans/" + id))
        .body(PlanJson.of(plans.get(id, author), null, null));
  }

  /** The plan, its changes, and each committee they touch as published and as planned. */
  @GetMapping("/plans/{plan}")
  PlanJson plan(@PathVariable long plan, HttpServletRequest request, Authentication principal) {
    Plan found = plans.get(plan, Editors.name(principal));
    Map<String, Geometry> proposed = new HashMap<>();
    found.changes().forEach(c -> proposed.put(c.code(), c.shape()));
    Map<String, WhatIf.Site> sites = new HashMap<>();
    found
        .posts()
        .forEach(
            p ->
                sites.put(
                    p.code(),
                    new WhatIf.Site(
                        p.committee(),
                        p.state().retired() ? null : p.state().location(),
                        p.state().slots().stream()
                            .map(s -> new WeeklySlot(s.weekday(), s.start(), s.end()))
                            .toList())));
    boolean none = proposed.isEmpty() && sites.isEmpty();
    List<WhatIf.Effect> effects = none ? List.of() : whatIf.of(proposed, sites, duty.night());
    List<RosterPreview.CommitteePeople> people =
        roster.of(
            found.posts(),
            new RosterPreview.Limits(duty.maxPostsPerPerson(), duty.maxSlotsPerPerson()));
    Map<String, ReportHours> reports =
        people.isEmpty()
            ? Map.of()
            : reportHours.reports(
                people.stream().map(RosterPreview.CommitteePeople::committee).toList(),
                ReportPeriod.lastQuarter(clock));
    return PlanJson.of(found, EffectJson.of(effects, people, reports), flags.of(people, request));
  }

  @DeleteMapping("/plans/{plan}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void discard(@PathVariable long plan, Authentication principal) {
    plans.discard(plan, Editors.name(principal));
  }

  @PutMapping(CHANGE)
  ResponseEntity<AreaResult> stage(
      @PathVariable long plan,
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      HttpServletRequest request,
      Authentication principal) {
    String who = Editors.name(principal);
    plans.requireDraft(plan, who); // someone else's plan is 404, whatever the committee
    Editable target = Editable.of(collectionId);
    StoredArea area = editor.find(target, featureId);
    Editors.mayEdit(principal, area.committeeCode());
    int base = VersionTag.required(ifMatch);
    int current = area.version();
    if (current != base) {
      throw new StaleVersion(collectionId + " " + featureId, base, current);
    }
    Geometry drawn = FeatureBody.geometry(request, json);
    CleanedArea cleaned =
        ClientDeparture.stopsWork(
            request, () -> plans.stage(plan, who, target, featureId, base, drawn));
    return ResponseEntity.ok()
        .eTag(VersionTag.of(base))
        .body(
            new AreaResult(
                featureId,
                collectionId,
                base,
                AreaJson.geoJson(cleaned.shape()),
                words.of(cleaned, request)));
  }

  @DeleteMapping(CHANGE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unstage(
      @PathVariable long plan,
      @PathVariable String collectionId,
      @PathVariable String featureId,
      Authentication principal) {
    String who = Editors.name(principal);
    plans.requireDraft(plan, who);
    Editable target = Editable.of(collectionId);
    Editors.mayEdit(principal, editor.find(target, featureId).committeeCode());
    plans.unstage(plan, who, target, featureId);
  }

  @PostMapping("/plans/{plan}/publish")
  Map<String, List<Plans.Published>> publish(
      @PathVariable long plan, @RequestBody Publish body, Authentication principal) {
    String reason = ChangeReason.required(body == null ? null : body.reason());
    String who = Editors.name(principal);
    Plan found = plans.get(plan, who);
    if (!found.imported()) { // an import's publisher is checked as such, in Plans.publish
      for (PlanChange change : found.changes()) { // a read-only token, say: 403 early
        Editors.mayEdit(principal, editor.find(change.target(), change.code()).committeeCode());
      }
      found.posts().forEach(post -> Editors.mayEdit(principal, post.committee()));
    }
    return Map.of("published", plans.publish(plan, who, reason));
  }

  /**
   * Reverts a published plan as a whole (a new change per feature, all or nothing); who may is who
   * may publish it, checked in {@link Plans#revert} against the committees it changed.
   */
  @PostMapping("/plans/{plan}/revert")
  Map<String, List<Plans.Published>> revert(
      @PathVariable long plan, @RequestBody Publish body, Authentication principal) {
    String reason = ChangeReason.required(body == null ? null : body.reason());
    return Map.of("reverted", plans.revert(plan, Editors.name(principal), reason));
  }

  /** The author lets another planner see and change the plan. */
  @PostMapping("/plans/{plan}/shares")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void share(@PathVariable long plan, @RequestBody Share body, Authentication principal) {
    String username = body == null || body.username() == null ? "" : body.username().strip();
    if (username.isEmpty()) {
      throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "editing.share-username");
    }
    plans.share(plan, Editors.name(principal), username);
  }

  @DeleteMapping("/plans/{plan}/shares/{username}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unshare(@PathVariable long plan, @PathVariable String username, Authentication principal) {
    plans.unshare(plan, Editors.name(principal), username);
  }

  record NewPlan(String name) {}

  record Share(String username) {}

  record Publish(String reason) {}

  /** A plan as JSON: its changes' shapes as GeoJSON, and the effects when asked for. */
  record PlanJson(
      long id,
      String name,
      String state,
      String createdBy,
      OffsetDateTime createdAt,
      List<String> sharedWith,
      List<ChangeJson> changes,
      List<PostController.PostJson> posts,
      List<EffectJson> effects,
      List<FlagWords.FlagJson> flags) {
    static PlanJson of(Plan plan, List<EffectJson> effects, List<FlagWords.FlagJson> flags) {
      return new PlanJson(
          plan.id(),
          plan.name(),
          plan.state(),
          plan.createdBy(),
          plan.createdAt(),
          plan.sharedWith(),
          plan.changes().stream().map(ChangeJson::of).toList(),
          plan.posts().stream().map(PostController.PostJson::of).toList(),
          effects,
          flags);
    }
  }

  record ChangeJson(
      String collection, String code, int baseVersion, @JsonRawValue String geometry) {
    static ChangeJson of(PlanChange change) {
      return new ChangeJson(
          change.target().collection(),
          change.code(),
          change.baseVersion(),
          AreaJson.geoJson(change.shape()));
    }
  }
}
