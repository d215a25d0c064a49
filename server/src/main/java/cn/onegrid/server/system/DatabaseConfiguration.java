package cn.onegrid.server.system;

import cn.onegrid.data.replica.ReadRouting;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The one data source, on the embedded cluster unless {@code ONEGRID_DB_URL} names another PostGIS,
 * and where the map's reads go ({@link ReadRouting}: a hot standby's pool when {@code
 * ONEGRID_DB_REPLICA_URL} names one). Spring closes the pool before the cluster, since the pool
 * depends on it. Every wait is bounded: for a connection ({@code connection-timeout}), for a
 * statement ({@code statement-timeout}, and the driver's socket timeout a little past it for a
 * database that does not answer at all).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  /** How long the driver waits past the statement timeout before it gives the connection up. */
  private static final Duration SOCKET_MARGIN = Duration.ofSeconds(5);

  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(
      OneGridProperties properties, @Value("${server.port:8080}") int httpPort) {
    return DatabaseServer.of(properties, httpPort);
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(DatabaseServer server, OneGridProperties properties) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.url());
    dataSource.setUsername(server.user());
    dataSource.setPassword(server.password());
    dataSource.setPoolName("onegrid");
    OneGridProperties.Db db = properties.db();
    dataSource.setConnectionTimeout(db.connectionTimeout().toMillis());
    dataSource.setValidationTimeout(Math.min(1000, db.connectionTimeout().toMillis() / 2));
    long timeout = db.statementTimeout().toMillis();
    // No JIT: it compiles for most of a second whenever the planner overestimates rows (the desk's
    // trend at city scale: 0.9 s of JIT for a 0.8 s statement); OneGrid's statements are short.
    dataSource.addDataSourceProperty("options", "-c statement_timeout=" + timeout + " -c jit=off");
    dataSource.addDataSourceProperty(
        "socketTimeout", db.statementTimeout().plus(SOCKET_MARGIN).toSeconds());
    dataSource.addDataSourceProperty("connectTimeout", db.connectionTimeout().toSeconds() + 1);
    dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
    return dataSource;
  }

  /** The standby's pool waits at most a second for a connection: the primary is there instead. */
  @Bean(destroyMethod = "close")
  ReadRouting readRouting(
      DatabaseServer server, HikariDataSource primary, OneGridProperties properties) {
    OneGridProperties.Replica replica = properties.db().replica();
    if (!replica.isSet()) {
      return ReadRouting.primaryOnly(primary);
    }
    HikariDataSource standby = new HikariDataSource();
    standby.setJdbcUrl(replica.url());
    standby.setUsername(server.user());
    standby.setPassword(server.password());
    standby.setPoolName("onegrid-standby");
    standby.setMaximumPoolSize(primary.getMaximumPoolSize());
    standby.setConnectionTimeout(1000);
    standby.setValidationTimeout(500);
    standby.setInitializationFailTimeout(-1); // a standby that is down at start comes later
    Properties driver = new Properties();
    driver.putAll(primary.getDataSourceProperties()); // the same timeouts
    driver.setProperty("ApplicationName", "onegrid-standby");
    standby.setDataSourceProperties(driver);
    return ReadRouting.withStandby(primary, standby, replica.checkEvery(), replica.maxLag());
  }

  @Bean
  DatabaseSupervisor databaseSupervisor(
      DatabaseServer server, HikariDataSource pool, ApplicationEventPublisher events) {
    return new DatabaseSupervisor(server, pool, events);
  }

  /** First after the proxy filter, before Spring Security reads sessions and tokens. */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
      DatabaseSupervisor supervisor, Problems problems) {
    FilterRegistrationBean<DatabaseOutageFilter> registration =
        new FilterRegistrationBean<>(new DatabaseOutageFilter(supervisor, problems));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Right after the outage filter, so that what Spring Security reads and writes follows it. */
  @Bean
  FilterRegistrationBean<ReadYourWrites> readYourWrites(ReadRouting routing) {
    FilterRegistrationBean<ReadYourWrites> registration =
        new FilterRegistrationBean<>(new ReadYourWrites(routing));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setEnabled(routing.hasStandby());
    return registration;
  }
}
