package cn.onegrid.data.embedded;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Backups in PostgreSQL's own custom dump format ({@code pg_dump -Fc}), made and restored with the
 * machine's PostgreSQL client tools, for the embedded cluster or an external database alike. The
 * password goes to the tools in their environment, never on a command line.
 */
public final class DatabaseDump {

  private DatabaseDump() {}

  /** Dumps the database at {@code jdbcUrl} into {@code file}. */
  public static void backup(String jdbcUrl, String user, String password, Path file) {
    List<String> command = new ArrayList<>(tool("pg_dump"));
    command.addAll(List.of("--format=custom", "--no-owner", "--file=" + file.toAbsolutePath()));
    command.addAll(connection(jdbcUrl, user));
    run(command, password);
  }

  /**
   * Restores {@code file} into the database at {@code jdbcUrl}, which must be empty (a new
   * cluster's, {@link EmbeddedPostgis#createDatabaseIfMissing}). Owners and grants are left out:
   * the roles of the database it came from need not exist here.
   */
  public static void restore(Path file, String jdbcUrl, String user, String password) {
    List<String> command = new ArrayList<>(tool("pg_restore"));
    command.addAll(
        List.of("--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"));
    command.addAll(connection(jdbcUrl, user));
    command.add(file.toAbsolutePath().toString());
    run(command, password);
  }

  private static List<String> tool(String name) {
    return List.of(PostgresBinaries.find().tool(name).toString());
  }

  /** {@code jdbc:postgresql://host:port/database} as the tools' options. */
  private static List<String> connection(String jdbcUrl, String user) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    String database = uri.getPath().substring(1);
    List<String> options = new ArrayList<>();
    options.add("--host=" + uri.getHost());
    if (uri.getPort() > 0) {
      options.add("--port=" + uri.getPort());
    }
    options.add("--dbname=" + database);
    if (user != null) {
      options.add("--username=" + user);
    }
    options.add("--no-password");
    return options;
  }

  private static void run(List<String> command, String password) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (password != null) {
      builder.environment().put("PGPASSWORD", password);
    }
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new EmbeddedPostgisException(command.get(0) + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new EmbeddedPostgisException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedPostgisException("Interrupted: " + command.get(0), e);
    }
  }
}
