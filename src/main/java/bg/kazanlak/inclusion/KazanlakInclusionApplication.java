package bg.kazanlak.inclusion;

import bg.kazanlak.inclusion.replay.ReplayCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KazanlakInclusionApplication {

  public static void main(String[] args) {
    // the first argument, or the first after the Spring Boot Maven plugin's --spring.* ones
    if (java.util.Arrays.stream(args)
        .filter(arg -> !arg.startsWith("--spring."))
        .findFirst()
        .filter("replay"::equals)
        .isPresent()) {
      // the replay and benchmark (docs/replay.md): a fresh database, an exit code
      System.exit(ReplayCommand.run(args, KazanlakInclusionApplication.class));
    }
    SpringApplication.run(KazanlakInclusionApplication.class, args);
  }
}
