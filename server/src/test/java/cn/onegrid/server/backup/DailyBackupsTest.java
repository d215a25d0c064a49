package cn.onegrid.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** Daily backups' names, what retention removes, and when they run. */
class DailyBackupsTest {

  @Test
  void namesSortAsTheTimesTheyWereMadeAt() {
    String earlier = BackupFolder.name(LocalDateTime.of(2026, 9, 30, 23, 59, 59));
    String later = BackupFolder.name(LocalDateTime.of(2026, 10, 1, 3, 0, 0));
    assertThat(earlier).isEqualTo("onegrid-20260930-235959.dump");
    assertThat(earlier).isLessThan(later);
    assertThat(BackupFolder.isDailyBackup(Path.of(later))).isTrue();
  }

  @Test
  void retentionRemovesTheOldestBeyondTheCountAndNothingElse() {
    List<Path> files =
        List.of(
            Path.of("/b/onegrid-20261003-030000.dump"),
            Path.of("/b/onegrid-20261001-030000.dump"),
            Path.of("/b/notes.txt"),
            Path.of("/b/onegrid-20261002-030000.dump"),
            Path.of("/b/onegrid-20261004-030000.dump.partial"));
    assertThat(BackupFolder.beyond(files, 2))
        .containsExactly(Path.of("/b/onegrid-20261001-030000.dump"));
    assertThat(BackupFolder.beyond(files, 1))
        .containsExactly(
            Path.of("/b/onegrid-20261001-030000.dump"), Path.of("/b/onegrid-20261002-030000.dump"));
    assertThat(BackupFolder.beyond(files, 3)).isEmpty();
  }

  @Test
  void theBackupRunsEveryDayAtTheTimeSet() {
    CronExpression cron = CronExpression.parse(DailyBackups.cron(LocalTime.of(3, 30)));
    ZonedDateTime now = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    assertThat(cron.next(now)).isEqualTo(now.plusDays(1).withHour(3).withMinute(30));
    assertThat(cron.next(cron.next(now))).isEqualTo(now.plusDays(2).withHour(3).withMinute(30));
  }
}
