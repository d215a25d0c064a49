package cn.onegrid.server.system;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code dataset} entry of {@code /actuator/health} (for administrators): the data version (the
 * schema's migration and the data revision, which moves on every write) and how much there is.
 */
@Component("dataset")
class DatasetHealthIndicator extends AbstractHealthIndicator {

  private final JdbcClient jdbc;

  DatasetHealthIndicator(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    jdbc.sql(
            """
            SELECT (SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                     ORDER BY installed_rank DESC LIMIT 1) AS schema_version, -- text: max() put 8 after 10
                   r.revision, r.changed_at,
                   (SELECT count(*) FROM committee) AS committees,
                   (SELECT count(*) FROM grid) AS grids,
                   (SELECT count(*) FROM duty_post) AS duty_posts
              FROM data_revision r
            """)
        .query(
            (row, n) ->
                builder
                    .up()
                    .withDetail("schemaVersion", row.getString("schema_version"))
                    .withDetail("revision", row.getLong("revision"))
                    .withDetail(
                        "changedAt",
                        row.getObject("changed_at", java.time.OffsetDateTime.class).toString())
                    .withDetail("committees", row.getLong("committees"))
                    .withDetail("grids", row.getLong("grids"))
                    .withDetail("dutyPosts", row.getLong("duty_posts")))
        .single();
  }
}
