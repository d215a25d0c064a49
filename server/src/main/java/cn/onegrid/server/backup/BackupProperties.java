package cn.onegrid.server.backup;

import java.nio.file.Path;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Daily backups ({@code onegrid.backup.*}).
 *
 * @param daily whether the server writes a backup every day
 * @param time when, in the server's time zone
 * @param folder where; blank is {@code backups} in the data folder
 * @param keep how many daily backups are kept: older ones are removed
 */
@ConfigurationProperties("onegrid.backup")
public record BackupProperties(
    @DefaultValue("false") boolean daily,
    @DefaultValue("03:00") LocalTime time,
    Path folder,
    @DefaultValue("7") int keep) {

  public BackupProperties {
    if (keep < 1) {
      throw new IllegalArgumentException("onegrid.backup.keep must be 1 or more, not " + keep);
    }
  }
}
