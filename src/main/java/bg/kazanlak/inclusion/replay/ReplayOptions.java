package bg.kazanlak.inclusion.replay;

import java.time.LocalDate;

/**
 * The replay command's options: {@code replay --scale=N --seed=S [--db=h2|postgres]
 * [--until=YYYY-MM-DD] [--report=path] [--quiet]}.
 *
 * @param until the last simulated day; null = the programme end and six months of follow-ups
 * @param report the JSON report's path; null = {@code target/replay/report-<seed>-x<scale>.json}
 * @param progress whether the one-line progress bar is printed
 */
public record ReplayOptions(
    int scale, long seed, String db, LocalDate until, String report, boolean progress) {

  public static ReplayOptions defaults() {
    return new ReplayOptions(1, 5213, "h2", null, null, true);
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
            case "db" -> options.withDb(value);
            case "until" -> options.withUntil(LocalDate.parse(value));
            case "report" -> options.withReport(value);
            case "quiet" -> options.withProgress(false);
            default -> throw new IllegalArgumentException("Unknown replay option: " + arg);
          };
    }
    if (options.scale() < 1) {
      throw new IllegalArgumentException("--scale must be at least 1");
    }
    if (!"h2".equals(options.db()) && !"postgres".equals(options.db())) {
      throw new IllegalArgumentException("--db must be h2 or postgres");
    }
    return options;
  }

  public ReplayOptions withScale(int value) {
    return new ReplayOptions(value, seed, db, until, report, progress);
  }

  public ReplayOptions withSeed(long value) {
    return new ReplayOptions(scale, value, db, until, report, progress);
  }

  public ReplayOptions withDb(String value) {
    return new ReplayOptions(scale, seed, value, until, report, progress);
  }

  public ReplayOptions withUntil(LocalDate value) {
    return new ReplayOptions(scale, seed, db, value, report, progress);
  }

  public ReplayOptions withReport(String value) {
    return new ReplayOptions(scale, seed, db, until, value, progress);
  }

  public ReplayOptions withProgress(boolean value) {
    return new ReplayOptions(scale, seed, db, until, report, value);
  }

  public String reportPath() {
    return report != null ? report : "target/replay/report-" + seed + "-x" + scale + ".json";
  }
}
