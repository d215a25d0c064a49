package cn.onegrid.server;

import cn.onegrid.server.transfer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OneGrid (一张网): the community grid governance map server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneGridApplication {

  /** Starts the server, or runs the import command ({@link ImportCommand}) instead. */
  public static void main(String[] args) {
    if (ImportCommand.handles(args)) {
      ImportCommand.main(args);
      return;
    }
    SpringApplication.run(OneGridApplication.class, args);
  }
}
