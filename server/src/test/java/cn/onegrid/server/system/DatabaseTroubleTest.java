package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseTroubleTest {

  @Test
  void aConnectionExceptionIsAnOutage() {
    assertThat(DatabaseTrouble.isOutage(new RuntimeException(new SQLException("gone", "08006"))))
        .isTrue();
  }

  @Test
  void aConstraintViolationIsNot() {
    assertThat(DatabaseTrouble.isOutage(new DataIntegrityViolationException("duplicate")))
        .isFalse();
  }

  /** Spring Session's load on a connection the kill broke: the rollback fails after the read. */
  @Test
  void aFailedRollbackAfterAnOutageIsAnOutage() {
    TransactionSystemException rollback =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    rollback.initApplicationException(
        new DataAccessResourceFailureException(
            "I/O error", new SQLException("An I/O error occurred", "08006")));
    assertThat(DatabaseTrouble.isOutage(rollback)).isTrue();
  }

  @Test
  void aFailedRollbackAfterAnyOtherFaultIsNot() {
    TransactionSystemException rollback =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    rollback.initApplicationException(new IllegalStateException("a bug"));
    assertThat(DatabaseTrouble.isOutage(rollback)).isFalse();
  }
}
