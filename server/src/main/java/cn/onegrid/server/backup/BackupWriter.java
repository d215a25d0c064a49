package cn.onegrid.server.backup;

import cn.onegrid.data.embedded.DatabaseDump;
import cn.onegrid.data.embedded.EmbeddedPostgisException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one backup file. The dump goes to a {@code .partial} file beside it, renamed over it only
 * when complete, so a failed backup never leaves a file that looks like a backup.
 */
final class BackupWriter {

  private BackupWriter() {}

  static void write(DatabaseLogin database, Path file) {
    Path target = file.toAbsolutePath();
    requireWritable(target);
    database.requireReachable();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      DatabaseDump.backup(database.url(), database.user(), database.password(), partial);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (EmbeddedPostgisException e) {
      throw new BackupFailure(
          BackupFailure.FAILED, "备份失败 / The backup failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw cannotWrite(target, e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // nothing more to do: the message above says what failed
      }
    }
  }

  /** Fails unless {@code file} (absolute) could be written: its folder exists and is writable. */
  static void requireWritable(Path file) {
    Path folder = file.getParent();
    if (!Files.isDirectory(folder)) {
      throw cannotWrite(file, "the folder " + folder + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw cannotWrite(file, "it is a folder");
    }
    if (!Files.isWritable(folder)) {
      throw cannotWrite(file, "permission denied");
    }
  }

  private static BackupFailure cannotWrite(Path file, String why) {
    return new BackupFailure(
        BackupFailure.CANNOT_CREATE,
        "无法写入备份文件 " + file + " / Cannot write the backup file " + file + ": " + why);
  }
}
