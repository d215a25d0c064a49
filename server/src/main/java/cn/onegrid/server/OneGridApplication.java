package cn.onegrid.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OneGrid (一张网): the community grid governance map server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneGridApplication {

  /** The server; or {@code import <file> [options]}, the import for scripts (ImportCommand). */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("import")) {
      System.exit(
          cn.onegrid.server.transfer.ImportCommand.main(
              java.util.List.of(args).subList(1, args.length)));
    }
    SpringApplication.run(OneGridApplication.class, args);
  }
}
