package cn.onegrid.data.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded cluster's folder as another process sees it, for the backup command: whether it
 * holds a cluster, and the address and password of the server a running OneGrid started on it
 * (PostgreSQL writes its port into {@code postmaster.pid}), so a backup never has to stop it.
 *
 * @param home the cluster's folder, {@code <data dir>/postgres}
 */
public record ClusterFolder(Path home) {

  /** The cluster folder of OneGrid's data folder {@code dataDir}. */
  public static ClusterFolder of(Path dataDir) {
    return new ClusterFolder(dataDir.toAbsolutePath().resolve("postgres"));
  }

  /** Whether a cluster was ever made here. */
  public boolean hasCluster() {
    return Files.exists(home.resolve("data/PG_VERSION"));
  }

  /** The JDBC URL of {@code database} on the server running on this folder, if one runs. */
  public Optional<String> runningUrl(String database) {
    try {
      List<String> pid = Files.readAllLines(home.resolve("data/postmaster.pid"));
      boolean alive =
          ProcessHandle.of(Long.parseLong(pid.get(0).strip()))
              .map(ProcessHandle::isAlive)
              .orElse(false);
      int port = Integer.parseInt(pid.get(3).strip());
      return alive
          ? Optional.of("jdbc:postgresql://127.0.0.1:" + port + "/" + database)
          : Optional.empty();
    } catch (IOException | RuntimeException noServer) {
      return Optional.empty();
    }
  }

  /** The generated password of the cluster's user ({@link EmbeddedPostgis#USER}). */
  public String password() {
    try {
      return Files.readString(home.resolve("password")).strip();
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot read " + home.resolve("password"), e);
    }
  }
}
