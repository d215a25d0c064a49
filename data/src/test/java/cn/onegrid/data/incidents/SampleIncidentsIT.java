package cn.onegrid.data.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A year of generated incidents: the same seed gives the same year, marked illustrative. */
class SampleIncidentsIT {

  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 1);

  private final SampleIncidents samples = TestDatabase.data().sampleIncidents();
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void aYearOfIllustrativeIncidentsRoutedAndMostlyClosed() {
    int made = samples.generate(SampleIncidents.DEFAULT_SEED, 3, UNTIL);

    assertThat(made).isEqualTo(2 * 3 * 12);
    assertThat(count("illustrative AND source = 'sample'")).isEqualTo(made);
    assertThat(count("reported_at >= '2025-12-01' AND reported_at < '2026-12-02'")).isEqualTo(made);
    assertThat(count("state = 'closed'")).isGreaterThan(made / 2);
    assertThat(count("uncovered")).isPositive();
    assertThat(count("post_id IS NOT NULL")).isPositive();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM incident i WHERE (SELECT count(*) FROM incident_step s"
                        + " WHERE s.incident_id = i.id) = 0")
                .query(Long.class)
                .single())
        .as("every incident has its report step")
        .isZero();
  }

  @Test
  void theSameSeedGivesTheSameYear() throws IOException {
    samples.generate(7, 2, UNTIL);
    List<String> first = rows();
    twoCommittees();
    samples.generate(7, 2, UNTIL);

    assertThat(rows()).isEqualTo(first).isNotEmpty();
  }

  private List<String> rows() {
    return jdbc.sql(
            "SELECT type_id || ' ' || ST_AsText(location) || ' ' || state || ' ' || reported_at"
                + " FROM incident ORDER BY id")
        .query(String.class)
        .list();
  }

  private long count(String where) {
    return jdbc.sql("SELECT count(*) FROM incident WHERE " + where).query(Long.class).single();
  }
}
