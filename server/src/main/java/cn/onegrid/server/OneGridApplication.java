package cn.onegrid.server;

import cn.onegrid.server.backup.BackupCommand;
import cn.onegrid.server.transfer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OneGrid (一张网): the community grid governance map server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneGridApplication {

  /**
   * Starts the server, or runs a command instead: a backup ({@link BackupCommand}) or an import
   * ({@link ImportCommand}).
   */
  public static void main(String[] args) {
    if (BackupCommand.handles(args)) {
      BackupCommand.main(args);
      return;
    }
    if (ImportCommand.handles(args)) {
      ImportCommand.main(args);
      return;
    }
    SpringApplication.run(OneGridApplication.class, args);
  }
}
