package cn.onegrid.server.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * The daily backups' folder: each file is named by when it was made, so names sort as times do, and
 * only OneGrid's own files ({@code onegrid-….dump}) are ever counted or removed.
 */
final class BackupFolder {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private BackupFolder() {}

  /** The name of a backup made at {@code time}. */
  static String name(LocalDateTime time) {
    return "onegrid-" + STAMP.format(time) + ".dump";
  }

  static boolean isDailyBackup(Path file) {
    return file.getFileName().toString().matches("onegrid-\\d{8}-\\d{6}\\.dump");
  }

  /** Of {@code files}, the daily backups older than the newest {@code keep}, oldest first. */
  static List<Path> beyond(List<Path> files, int keep) {
    List<Path> backups =
        files.stream()
            .filter(BackupFolder::isDailyBackup)
            .sorted(Comparator.comparing(file -> file.getFileName().toString()))
            .toList();
    return backups.subList(0, Math.max(0, backups.size() - keep));
  }
}
