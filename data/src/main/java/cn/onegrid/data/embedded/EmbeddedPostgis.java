package cn.onegrid.data.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project-private PostgreSQL cluster with PostGIS, in {@code <home>/postgres}, on loopback only.
 *
 * <p>{@link #start} makes the cluster on first use (into a temporary folder renamed into place, so
 * a failed first start leaves nothing half-made), then starts it; {@link #close} stops it. A lock
 * file keeps a second OneGrid from sharing the folder; a cluster left running by a killed OneGrid
 * is stopped and started again. Data lives on across starts: nothing here ever deletes it. {@link
 * #startStandby} makes the cluster a hot standby of another instead (see {@link BaseBackup}).
 */
public final class EmbeddedPostgis implements AutoCloseable {

  public static final String USER = "onegrid";

  /** The database OneGrid keeps its data in, in its embedded cluster. */
  public static final String DATABASE = "onegrid";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgis.class);

  private final Path home;
  private final PostgresBinaries binaries;
  private final List<String> prefix;
  private final FileLock lock;
  private final String password;
  private final int port;
  private final boolean durable;

  private EmbeddedPostgis(Path home, FileLock lock, int port, boolean durable, String password) {
    this.home = home;
    this.lock = lock;
    this.port = port;
    this.durable = durable;
    this.binaries = PostgresBinaries.find();
    this.prefix = PrivilegeDrop.prefix();
    this.password = readOrCreatePassword(password);
  }

  /**
   * Makes the cluster if needed and starts it.
   *
   * @param dataDir OneGrid's data folder; the cluster lives in its {@code postgres} subfolder
   * @param port the TCP port on 127.0.0.1, or 0 for any free one
   * @param durable false for throwaway test clusters: no fsync, much faster, lost on a crash
   */
  public static EmbeddedPostgis start(Path dataDir, int port, boolean durable) {
    return start(dataDir, port, durable, null);
  }

  /**
   * Makes the cluster, on first use, a hot standby of {@code primary} (a base backup that then
   * follows it by streaming replication: reads only) and starts it; as {@link #start} otherwise.
   * Its password is the primary's, as its accounts are.
   */
  public static EmbeddedPostgis startStandby(
      Path dataDir, EmbeddedPostgis primary, int port, boolean durable) {
    return start(dataDir, port, durable, primary);
  }

  private static EmbeddedPostgis start(
      Path dataDir, int port, boolean durable, EmbeddedPostgis primary) {
    Path home = dataDir.toAbsolutePath().resolve("postgres");
    FileLock lock = lock(home);
    try {
      EmbeddedPostgis cluster =
          new EmbeddedPostgis(
              home,
              lock,
              port == 0 ? freePort() : port,
              durable,
              primary == null ? null : primary.password);
      cluster.stopOrphan();
      if (port != 0) {
        requireFree(port); // before initdb, so a taken port leaves nothing made
      }
      cluster.initIfNeeded(primary);
      cluster.startServer();
      return cluster;
    } catch (RuntimeException e) {
      release(lock);
      throw e;
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  /** Creates {@code database} unless it exists; names are plain lower-case identifiers. */
  public void createDatabaseIfMissing(String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, password);
        var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      if (!exists.executeQuery().next()) {
        try (var create = connection.createStatement()) {
          create.execute("CREATE DATABASE " + database);
        }
      }
    } catch (SQLException e) {
      throw new EmbeddedPostgisException(
          "Cannot create database " + database + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether the server's postmaster process is alive (it may still be stalled); cheap enough to ask
   * every second: it reads {@code postmaster.pid} and asks the kernel, no tool is run.
   */
  public boolean serverAlive() {
    return serverPid() > 0;
  }

  /** The postmaster's process id, or -1 when no server runs. */
  public long serverPid() {
    Path pidFile = dataDir().resolve("postmaster.pid");
    try {
      String first = Files.readAllLines(pidFile).get(0).strip();
      long pid = Long.parseLong(first);
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? pid : -1;
    } catch (IOException | RuntimeException noServer) {
      return -1;
    }
  }

  /**
   * Starts the server again after it died: PostgreSQL replays its write-ahead log (crash recovery),
   * so every committed transaction is back. The dead server's backends are killed first (see {@link
   * #killLeftBackends}); any left may hold its shared memory for a moment, so a refused start is
   * tried again for up to 30 seconds.
   */
  public synchronized void restart() {
    if (serverAlive()) {
      return;
    }
    killLeftBackends();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        startServer();
        return;
      } catch (EmbeddedPostgisException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        log.warn("Embedded PostGIS did not start again yet; retrying: {}", e.getMessage());
        sleep(1000);
      }
    }
  }

  /**
   * Kills what is left of a dead server: its processes are the ones working in its data folder. A
   * backend busy when its postmaster was killed (waiting on a lock the dead held, say) never
   * notices, keeps the old shared memory, and keeps its client waiting for an answer until the
   * driver's socket timeout; killed, its client learns at once that the connection is gone.
   * PostgreSQL's documentation asks for this before a restart. Linux only: elsewhere there is no
   * {@code /proc} and nothing is found.
   */
  private void killLeftBackends() {
    Path data;
    try {
      data = dataDir().toRealPath();
    } catch (IOException gone) {
      return;
    }
    List<ProcessHandle> left =
        ProcessHandle.allProcesses().filter(process -> workingIn(process, data)).toList();
    if (left.isEmpty()) {
      return;
    }
    log.warn("Killing {} processes left by the dead PostGIS server in {}", left.size(), data);
    left.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : left) {
      try {
        process.onExit().get(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        log.warn("Process {} of the dead server did not exit yet: {}", process.pid(), e.toString());
      }
    }
  }

  private static boolean workingIn(ProcessHandle process, Path dir) {
    try {
      return Files.readSymbolicLink(Path.of("/proc", String.valueOf(process.pid()), "cwd"))
          .equals(dir);
    } catch (IOException | UnsupportedOperationException | SecurityException notOurs) {
      return false;
    }
  }

  /** Stops the server (fast shutdown: open sessions are ended, committed data is kept). */
  @Override
  public void close() {
    try {
      if (isRunning()) {
        Commands.require(prefix, pgCtl(), "stop", "-D", dataDir().toString(), "-m", "fast", "-w");
        log.info("Embedded PostGIS stopped ({})", home);
      }
    } finally {
      release(lock);
    }
  }

  private Path dataDir() {
    return home.resolve("data");
  }

  private String pgCtl() {
    return binaries.tool("pg_ctl").toString();
  }

  private void initIfNeeded(EmbeddedPostgis primary) {
    if (Files.exists(dataDir().resolve("PG_VERSION"))) {
      return;
    }
    Path staging = home.resolve("data.init");
    deleteRecursively(staging);
    if (primary != null) {
      BaseBackup.copy(prefix, binaries, primary.port, password, staging);
      move(staging, dataDir());
      log.info("Embedded PostGIS standby of port {} created in {}", primary.port, dataDir());
      return;
    }
    Path passwordFile = home.resolve("password");
    Commands.require(
        prefix,
        binaries.tool("initdb").toString(),
        "--pgdata=" + staging,
        "--username=" + USER,
        "--pwfile=" + passwordFile,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--no-locale");
    writeString(
        staging.resolve("postgresql.conf"),
        readString(staging.resolve("postgresql.conf")) + CONFIG);
    move(staging, dataDir());
    log.info(
        "Embedded PostGIS cluster created in {} (PostgreSQL {})",
        dataDir(),
        binaries.majorVersion());
  }

  private static final String CONFIG =
      """

      # OneGrid: loopback only, no Unix socket, so nothing else on the machine is touched.
      listen_addresses = '127.0.0.1'
      unix_socket_directories = ''
      timezone = 'Asia/Shanghai'
      """;

  private boolean isRunning() {
    return Files.exists(dataDir())
        && Commands.run(prefix, pgCtl(), "status", "-D", dataDir().toString()).exitCode() == 0;
  }

  private void stopOrphan() {
    if (isRunning()) {
      log.warn(
          "Embedded PostGIS in {} was left running by an earlier OneGrid; restarting it", home);
      Commands.require(prefix, pgCtl(), "stop", "-D", dataDir().toString(), "-m", "fast", "-w");
    }
  }

  private void startServer() {
    String options =
        "-p "
            + port
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    Path logFile = home.resolve("server.log");
    Commands.Result result =
        Commands.run(
            prefix,
            pgCtl(),
            "start",
            "-D",
            dataDir().toString(),
            "-l",
            logFile.toString(),
            "-w",
            "-t",
            "60",
            "-o",
            options);
    if (result.exitCode() != 0) {
      throw new EmbeddedPostgisException(
          "The embedded PostGIS did not start: "
              + result.output()
              + "\nEnd of "
              + logFile
              + ":\n"
              + tail(logFile));
    }
    log.info("Embedded PostGIS started on 127.0.0.1:{} ({})", port, home);
  }

  /** The cluster's password, from its file, else {@code given}, else a new random one. */
  private String readOrCreatePassword(String given) {
    Path file = home.resolve("password");
    if (Files.exists(file)) {
      return readString(file).strip();
    }
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String generated = given != null ? given : HexFormat.of().formatHex(secret);
    Path staging = home.resolve("password.new");
    try {
      Files.deleteIfExists(staging);
      Files.createFile(
          staging,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(staging, generated + "\n");
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot write " + staging + ": " + e.getMessage(), e);
    }
    move(staging, file);
    return generated;
  }

  private static FileLock lock(Path home) {
    try {
      Files.createDirectories(home);
      FileChannel channel =
          FileChannel.open(
              home.resolve("onegrid.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new EmbeddedPostgisException(
            "Another OneGrid is using "
                + home
                + ": stop it, or give this one its own ONEGRID_DATA_DIR.");
      }
      return lock;
    } catch (java.nio.file.AccessDeniedException e) {
      throw new EmbeddedPostgisException(
          "Cannot write the data folder "
              + home
              + ": permission denied. Give this user write access to it, or set"
              + " ONEGRID_DATA_DIR to a folder it may write.",
          e);
    } catch (IOException e) {
      throw new EmbeddedPostgisException(
          "Cannot use the data folder " + home + ": " + e.getMessage(), e);
    }
  }

  /** Null when another process, or this one, holds the lock. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static void release(FileLock lock) {
    try {
      lock.channel().close();
    } catch (IOException e) {
      log.warn("Cannot release {}", lock, e);
    }
  }

  private static void requireFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
    } catch (IOException e) {
      throw new EmbeddedPostgisException(
          "Port "
              + port
              + " on 127.0.0.1 is in use: stop what holds it, or set ONEGRID_DB_EMBEDDEDPORT to"
              + " another port (0 takes any free one).",
          e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedPostgisException("Interrupted while restarting", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new EmbeddedPostgisException("No free TCP port: " + e.getMessage(), e);
    }
  }

  private static String tail(Path file) {
    if (!Files.exists(file)) {
      return "(no log)";
    }
    List<String> lines = List.of(readString(file).split("\n"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new EmbeddedPostgisException(
          "Cannot move " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
