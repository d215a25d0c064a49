package cn.onegrid.server.backup;

import cn.onegrid.data.embedded.DatabaseDump;
import cn.onegrid.data.embedded.EmbeddedPostgis;
import cn.onegrid.data.embedded.EmbeddedPostgisException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Restores a backup into a new data folder: a new embedded cluster is made there and the dump
 * loaded into its database, which OneGrid then starts on. A folder that holds anything is refused,
 * so a restore never mixes with or overwrites data; a restore that fails removes what it made.
 */
final class BackupRestorer {

  /** Every custom-format dump starts with these bytes. */
  private static final byte[] MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);

  private BackupRestorer() {}

  /**
   * @param database the database name OneGrid uses in an embedded cluster
   */
  static void restore(Path file, Path dataDir, String database) {
    requireBackup(file);
    requireEmpty(dataDir);
    try (EmbeddedPostgis cluster = EmbeddedPostgis.start(dataDir, 0, true)) {
      cluster.createDatabaseIfMissing(database);
      DatabaseDump.restore(
          file, cluster.jdbcUrl(database), EmbeddedPostgis.USER, cluster.password());
    } catch (EmbeddedPostgisException e) {
      deleteContents(dataDir);
      throw new BackupFailure(
          BackupFailure.FAILED, "恢复失败 / The restore failed: " + e.getMessage(), e);
    }
  }

  private static void requireBackup(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
        throw new BackupFailure(
            BackupFailure.NO_INPUT,
            file
                + " 不是 OneGrid 的备份（PostgreSQL 自定义格式）/ "
                + file
                + " is not a backup in PostgreSQL's custom format");
      }
    } catch (IOException e) {
      throw new BackupFailure(
          BackupFailure.NO_INPUT,
          "无法读取备份文件 "
              + file
              + " / Cannot read the backup file "
              + file
              + ": "
              + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
    }
  }

  private static void requireEmpty(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(dataDir)) {
      if (entries.findAny().isPresent()) {
        throw notEmpty(dataDir);
      }
    } catch (IOException e) {
      throw notEmpty(dataDir);
    }
  }

  private static BackupFailure notEmpty(Path dataDir) {
    return new BackupFailure(
        BackupFailure.CANNOT_CREATE,
        "恢复只写入新的空文件夹，"
            + dataDir
            + " 不是空的 / A restore goes into a new, empty folder and "
            + dataDir
            + " is not empty: name another with --data-dir");
  }

  private static void deleteContents(Path dataDir) {
    try (Stream<Path> paths = Files.walk(dataDir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(dataDir)) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      // best effort: the failure's own message is what the person needs
    }
  }
}
