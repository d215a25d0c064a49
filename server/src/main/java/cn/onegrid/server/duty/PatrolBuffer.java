package cn.onegrid.server.duty;

import cn.onegrid.data.duty.PatrolledAreas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Gives the database the patrol buffer set in {@code onegrid.duty-book.patrol-buffer-m} at start; a
 * new value recomputes every committee's patrolled areas once.
 */
@Component
@DependsOnDatabaseInitialization
class PatrolBuffer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(PatrolBuffer.class);

  private final PatrolledAreas areas;
  private final double metres;

  PatrolBuffer(PatrolledAreas areas, DutyBookProperties settings) {
    this.areas = areas;
    this.metres = settings.patrolBufferM();
  }

  @Override
  public void afterPropertiesSet() {
    if (areas.useBuffer(metres)) {
      log.info("Patrolled areas recomputed with a buffer of {} m", metres);
    }
  }
}
