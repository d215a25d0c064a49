package cn.onegrid.server.system;

import cn.onegrid.data.embedded.EmbeddedPostgis;

/**
 * Where the database is: an existing PostGIS named by {@code ONEGRID_DB_URL}, or the embedded
 * cluster, which lives exactly as long as this object (closing it stops the cluster).
 */
record DatabaseServer(String url, String user, String password, EmbeddedPostgis embedded)
    implements AutoCloseable {

  static final String EMBEDDED_DATABASE = "onegrid";

  static DatabaseServer of(OneGridProperties properties) {
    OneGridProperties.Db db = properties.db();
    if (db.isExternal()) {
      return new DatabaseServer(db.url(), db.user(), db.password(), null);
    }
    EmbeddedPostgis cluster =
        EmbeddedPostgis.start(properties.data().dir(), db.embeddedPort(), true);
    try {
      cluster.createDatabaseIfMissing(EMBEDDED_DATABASE);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return new DatabaseServer(
        cluster.jdbcUrl(EMBEDDED_DATABASE), EmbeddedPostgis.USER, cluster.password(), cluster);
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
