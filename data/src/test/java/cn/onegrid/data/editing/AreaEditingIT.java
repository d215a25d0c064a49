package cn.onegrid.data.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.geo.editing.Cleaning;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Versioned, cleaned, recorded edits of areas against a real PostGIS. */
class AreaEditingIT {

  private static final String POST = "310114118009P01"; // in 金华: 121.30–121.31 E, 31.25–31.26 N
  private static final String OTHER_POST = "310114118203P01";
  private static final Editable AREAS = Editable.of("duty-post-areas");

  private final AreaEditor editor = TestDatabase.data().areaEditor();
  private final History history = TestDatabase.data().history();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void aWriteAtTheCurrentVersionLandsAndIsRecorded() {
    AreaEditor.Edit edit =
        editor.replace(AREAS, POST, 1, box(121.301, 31.251, 121.304, 31.254), "planner1", "扩大");
    assertThat(edit.version()).isEqualTo(2);
    assertThat(editor.find(AREAS, POST).version()).isEqualTo(2);
    assertThat(editor.find(AREAS, POST).shape().getEnvelopeInternal().getMinX())
        .isCloseTo(121.301, within(1e-7));
    List<History.Change> changes = history.of(AREAS, POST);
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.changedBy()).isEqualTo("planner1");
              assertThat(c.reason()).isEqualTo("扩大");
              assertThat(c.beforeVersion()).isEqualTo(1);
              assertThat(c.afterVersion()).isEqualTo(2);
              assertThat(c.before().getArea()).isPositive();
            });
  }

  @Test
  void aStaleWriteChangesNothingAndSaysTheCurrentVersion() {
    editor.replace(AREAS, POST, 1, box(121.301, 31.251, 121.304, 31.254), "a", "first");
    Geometry stored = editor.find(AREAS, POST).shape();
    assertThatThrownBy(
            () -> editor.replace(AREAS, POST, 1, box(121.302, 31.252, 121.305, 31.255), "b", "x"))
        .isInstanceOfSatisfying(StaleVersion.class, e -> assertThat(e.current()).isEqualTo(2))
        .hasMessageContaining("version 2, not 1");
    assertThat(editor.find(AREAS, POST).shape().equalsExact(stored)).isTrue();
    assertThat(history.of(AREAS, POST)).hasSize(1);
  }

  @Test
  void manyConcurrentWritersOnOnePostLoseNoAcceptedChange() throws Exception {
    int writers = 12;
    int rounds = 5;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    int accepted = 0;
    try {
      for (int round = 0; round < rounds; round++) {
        int version = editor.find(AREAS, POST).version();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          // Every other writer sends a version that was stale before the round began.
          int expected = w % 2 == 0 ? version : version - 1;
          double d = 0.0001 * (w + 1);
          results.add(
              pool.submit(
                  () -> {
                    go.await();
                    try {
                      return editor
                          .replace(
                              AREAS,
                              POST,
                              expected,
                              box(121.301 + d, 31.251, 121.305, 31.255),
                              "w",
                              "race")
                          .version();
                    } catch (StaleVersion e) {
                      return -1;
                    }
                  }));
        }
        go.countDown();
        List<Integer> landed = new ArrayList<>();
        for (Future<Integer> result : results) {
          int v = result.get();
          if (v > 0) {
            landed.add(v);
          }
        }
        assertThat(landed)
            .as("exactly one writer at the current version wins")
            .containsExactly(version + 1);
        accepted += landed.size();
      }
    } finally {
      pool.shutdownNow();
    }
    List<History.Change> changes = history.of(AREAS, POST);
    assertThat(changes).hasSize(accepted);
    assertThat(editor.find(AREAS, POST).version()).isEqualTo(1 + accepted);
    assertThat(changes).extracting(History.Change::afterVersion).doesNotHaveDuplicates();
    for (int i = 0; i + 1 < changes.size(); i++) {
      assertThat(changes.get(i).before().equalsExact(changes.get(i + 1).after()))
          .as("each change starts from the one before it: nothing overwritten unseen")
          .isTrue();
    }
  }

  @Test
  void drawingsAreCleanedAndTheCleaningReported() {
    // Reaches 0.001° (about 95 m) east into the other committee: clipped at 121.31.
    CleanedArea cleaned = editor.clean(AREAS, POST, box(121.305, 31.252, 121.311, 31.258));
    assertThat(cleaned.shape().getEnvelopeInternal().getMaxX()).isCloseTo(121.31, within(1e-7));
    assertThat(cleaned.cleanings()).extracting(Cleaning::kind).contains(Cleaning.Kind.CLIPPED);
    Cleaning clip =
        cleaned.cleanings().stream()
            .filter(c -> c.kind() == Cleaning.Kind.CLIPPED)
            .findFirst()
            .orElseThrow();
    assertThat(clip.where().x).as("in degrees, east of the border").isBetween(121.31, 121.311);
    assertThat(clip.areaChange()).isNegative();
  }

  @Test
  void aRefusedDrawingNamesTheCommitteeItLiesInNotItsCoordinates() {
    assertThatThrownBy(() -> editor.clean(AREAS, POST, box(121.312, 31.252, 121.318, 31.258)))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.key()).isEqualTo("editing.drawing-outside-committee");
              assertThat(e.args())
                  .containsExactly(
                      "duty-post-areas " + POST, "310114118009", "高潮村村委会 (310114118203)");
            })
        .hasMessageContaining(POST)
        .hasMessageContaining("高潮村村委会 (310114118203)")
        .hasMessageNotContaining("121.3");
    assertThatThrownBy(() -> editor.clean(AREAS, POST, box(121.40, 31.252, 121.41, 31.258)))
        .isInstanceOfSatisfying(
            InvalidEdit.class, e -> assertThat(e.key()).isEqualTo("editing.drawing-outside-town"))
        .hasMessageContaining("outside every committee")
        .hasMessageNotContaining("121.4");
  }

  @Test
  void badDrawingsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> editor.clean(AREAS, POST, box(121.40, 31.252, 121.41, 31.258)))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.OUTSIDE_COMMITTEE));
    assertThatThrownBy(() -> editor.clean(AREAS, POST, box(31.252, 121.302, 31.258, 121.308)))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.SWAPPED_COORDINATES))
        .hasMessageContaining("longitude first");
    assertThatThrownBy(
            () -> editor.clean(AREAS, POST, wkt("LINESTRING (121.301 31.251, 121.302 31.252)")))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.NOT_A_POLYGON);
              assertThat(e.key()).isEqualTo("editing.drawing-not-a-polygon");
              assertThat(e.args()).containsExactly("duty-post-areas " + POST, "LineString");
            });
    assertThatThrownBy(() -> editor.clean(Editable.of("micro-grids"), "3101141180090101", null))
        .isInstanceOfSatisfying(
            InvalidEdit.class, e -> assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.NOT_REMOVABLE));
    assertThatThrownBy(
            () -> editor.clean(AREAS, "310114118009P99", box(121.301, 31.251, 121.302, 31.252)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aRevertPutsBackTheAreaAsANewChange() {
    Geometry original = editor.find(AREAS, POST).shape();
    OffsetDateTime beforeEdit =
        jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single();
    editor.replace(AREAS, POST, 1, box(121.301, 31.251, 121.304, 31.254), "a", "shrink");
    long change = history.of(AREAS, POST).get(0).id();

    int version = history.revert(change, 2, "b", "undo shrink");

    assertThat(version).isEqualTo(3);
    assertThat(editor.find(AREAS, POST).shape().equalsExact(original, 1e-9)).isTrue();
    assertThat(history.of(AREAS, POST).get(0).reverts()).isEqualTo(change);
    assertThat(history.asOf(AREAS, POST, beforeEdit).orElseThrow().equalsExact(original, 1e-9))
        .isTrue();
    double[] town = {121.30, 31.25, 121.32, 31.26};
    String then = history.mapAsOf(AREAS, beforeEdit, town);
    String afterShrink = history.mapAsOf(AREAS, history.of(AREAS, POST).get(1).changedAt(), town);
    assertThat(then).contains(POST, OTHER_POST).contains("121.307");
    assertThat(afterShrink).contains(POST).doesNotContain("121.307");
    assertThatThrownBy(() -> history.revert(change, 2, "c", "again, stale"))
        .isInstanceOf(StaleVersion.class);
  }

  @Test
  void aPlanPublishesAllItsChangesOrNone() {
    Plans plans = TestDatabase.data().plans();
    TestDatabase.data()
        .accounts()
        .create(new NewAccount("planner1", "规划员", "-", Role.PLANNER, List.of(), false));
    long plan = plans.create("调整责任区", "planner1");
    plans.stage(plan, "planner1", AREAS, POST, 1, box(121.301, 31.251, 121.304, 31.254));
    plans.stage(plan, "planner1", AREAS, OTHER_POST, 1, box(121.311, 31.251, 121.314, 31.254));
    assertThat(editor.find(AREAS, POST).version()).as("a draft changes nothing").isEqualTo(1);

    // Someone else edits one of the plan's posts meanwhile: the whole plan is refused.
    editor.replace(
        AREAS, OTHER_POST, 1, box(121.312, 31.252, 121.315, 31.255), "other", "meanwhile");
    assertThatThrownBy(() -> plans.publish(plan, "planner1", "调整"))
        .isInstanceOfSatisfying(PlanConflict.class, e -> assertThat(e.stale()).hasSize(1))
        .hasMessageContaining(OTHER_POST);
    assertThat(editor.find(AREAS, POST).version()).as("nothing applied").isEqualTo(1);
    assertThat(plans.get(plan, "planner1").state()).isEqualTo("draft");

    plans.stage(plan, "planner1", AREAS, OTHER_POST, 2, box(121.311, 31.251, 121.314, 31.254));
    List<Plans.Published> published = plans.publish(plan, "planner1", "调整");
    assertThat(published).extracting(Plans.Published::version).containsExactly(2, 3);
    assertThat(plans.get(plan, "planner1").state()).isEqualTo("published");
    assertThat(history.of(AREAS, POST).get(0).plan()).isEqualTo(plan);
    assertThatThrownBy(
            () ->
                plans.stage(
                    plan, "planner1", AREAS, POST, 2, box(121.301, 31.251, 121.303, 31.253)))
        .isInstanceOf(PlanStateConflict.class);
  }

  @Test
  void aPostPaintedFromMicroGridsGetsTheirDissolvedUnion() {
    CleanedArea painted =
        editor.paint(editor.find(AREAS, POST), List.of("3101141180090101", "3101141180090102"));
    assertThat(painted.shape().getNumGeometries()).isEqualTo(1);
    assertThat(painted.shape().getEnvelopeInternal().getMinX()).isCloseTo(121.30, within(1e-9));
    assertThat(painted.shape().getEnvelopeInternal().getMaxX()).isCloseTo(121.31, within(1e-9));
    assertThatThrownBy(() -> editor.paint(editor.find(AREAS, POST), List.of("3101141182030101")))
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.NOT_IN_COMMITTEE))
        .hasMessageContaining("310114118009");
  }

  @Test
  void whatIfShowsTheCommitteeBeforeAndAfterWithoutStoringAnything() {
    List<WhatIf.Effect> effects =
        TestDatabase.data().whatIf().of(java.util.Map.of(POST, box(121.30, 31.25, 121.31, 31.26)));
    assertThat(effects)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.committee()).isEqualTo("310114118009");
              assertThat(e.before().coverageRatio()).isBetween(0.05, 0.2);
              assertThat(e.after().coverageRatio()).isCloseTo(1.0, within(1e-6));
              assertThat(e.after().gapM2()).isLessThan(1);
              assertThat(e.after().postAreaM2().get(POST))
                  .isGreaterThan(e.before().postAreaM2().get(POST));
            });
    assertThat(editor.find(AREAS, POST).version()).isEqualTo(1);
  }

  private static Geometry box(double west, double south, double east, double north) {
    return new GeometryFactory(new PrecisionModel(), 4326)
        .toGeometry(new Envelope(west, east, south, north));
  }

  private static Geometry wkt(String text) {
    try {
      return new WKTReader(new GeometryFactory(new PrecisionModel(), 4326)).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
