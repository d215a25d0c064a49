package cn.onegrid.data.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import cn.onegrid.data.idempotency.IdempotentRequests;
import cn.onegrid.data.idempotency.StoredAnswer;
import cn.onegrid.data.incidents.IncidentRefusal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A problem found on patrol becomes an incident in the record's transaction (issues 15 and 16): in
 * the two-committee fixture 李娜 serves 金华's post P01 (a 0.002° circle around 121.305, 31.255, on
 * duty Thursday 19–21).
 */
class ProblemIncidentsIT {

  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
  private static final String IN_THE_AREA =
      "{\"type\":\"Point\",\"coordinates\":[121.3051,31.2551]}";

  private final DutyBook book = TestDatabase.data().dutyBook();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
  private long lina;

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
    lina = jdbc.sql("SELECT id FROM person WHERE name = '李娜（示例）'").query(Long.class).single();
  }

  /** Last Thursday (before yesterday), 20:00 in the town: inside P01's evening slot. */
  private static Instant thursdayEvening() {
    LocalDate day =
        LocalDate.now(TOWN).minusDays(1).with(TemporalAdjusters.previous(DayOfWeek.THURSDAY));
    return day.atTime(20, 0).atZone(TOWN).toInstant();
  }

  private RecordInput problem(String place, String type, String description, byte[] photo) {
    Instant end = thursdayEvening();
    return new RecordInput(
        "310114118009P01",
        null,
        "security_fire_patrol",
        end.minusSeconds(3600),
        end,
        place,
        "楼道堆放杂物，堵住消防通道",
        true,
        type,
        description,
        photo);
  }

  private Recorder member() {
    return Recorder.member("lina", lina);
  }

  @Test
  void aProblemBecomesAnIncidentRoutedToThePostOnDutyAndTheRecordNamesIt() {
    byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
    DutyRecord kept = book.record(problem(IN_THE_AREA, "security_fire", null, photo), member());

    ReportedIncident incident = kept.incident();
    assertThat(incident).isNotNull();
    assertThat(incident.committee()).isEqualTo("310114118009");
    assertThat(incident.post()).isEqualTo("310114118009P01");
    assertThat(incident.onDuty()).isTrue();
    assertThat(incident.state()).isEqualTo("reported");
    assertThat(incident.reasonZh()).endsWith("P01 周四 19–21 时在岗");
    assertThat(
            jdbc.sql(
                    "SELECT i.source || ' ' || i.reported_by || ' ' || i.type_id || ' '"
                        + " || i.description || ' ' || ST_AsText(i.location) || ' '"
                        + " || (SELECT count(*) FROM incident_step s WHERE s.incident_id = i.id)"
                        + " FROM incident i JOIN duty_record r ON r.incident_id = i.id"
                        + " WHERE r.id = :id")
                .param("id", kept.id())
                .query(String.class)
                .single())
        .isEqualTo("duty lina security_fire 楼道堆放杂物，堵住消防通道 POINT(121.3051 31.2551) 1");
    assertThat(
            jdbc.sql("SELECT bytes FROM incident_photo WHERE incident_id = :id")
                .param("id", incident.id())
                .query(byte[].class)
                .single())
        .isEqualTo(photo);
  }

  @Test
  void aTracksLastPointIsTheIncidentsPlaceAndAGivenDescriptionWins() {
    String track =
        "{\"type\":\"LineString\",\"coordinates\":[[121.3040,31.2550],[121.3052,31.2553]]}";
    DutyRecord kept = book.record(problem(track, "sanitation", "垃圾满溢", null), member());

    assertThat(
            jdbc.sql(
                    "SELECT ST_AsText(location) || ' ' || description FROM incident WHERE id = :id")
                .param("id", kept.incident().id())
                .query(String.class)
                .single())
        .isEqualTo("POINT(121.3052 31.2553) 垃圾满溢");
  }

  @Test
  void aRecordWithoutAProblemMakesNoIncident() {
    Instant end = thursdayEvening();
    DutyRecord kept =
        book.record(
            new RecordInput(
                "310114118009P01",
                null,
                "security_fire_patrol",
                end.minusSeconds(3600),
                end,
                IN_THE_AREA,
                "无异常",
                false,
                "sanitation",
                null,
                null),
            member());

    assertThat(kept.incident()).isNull();
    assertThat(count("incident")).isZero();
  }

  @Test
  void aReplayedRecordIsStoredOnceAndMakesOneIncident() {
    long account =
        jdbc.sql(
                "INSERT INTO account (username, display_name, password_hash, role)"
                    + " VALUES ('lina', '李娜', 'x', 'staff') RETURNING id")
            .query(Long.class)
            .single();
    IdempotentRequests requests = TestDatabase.data().idempotentRequests();
    byte[] hash = {1, 2, 3};
    for (int sent = 0; sent < 2; sent++) { // as IdempotencyFilter runs a write sent twice
      Optional<StoredAnswer> stored = requests.claim(account, "phone-7", hash);
      if (stored.isEmpty()) {
        DutyRecord kept = book.record(problem(IN_THE_AREA, "security_fire", null, null), member());
        requests.finish(
            account,
            "phone-7",
            new StoredAnswer(
                hash, 201, "application/json", null, null, ("" + kept.id()).getBytes()));
      }
    }

    assertThat(count("duty_record")).isEqualTo(1);
    assertThat(count("incident")).isEqualTo(1);
  }

  @Test
  void aProblemWithoutATypeIsRefusedNamingTheFieldAndNothingIsKept() {
    assertThatThrownBy(() -> book.record(problem(IN_THE_AREA, " ", null, null), member()))
        .isInstanceOf(InvalidRecord.class)
        .hasFieldOrPropertyWithValue("field", "incidentType")
        .hasFieldOrPropertyWithValue("key", "duty.incident-type-missing");

    assertThat(count("duty_record")).isZero();
    assertThat(count("incident")).isZero();
  }

  @Test
  void anUnknownTypeIsRefused() {
    assertThatThrownBy(() -> book.record(problem(IN_THE_AREA, "potholes", null, null), member()))
        .isInstanceOf(InvalidRecord.class)
        .hasFieldOrPropertyWithValue("field", "incidentType")
        .hasFieldOrPropertyWithValue("key", "duty.incident-type-unknown");
  }

  @Test
  void aProblemWithNeitherDescriptionNorNoteIsRefused() {
    Instant end = thursdayEvening();
    RecordInput silent =
        new RecordInput(
            "310114118009P01",
            null,
            "security_fire_patrol",
            end.minusSeconds(3600),
            end,
            IN_THE_AREA,
            "",
            true,
            "sanitation",
            null,
            null);

    assertThatThrownBy(() -> book.record(silent, member()))
        .isInstanceOf(InvalidRecord.class)
        .hasFieldOrPropertyWithValue("field", "incidentDescription");
  }

  @Test
  void whenRoutingRefusesThePlaceNeitherRecordNorIncidentIsKept() {
    // the town reaches further east than its committees: a place there is the town's but no one's
    jdbc.sql(
            "UPDATE town SET boundary = ST_GeomFromText("
                + "'MULTIPOLYGON(((121.30 31.25,121.33 31.25,121.33 31.26,121.30 31.26,121.30 31.25)))',"
                + " 4326)")
        .update();
    String noCommittee = "{\"type\":\"Point\",\"coordinates\":[121.325,31.255]}";

    assertThatThrownBy(() -> book.record(problem(noCommittee, "sanitation", null, null), member()))
        .isInstanceOf(IncidentRefusal.class)
        .hasFieldOrPropertyWithValue("key", "incidents.outside");

    assertThat(count("duty_record")).isZero();
    assertThat(count("incident")).isZero();
    assertThat(count("patrolled_area")).isZero();
  }

  private int count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }
}
