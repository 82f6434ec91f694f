package bg.kazanlak.inclusion;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole applications started by a test on a database of its own (a race on PostgreSQL, a refused
 * start-up, a second node). They run without the webapps (whose filters keep a JVM-wide context)
 * and under an engine name of their own: Camunda's engine registry is JVM-wide, and closing an
 * engine named "default" would take that name from the test contexts Spring keeps running.
 */
public final class TestApplications {

  private TestApplications() {}

  /** On an H2 database (user {@code sa}). */
  public static ConfigurableApplicationContext start(String url, String... arguments) {
    return launch(url, "sa", "", arguments);
  }

  public static ConfigurableApplicationContext start(
      EmbeddedPostgres postgres, String... arguments) {
    return launch(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", arguments);
  }

  private static ConfigurableApplicationContext launch(
      String url, String user, String password, String... arguments) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=test-" + UUID.randomUUID(),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password));
    all.addAll(List.of(arguments));
    return new SpringApplicationBuilder(KazanlakInclusionApplication.class)
        .profiles("test")
        .run(all.toArray(String[]::new));
  }
}
