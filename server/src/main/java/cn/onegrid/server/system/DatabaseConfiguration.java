package cn.onegrid.server.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source, on the embedded cluster unless {@code ONEGRID_DB_URL} names another PostGIS.
 * Spring closes the pool before the cluster, since the pool depends on it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(OneGridProperties properties) {
    return DatabaseServer.of(properties);
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(DatabaseServer server, OneGridProperties properties) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.url());
    dataSource.setUsername(server.user());
    dataSource.setPassword(server.password());
    dataSource.setPoolName("onegrid");
    long timeout = properties.db().statementTimeout().toMillis();
    dataSource.addDataSourceProperty("options", "-c statement_timeout=" + timeout);
    dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
    return dataSource;
  }
}
