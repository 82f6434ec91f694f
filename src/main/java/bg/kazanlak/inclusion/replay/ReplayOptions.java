package bg.kazanlak.inclusion.replay;

import java.time.LocalDate;

/**
 * The replay command's options: {@code replay --scale=N --seed=S [--until=YYYY-MM-DD]
 * [--report=path] [--quiet] [--baseline]}. The replay runs on a fresh H2 file database (PostgreSQL:
 * not yet).
 *
 * @param until the last simulated day; null = the programme end and six months of follow-ups
 * @param report the JSON report's path; null = {@code target/replay/report-<seed>-x<scale>.json}
 * @param progress whether the one-line progress bar is printed
 * @param baseline whether the minimal process with the same user tasks and jobs runs after the
 *     replay ({@code --baseline}), for the overhead ratio
 */
public record ReplayOptions(
    int scale, long seed, LocalDate until, String report, boolean progress, boolean baseline) {

  public static ReplayOptions defaults() {
    return new ReplayOptions(1, 5213, null, null, true, false);
  }

  /** Parses the arguments after the word {@code replay}; an unknown option is refused. */
  public static ReplayOptions parse(String[] args) {
    ReplayOptions options = defaults();
    for (String arg : args) {
      if ("replay".equals(arg) || arg.startsWith("--spring.")) {
        // the Spring Boot Maven plugin adds its profile: the replay sets its own
        continue;
      }
      String[] pair = arg.startsWith("--") ? arg.substring(2).split("=", 2) : new String[] {arg};
      String name = pair[0];
      String value = pair.length > 1 ? pair[1] : "";
      options =
          switch (name) {
            case "scale" -> options.withScale(Integer.parseInt(value));
            case "seed" -> options.withSeed(Long.parseLong(value));
            case "until" -> options.withUntil(LocalDate.parse(value));
            case "report" -> options.withReport(value);
            case "quiet" -> options.withProgress(false);
            case "baseline" -> options.withBaseline(true);
            default -> throw new IllegalArgumentException("Unknown replay option: " + arg);
          };
    }
    if (options.scale() < 1) {
      throw new IllegalArgumentException("--scale must be at least 1");
    }
    return options;
  }

  public ReplayOptions withScale(int value) {
    return new ReplayOptions(value, seed, until, report, progress, baseline);
  }

  public ReplayOptions withSeed(long value) {
    return new ReplayOptions(scale, value, until, report, progress, baseline);
  }

  public ReplayOptions withUntil(LocalDate value) {
    return new ReplayOptions(scale, seed, value, report, progress, baseline);
  }

  public ReplayOptions withReport(String value) {
    return new ReplayOptions(scale, seed, until, value, progress, baseline);
  }

  public ReplayOptions withProgress(boolean value) {
    return new ReplayOptions(scale, seed, until, report, value, baseline);
  }

  public ReplayOptions withBaseline(boolean value) {
    return new ReplayOptions(scale, seed, until, report, progress, value);
  }

  public String reportPath() {
    return report != null ? report : "target/replay/report-" + seed + "-x" + scale + ".json";
  }
}
