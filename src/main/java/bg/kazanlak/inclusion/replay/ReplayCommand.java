package bg.kazanlak.inclusion.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code java -jar kazanlak-inclusion.jar replay --scale=1 --seed=5213 [--until=YYYY-MM-DD]}:
 * starts the application in the {@code replay} profile on a fresh H2 file database in a temporary
 * folder (a web server on a random loopback port: the REST starter needs one), replays the
 * programme, prints and writes the report and exits 0 when every invariant held, 1 when one was
 * broken, 2 on a bad option.
 */
public final class ReplayCommand {

  /** The configuration keys whose values {@code --scale} multiplies. */
  private static final Pattern SCALED_COUNT =
      Pattern.compile("inclusion\\.programme\\.employers\\[\\d+]\\.places");

  private static final Pattern SCALED_MONEY =
      Pattern.compile(
          "inclusion\\.programme\\.contracted|inclusion\\.programme\\.funding\\[\\d+]\\.contracted"
              + "|inclusion\\.programme\\.funding\\[\\d+]\\.lines\\[\\d+]\\.amount");

  private ReplayCommand() {}

  /** Runs the command; returns the process exit code. */
  public static int run(String[] args, Class<?> application) {
    ReplayOptions options;
    try {
      options = ReplayOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    Path folder;
    try {
      folder = Files.createTempDirectory("kazanlak-replay-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url =
        "jdbc:h2:file:"
            + folder.resolve("replay").toAbsolutePath()
            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256";
    try {
      ReplayReport report = launch(options, url, application);
      ReplayReports.print(report, options.reportPath(), System.out);
      return report.ok() ? 0 : 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(folder);
    }
  }

  /** Starts the application on {@code jdbcUrl}, replays and closes it (tests call this). */
  public static ReplayReport launch(ReplayOptions options, String jdbcUrl, Class<?> application) {
    SpringApplication app = new SpringApplication(application);
    // the REST and webapp starters need a servlet context: a random port on loopback, unused
    app.setWebApplicationType(WebApplicationType.SERVLET);
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.profiles.active=replay");
    arguments.add("--spring.datasource.url=" + jdbcUrl);
    arguments.add("--server.port=0");
    arguments.add("--server.address=127.0.0.1");
    scaledConfiguration(options.scale())
        .forEach((key, value) -> arguments.add("--" + key + "=" + value));
    try (ConfigurableApplicationContext context = app.run(arguments.toArray(String[]::new))) {
      return context.getBean(Replay.class).run(options);
    }
  }

  /**
   * The shipped configuration's employers (their places times {@code scale}) and funding (its
   * amounts times {@code scale}), whole: Spring Boot replaces a list as a whole when a higher
   * source sets any of its elements.
   */
  static Map<String, String> scaledConfiguration(int scale) {
    Map<String, String> scaled = new LinkedHashMap<>();
    if (scale == 1) {
      return scaled;
    }
    try {
      for (PropertySource<?> source :
          new YamlPropertySourceLoader()
              .load("replay", new ClassPathResource("application.yaml"))) {
        if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
          continue;
        }
        for (String key : enumerable.getPropertyNames()) {
          boolean list =
              key.startsWith("inclusion.programme.employers[")
                  || key.startsWith("inclusion.programme.funding[");
          if (!list && !SCALED_MONEY.matcher(key).matches()) {
            continue;
          }
          String value = String.valueOf(enumerable.getProperty(key));
          if (SCALED_COUNT.matcher(key).matches()) {
            value = String.valueOf(Integer.parseInt(value) * scale);
          } else if (SCALED_MONEY.matcher(key).matches()) {
            value = new BigDecimal(value).multiply(BigDecimal.valueOf(scale)).toPlainString();
          }
          scaled.put(key, value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scaled;
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
