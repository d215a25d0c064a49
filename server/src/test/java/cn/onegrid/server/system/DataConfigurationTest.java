package cn.onegrid.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.DataSettings;
import cn.onegrid.data.OneGridData;
import cn.onegrid.data.analysis.AnalysisThreads;
import cn.onegrid.data.analysis.Analyst;
import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.AreaEditor;
import cn.onegrid.data.replica.ReadRouting;
import cn.onegrid.server.analysis.AnalysisProperties;
import cn.onegrid.server.editing.EditingProperties;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The settings are bound into the data classes the server uses (the data module's {@code
 * DataSettingsIT} shows what they change), and the analysis threads stop with the application.
 * Building the data classes connects to nothing, so no database is needed here.
 */
class DataConfigurationTest {

  private final DataSource unused =
      new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/unused");
  private final ApplicationContextRunner server =
      new ApplicationContextRunner()
          .withUserConfiguration(Settings.class, DataConfiguration.class)
          .withBean(DataSource.class, () -> unused)
          .withBean(ReadRouting.class, () -> ReadRouting.primaryOnly(unused));

  @EnableConfigurationProperties({AnalysisProperties.class, EditingProperties.class})
  static class Settings {}

  @Test
  void theSettingsReachAnalysisPreviewsAndCleaning() {
    server
        .withPropertyValues(
            "onegrid.analysis.metric-crs=EPSG:3857",
            "onegrid.analysis.walking-radius=450",
            "onegrid.editing.snap-tolerance=10")
        .run(
            context -> {
              OneGridData data = context.getBean(OneGridData.class);
              assertThat(data.settings()).isEqualTo(new DataSettings("EPSG:3857", 450, 10));
              assertThat(context.getBean(Analyst.class)).isSameAs(data.analyst());
              assertThat(context.getBean(WhatIf.class)).isSameAs(data.whatIf());
              assertThat(context.getBean(AreaEditor.class)).isSameAs(data.areaEditor());
            });
  }

  @Test
  void withoutSettingsTheDefaults() {
    server.run(
        context ->
            assertThat(context.getBean(OneGridData.class).settings())
                .isEqualTo(DataSettings.DEFAULTS));
  }

  @Test
  void anUnknownMetricCrsStopsTheStart() {
    server
        .withPropertyValues("onegrid.analysis.metric-crs=EPSG:999999")
        .run(
            context -> assertThat(context).getFailure().rootCause().hasMessageContaining("999999"));
  }

  @Test
  void theAnalysisThreadsStopWithTheApplication() {
    AtomicReference<AnalysisThreads> threads = new AtomicReference<>();
    server.run(
        context -> {
          threads.set(context.getBean(AnalysisThreads.class));
          assertThat(threads.get().isClosed()).isFalse();
        });
    assertThat(threads.get().isClosed()).isTrue();
  }
}
