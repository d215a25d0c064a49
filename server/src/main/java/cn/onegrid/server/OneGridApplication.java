package cn.onegrid.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OneGrid (一张网): the community grid governance map server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneGridApplication {

  public static void main(String[] args) {
    SpringApplication.run(OneGridApplication.class, args);
  }
}
