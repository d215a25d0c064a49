package cn.onegrid.server.analysis;

import cn.onegrid.data.analysis.Analyst;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
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
  private final Counter analysed;
  private final Timer runs;

  AnalysisUpdater(Analyst analyst, MeterRegistry registry) {
    this.analyst = analyst;
    this.analysed =
        Counter.builder("onegrid.analysis.committees")
            .description("Committees this instance analysed")
            .register(registry);
    this.runs =
        Timer.builder("onegrid.analysis.runs")
            .description("Runs of this instance's analysis that found work, and their time")
            .register(registry);
  }

  @Scheduled(fixedDelayString = "${onegrid.analysis.interval:1s}")
  void catchUp() {
    long started = System.nanoTime();
    int committees = analyst.catchUp();
    if (committees > 0) {
      long nanos = System.nanoTime() - started;
      analysed.increment(committees);
      runs.record(nanos, TimeUnit.NANOSECONDS);
      log.info("Analysed {} committees in {} ms", committees, nanos / 1_000_000);
    }
  }
}
