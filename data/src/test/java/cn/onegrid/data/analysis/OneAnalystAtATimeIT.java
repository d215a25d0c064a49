package cn.onegrid.data.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.TestDatabase;
import cn.onegrid.data.TwoCommittees;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two servers on one database analyse one at a time: while another holds the analysis lock (here a
 * connection of the test's, standing in for the other server mid-batch), this one leaves the queue.
 */
class OneAnalystAtATimeIT {

  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
  private final Analyst analyst = TestDatabase.data().analyst();

  @BeforeEach
  void twoStaleCommittees() throws Exception {
    TwoCommittees.load();
    assertThat(stale()).isEqualTo(2);
  }

  @Test
  void whileAnotherServerAnalysesThisOneLeavesTheQueueAlone() throws Exception {
    try (Connection other = TestDatabase.dataSource().getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, Analyst.ANALYSIS_LOCK);
        lock.execute();
      }

      assertThat(analyst.catchUp()).isZero();
      assertThat(stale()).as("nothing taken off the queue").isEqualTo(2);
      assertThat(count("SELECT count(*) FROM analysis_committee")).isZero();

      other.commit(); // the other server's batch is done
    }
    assertThat(analyst.catchUp()).isEqualTo(2);
    assertThat(stale()).isZero();
  }

  @Test
  void theLockLastsOnlyAsLongAsABatch() {
    assertThat(analyst.catchUp()).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
                .query(Long.class)
                .single())
        .isZero();
  }

  private long stale() {
    return count("SELECT count(*) FROM analysis_stale");
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
