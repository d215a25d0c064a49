package cn.onegrid.server.analysis;

import cn.onegrid.data.analysis.Analyst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Recomputes the committees that edits marked stale, every {@code onegrid.analysis.interval}: only
 * those, so one edit costs one committee's analysis. The first run after a sample load analyses the
 * whole town.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "onegrid.analysis.enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableScheduling
@DependsOnDatabaseInitialization
class AnalysisUpdater {

  private static final Logger log = LoggerFactory.getLogger(AnalysisUpdater.class);

  private final Analyst analyst;

  AnalysisUpdater(Analyst analyst) {
    this.analyst = analyst;
  }

  @Scheduled(fixedDelayString = "${onegrid.analysis.interval:1s}")
  void catchUp() {
    long started = System.nanoTime();
    int committees = analyst.catchUp();
    if (committees > 0) {
      log.info(
          "Analysed {} committees in {} ms", committees, (System.nanoTime() - started) / 1_000_000);
    }
  }
}
