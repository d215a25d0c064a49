package cn.onegrid.data.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class StandbyFirstTest {

  @Test
  void aLostConnectionIsToldFromAFailedStatement() {
    assertThat(StandbyFirst.lostConnection(new CannotGetJdbcConnectionException("no"))).isTrue();
    assertThat(StandbyFirst.lostConnection(failure("08006"))).as("I/O error").isTrue();
    assertThat(StandbyFirst.lostConnection(failure("57P01"))).as("shutting down").isTrue();
    assertThat(StandbyFirst.lostConnection(failure("57014"))).as("statement timeout").isFalse();
    assertThat(StandbyFirst.lostConnection(new QueryTimeoutException("slow"))).isFalse();
  }

  private static DataAccessResourceFailureException failure(String state) {
    return new DataAccessResourceFailureException("x", new SQLException("x", state));
  }
}
