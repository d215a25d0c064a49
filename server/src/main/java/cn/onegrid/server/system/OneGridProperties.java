package cn.onegrid.server.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OneGrid's settings ({@code onegrid.*}); each is also an environment variable as Spring Boot binds
 * them: {@code onegrid.data.dir} is {@code ONEGRID_DATA_DIR}, {@code onegrid.db.url} is {@code
 * ONEGRID_DB_URL}. {@code application-example.yml} explains every key.
 */
@ConfigurationProperties("onegrid")
public record OneGridProperties(@DefaultValue Data data, @DefaultValue Db db) {

  /**
   * @param dir where the embedded cluster and other local state live
   * @param sample the dataset loaded into an empty database on first start
   */
  public record Data(
      @DefaultValue(".onegrid") Path dir, @DefaultValue("jiangqiao") Sample sample) {}

  /**
   * @param url JDBC URL of an existing PostGIS; blank starts the embedded one
   * @param user user for {@code url}
   * @param password password for {@code url}
   * @param embeddedPort the embedded cluster's port on 127.0.0.1; 0 takes any free port
   * @param statementTimeout longest any one SQL statement may run; the driver gives up on a
   *     database that does not answer at all a few seconds after it
   * @param connectionTimeout longest a request waits for a connection before it is answered 503
   * @param replica a hot standby of the database that serves the map's reads
   */
  public record Db(
      String url,
      String user,
      String password,
      @DefaultValue("0") int embeddedPort,
      @DefaultValue("60s") Duration statementTimeout,
      @DefaultValue("3s") Duration connectionTimeout,
      @DefaultValue Replica replica) {

    boolean isExternal() {
      return url != null && !url.isBlank();
    }
  }

  /**
   * @param url JDBC URL of a hot standby of the database (streaming replication), logged into as
   *     the database is; blank: every read goes to the database
   * @param checkEvery how often the standby is asked how far it has replayed
   * @param maxLag a standby that has not replayed where the primary was this long ago serves no
   *     reads until it has
   */
  public record Replica(
      String url, @DefaultValue("1s") Duration checkEvery, @DefaultValue("30s") Duration maxLag) {

    boolean isSet() {
      return url != null && !url.isBlank();
    }
  }

  /** The sample datasets; {@code none} leaves an empty database empty. */
  public enum Sample {
    JIANGQIAO,
    CITY,
    NONE
  }
}
