package cn.onegrid.server.system;

import cn.onegrid.data.desk.SampleHistory;
import cn.onegrid.data.duty.SampleDutyRecords;
import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.data.incidents.SampleIncidents;
import cn.onegrid.data.sample.CityGenerator;
import cn.onegrid.data.sample.SampleCounts;
import cn.onegrid.data.sample.SampleDataset;
import cn.onegrid.data.sample.SampleDatasetLoader;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the chosen sample dataset into an empty database, once: a database that has a town is never
 * loaded over, so whatever users changed stays as it is, and of servers starting at once on one
 * empty database only one loads it. Runs after the migrations, before the server takes requests.
 */
@Component
@DependsOnDatabaseInitialization
class SampleDataInitializer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(SampleDataInitializer.class);

  private final JdbcClient jdbc;
  private final SampleDatasetLoader loader;
  private final OneGridProperties.Sample sample;
  private final SampleHistory history;
  private final SampleIncidents incidents;
  private final SampleDutyRecords dutyRecords;

  SampleDataInitializer(
      JdbcClient jdbc,
      SampleDatasetLoader loader,
      OneGridProperties properties,
      SampleHistory history,
      SampleIncidents incidents,
      SampleDutyRecords dutyRecords) {
    this.jdbc = jdbc;
    this.loader = loader;
    this.history = history;
    this.sample = properties.data().sample();
    this.incidents = incidents;
    this.dutyRecords = dutyRecords;
  }

  @Override
  public void afterPropertiesSet() {
    if (sample == OneGridProperties.Sample.NONE) {
      return;
    }
    long towns = jdbc.sql("SELECT count(*) FROM town").query(Long.class).single();
    if (towns > 0) {
      log.info(
          "The database already has its data; the {} sample is not loaded",
          sample.name().toLowerCase());
      return;
    }
    long started = System.nanoTime();
    SampleDataset dataset =
        sample == OneGridProperties.Sample.CITY
            ? CityGenerator.generate(SampleTownGenerator.DEFAULT_SEED)
            : SampleTownGenerator.generate();
    Optional<SampleCounts> loaded = loader.loadIntoEmpty(dataset);
    if (loaded.isEmpty()) {
      log.info("Another instance loaded the {} sample meanwhile", sample.name().toLowerCase());
      return;
    }
    SampleCounts counts = loaded.get();
    // The leaders' desk: made-up past months, so the sample's dashboard has trends to show
    history.write(YearMonth.now(ZoneId.of("Asia/Shanghai")));
    log.info(
        "Loaded the {} sample (illustrative) in {} ms: {}",
        sample.name().toLowerCase(),
        (System.nanoTime() - started) / 1_000_000,
        counts);
    if (sample == OneGridProperties.Sample.JIANGQIAO) {
      loadIncidents();
      loadDutyRecords();
    }
  }

  /** The sample town's year of incidents up to today (illustrative, from a fixed seed). */
  private void loadIncidents() {
    long started = System.nanoTime();
    int made =
        incidents.generate(
            SampleIncidents.DEFAULT_SEED, 2, LocalDate.now(Incidents.TOWN_TIME).plusDays(1));
    log.info(
        "Generated {} illustrative incidents in {} ms",
        made,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The sample town's three months of duty records up to today (illustrative, fixed seed). */
  private void loadDutyRecords() {
    long started = System.nanoTime();
    int made =
        dutyRecords.generate(SampleDutyRecords.DEFAULT_SEED, LocalDate.now(Incidents.TOWN_TIME));
    log.info(
        "Generated {} illustrative duty records in {} ms",
        made,
        (System.nanoTime() - started) / 1_000_000);
  }
}
