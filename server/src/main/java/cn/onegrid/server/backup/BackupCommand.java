package cn.onegrid.server.backup;

import cn.onegrid.data.embedded.ClusterFolder;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.data.embedded.EmbeddedPostgisException;
import cn.onegrid.server.system.OneGridProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's backup commands, run instead of the server:
 *
 * <pre>
 * java -jar onegrid.jar backup FILE             # the database OneGrid uses, into FILE
 * java -jar onegrid.jar restore FILE --data-dir NEW_FOLDER
 * </pre>
 *
 * They read the server's own settings ({@code application.yml}, {@code ONEGRID_*} variables, {@code
 * --key=value} options), so a backup dumps the database the server uses: {@code ONEGRID_DB_URL}'s,
 * or the embedded cluster in {@code ONEGRID_DATA_DIR}, on the server a running OneGrid started
 * (nothing is stopped) or, with OneGrid stopped, started for the backup alone. Each prints one line
 * and exits 0, or with a {@link BackupFailure} code.
 */
public final class BackupCommand {

  static final String USAGE =
      "用法 / Usage: java -jar onegrid.jar backup FILE | restore FILE --data-dir NEW_FOLDER";

  /** What a command did: its exit code and its one line. */
  record Outcome(int exitCode, String line) {}

  private BackupCommand() {}

  /** Whether these program arguments name a backup command rather than starting the server. */
  public static boolean handles(String[] args) {
    return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
  }

  /** Runs the command, prints its line (failures to standard error) and exits with its code. */
  public static void main(String[] args) {
    Outcome outcome = run(args);
    (outcome.exitCode() == 0 ? System.out : System.err).println(outcome.line());
    System.exit(outcome.exitCode());
  }

  static Outcome run(String... args) {
    try {
      Arguments arguments = Arguments.parse(args);
      OneGridProperties settings = settings(arguments.springOptions());
      Path dataDir = settings.data().dir().toAbsolutePath();
      if (arguments.verb().equals("backup")) {
        backup(settings, arguments.file());
        return new Outcome(
            0,
            "备份已写入 "
                + arguments.file()
                + " / Backup written to "
                + arguments.file()
                + " ("
                + Files.size(arguments.file()) / 1024
                + " KB)");
      }
      BackupRestorer.restore(arguments.file(), dataDir, EmbeddedPostgis.DATABASE);
      return new Outcome(
          0,
          "已恢复到 "
              + dataDir
              + "，以 ONEGRID_DATA_DIR="
              + dataDir
              + " 启动 OneGrid / Restored into "
              + dataDir
              + ": start OneGrid with ONEGRID_DATA_DIR="
              + dataDir);
    } catch (BackupFailure e) {
      return new Outcome(e.exitCode, e.getMessage());
    } catch (Exception e) {
      return new Outcome(BackupFailure.FAILED, "失败 / Failed: " + e);
    }
  }

  private static void backup(OneGridProperties settings, Path file) {
    BackupWriter.requireWritable(file.toAbsolutePath());
    OneGridProperties.Db db = settings.db();
    if (db.url() != null && !db.url().isBlank()) {
      BackupWriter.write(new DatabaseLogin(db.url(), db.user(), db.password()), file);
      return;
    }
    Path dataDir = settings.data().dir();
    ClusterFolder folder = ClusterFolder.of(dataDir);
    if (!folder.hasCluster()) {
      throw new BackupFailure(
          BackupFailure.UNAVAILABLE,
          "数据文件夹 "
              + dataDir.toAbsolutePath()
              + " 里没有数据库 / No database in the data folder "
              + dataDir.toAbsolutePath()
              + ": set ONEGRID_DATA_DIR to OneGrid's, or ONEGRID_DB_URL");
    }
    Optional<String> running = folder.runningUrl(EmbeddedPostgis.DATABASE);
    if (running.isPresent()) {
      BackupWriter.write(
          new DatabaseLogin(running.get(), EmbeddedPostgis.USER, folder.password()), file);
      return;
    }
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, true)) {
      BackupWriter.write(
          new DatabaseLogin(
              cluster.jdbcUrl(EmbeddedPostgis.DATABASE), EmbeddedPostgis.USER, cluster.password()),
          file);
    } catch (EmbeddedPostgisException e) {
      throw new BackupFailure(
          BackupFailure.UNAVAILABLE,
          "无法启动数据文件夹里的数据库 / Cannot start the database in "
              + dataDir.toAbsolutePath()
              + ": "
              + e.getMessage());
    }
  }

  /** The server's settings, bound as the server binds them, without starting anything else. */
  private static OneGridProperties settings(List<String> springOptions) {
    List<String> options = new ArrayList<>(springOptions);
    options.add("--logging.level.root=warn");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Settings.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(options.toArray(String[]::new))) {
      return context.getBean(OneGridProperties.class);
    }
  }

  /** Only the settings; not a {@code @Configuration}, so the server's scan never finds it. */
  @EnableConfigurationProperties(OneGridProperties.class)
  static class Settings {}

  /** The verb, the file, and the options for Spring ({@code --data-dir} among them). */
  record Arguments(String verb, Path file, List<String> springOptions) {

    static Arguments parse(String... args) {
      if (args.length < 2) {
        throw new BackupFailure(BackupFailure.USAGE, USAGE);
      }
      Path file = null;
      List<String> options = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--data-dir") && i + 1 < args.length) {
          options.add("--onegrid.data.dir=" + args[++i]);
        } else if (arg.startsWith("--data-dir=")) {
          options.add("--onegrid.data.dir=" + arg.substring("--data-dir=".length()));
        } else if (arg.startsWith("--") && arg.contains("=")) {
          options.add(arg);
        } else if (file == null && !arg.startsWith("--")) {
          file = Path.of(arg);
        } else {
          throw new BackupFailure(BackupFailure.USAGE, USAGE + " (" + arg + "?)");
        }
      }
      if (file == null) {
        throw new BackupFailure(BackupFailure.USAGE, USAGE);
      }
      return new Arguments(args[0], file, options);
    }
  }
}
