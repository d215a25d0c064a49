package cn.onegrid.server.backup;

import cn.onegrid.server.system.OneGridProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Writes a backup of the server's database every day at {@code onegrid.backup.time} into {@code
 * onegrid.backup.folder}, then removes the oldest beyond {@code onegrid.backup.keep}. A failed
 * backup is one log line and removes nothing. Several instances on one database: turn it on for
 * one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "onegrid.backup.daily", havingValue = "true")
class DailyBackups implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DailyBackups.class);

  private final DatabaseLogin database;
  private final Path folder;
  private final int keep;
  private final Clock clock = Clock.systemDefaultZone();
  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

  DailyBackups(BackupProperties backups, OneGridProperties settings, HikariDataSource pool) {
    this.database = new DatabaseLogin(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    this.folder =
        (backups.folder() != null ? backups.folder() : settings.data().dir().resolve("backups"))
            .toAbsolutePath();
    this.keep = backups.keep();
    scheduler.setThreadNamePrefix("daily-backup-");
    scheduler.initialize();
    scheduler.schedule(this::backUpQuietly, new CronTrigger(cron(backups.time()), clock.getZone()));
    log.info("Daily backups at {} into {}, the newest {} kept", backups.time(), folder, keep);
  }

  /** Spring's cron for every day at {@code time} (to the minute). */
  static String cron(LocalTime time) {
    return "0 " + time.getMinute() + " " + time.getHour() + " * * *";
  }

  /** Writes a backup now and removes the oldest beyond the count kept; returns the new file. */
  Path backUp() throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(BackupFolder.name(LocalDateTime.now(clock)));
    BackupWriter.write(database, file);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path old : BackupFolder.beyond(files.toList(), keep)) {
        Files.delete(old);
      }
    }
    return file;
  }

  private void backUpQuietly() {
    try {
      log.info("Daily backup written: {}", backUp());
    } catch (BackupFailure | IOException e) {
      log.warn("Daily backup failed: {}", e.getMessage());
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdown();
  }
}
