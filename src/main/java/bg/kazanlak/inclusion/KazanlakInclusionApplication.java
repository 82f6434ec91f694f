package bg.kazanlak.inclusion;

import bg.kazanlak.inclusion.replay.ReplayCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KazanlakInclusionApplication {

  public static void main(String[] args) {
    if (args.length > 0 && "replay".equals(args[0])) {
      // the replay and benchmark (docs/replay.md): a fresh database, no web server, an exit code
      System.exit(ReplayCommand.run(args, KazanlakInclusionApplication.class));
    }
    SpringApplication.run(KazanlakInclusionApplication.class, args);
  }
}
