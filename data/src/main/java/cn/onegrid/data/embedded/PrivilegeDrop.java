package cn.onegrid.data.embedded;

import com.sun.security.auth.module.UnixSystem;
import java.util.List;

/**
 * PostgreSQL refuses to run as root, and CI runs as root. Rather than hand the cluster to another
 * account (which may not exist, or may not reach the data folder), a root process runs the server
 * tools in a user namespace where it is an ordinary user (uid 1) that owns the same files it owns
 * outside.
 */
final class PrivilegeDrop {

  private PrivilegeDrop() {}

  /** The command prefix the server tools need: none for an ordinary user. */
  static List<String> prefix() {
    if (new UnixSystem().getUid() != 0) {
      return List.of();
    }
    Commands.Result probe =
        Commands.run(null, "unshare", "--user", "--map-user=1", "--map-group=1", "true");
    if (probe.exitCode() != 0) {
      throw new EmbeddedPostgisException(
          "Running as root, the embedded PostGIS needs user namespaces (`unshare --user`, from"
              + " util-linux) to drop root, and they failed: "
              + probe.output()
              + ". Run OneGrid as an ordinary user, or set ONEGRID_DB_URL to an existing PostGIS.");
    }
    return List.of("unshare", "--user", "--map-user=1", "--map-group=1", "--");
  }
}
