package bg.kazanlak.inclusion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KazanlakInclusionApplication {

  public static void main(String[] args) {
    SpringApplication.run(KazanlakInclusionApplication.class, args);
  }
}
