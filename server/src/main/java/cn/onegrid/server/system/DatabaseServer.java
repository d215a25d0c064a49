package cn.onegrid.server.system;

import cn.onegrid.data.embedded.EmbeddedPostgis;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the database is: an existing PostGIS named by {@code ONEGRID_DB_URL}, or the embedded
 * cluster, which lives exactly as long as this object (closing it stops the cluster). What would
 * make the start fail later is checked first, each a {@link StartFailure} saying what to do: the
 * HTTP port taken (before any cluster is made), the external database out of reach.
 */
record DatabaseServer(String url, String user, String password, EmbeddedPostgis embedded)
    implements AutoCloseable {

  /**
   * @param httpPort the port the server will listen on; 0 for any
   */
  static DatabaseServer of(OneGridProperties properties, int httpPort) {
    requireFree(httpPort);
    OneGridProperties.Db db = properties.db();
    if (db.isExternal()) {
      requireReachable(db);
      return new DatabaseServer(db.url(), db.user(), db.password(), null);
    }
    EmbeddedPostgis cluster =
        EmbeddedPostgis.start(properties.data().dir(), db.embeddedPort(), true);
    try {
      cluster.createDatabaseIfMissing(EmbeddedPostgis.DATABASE);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return new DatabaseServer(
        cluster.jdbcUrl(EmbeddedPostgis.DATABASE),
        EmbeddedPostgis.USER,
        cluster.password(),
        cluster);
  }

  private static void requireFree(int httpPort) {
    if (httpPort <= 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(httpPort));
    } catch (IOException e) {
      throw new StartFailure(
          "The HTTP port "
              + httpPort
              + " is in use: stop what holds it, or set SERVER_PORT to another port.",
          e);
    }
  }

  private static void requireReachable(OneGridProperties.Db db) {
    Properties login = new Properties();
    if (db.user() != null) {
      login.setProperty("user", db.user());
    }
    if (db.password() != null) {
      login.setProperty("password", db.password());
    }
    login.setProperty("connectTimeout", "10");
    login.setProperty("loginTimeout", "10");
    try (var connection = DriverManager.getConnection(db.url(), login)) {
      connection.isValid(10);
    } catch (SQLException e) {
      throw new StartFailure(
          "Cannot reach the database at "
              + db.url()
              + " ("
              + e.getMessage().replace('\n', ' ')
              + "): check ONEGRID_DB_URL, ONEGRID_DB_USER and ONEGRID_DB_PASSWORD, and that"
              + " PostgreSQL runs there.",
          e);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }

  @Override
  public String toString() {
    return (embedded == null ? "external PostGIS " : "embedded PostGIS ") + url;
  }
}
