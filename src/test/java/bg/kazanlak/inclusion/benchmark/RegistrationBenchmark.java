package bg.kazanlak.inclusion.benchmark;

import bg.kazanlak.inclusion.participant.PersonalNumber;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of the registration benchmark ({@code tools/benchmark/run.sh}, {@code
 * docs/benchmark.md}): {@code POST /api/participants} from several threads against an application
 * started as a separate process, a warm-up, then rounds of registrations, each reported with its
 * rate, latency percentiles and errors. Not a test: it has a {@code main} and never runs in {@code
 * mvn verify}.
 *
 * <p>Every person is made from an index: a valid EGN (birth date and serial from the index, see
 * {@link Person}) and a first name spelt from the index, so no two people share a number, and none
 * is a near duplicate of another (same names and birth date). Phases of one run use disjoint index
 * ranges ({@code --first-index}).
 *
 * <p>Arguments ({@code --name=value}): {@code base-url} (http://127.0.0.1:18090), {@code user}
 * (officer), {@code password} (demo), {@code threads} (4), {@code warmup} (200), {@code count}
 * (10000), {@code round} (2000), {@code first-index} (0), {@code phase} (a label), {@code out} (a
 * JSON file to write; the phase's result is written there).
 */
public final class RegistrationBenchmark {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI endpoint;
  private final String authorization;
  private final int threads;

  RegistrationBenchmark(String baseUrl, String user, String password, int threads) {
    this.endpoint = URI.create(baseUrl + "/api/participants");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.threads = threads;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = arguments(args);
    RegistrationBenchmark benchmark =
        new RegistrationBenchmark(
            a.getOrDefault("base-url", "http://127.0.0.1:18090"),
            a.getOrDefault("user", "officer"),
            a.getOrDefault("password", "demo"),
            Integer.parseInt(a.getOrDefault("threads", "4")));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "200"));
    int count = Integer.parseInt(a.getOrDefault("count", "10000"));
    int round = Integer.parseInt(a.getOrDefault("round", "2000"));
    int first = Integer.parseInt(a.getOrDefault("first-index", "0"));
    String phase = a.getOrDefault("phase", "registrations");

    System.out.printf(
        Locale.ROOT,
        "%n== %s: %d threads, %d warm-up, %d registrations in rounds of %d ==%n",
        phase,
        benchmark.threads,
        warmup,
        count,
        round);
    Round warm = benchmark.run(first, warmup);
    System.out.println("warm-up   " + warm.line());
    List<Round> rounds = new ArrayList<>();
    System.out.println(Round.HEADER);
    for (int done = 0; done < count; done += round) {
      Round r = benchmark.run(first + warmup + done, Math.min(round, count - done));
      rounds.add(r);
      System.out.printf(Locale.ROOT, "%-9d %s%n", rounds.size(), r.line());
    }
    Map<String, Object> result = summary(phase, benchmark.threads, warm, rounds);
    System.out.println("summary   " + result.get("verdict"));
    if (a.containsKey("out")) {
      Path out = Path.of(a.get("out"));
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, Json.write(result) + "\n");
    }
    if (rounds.stream().anyMatch(r -> r.errors > 0)) {
      System.exit(2);
    }
  }

  /** Registers people {@code first .. first+count-1} from the client threads; one round. */
  Round run(int first, int count) throws InterruptedException {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    String kind = register(Person.of(first + i));
                    latencies[i] = System.nanoTime() - sent;
                    if (kind != null) {
                      errors.incrementAndGet();
                      errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    }
                  }
                } finally {
                  done.countDown();
                }
              },
              "benchmark-client-" + t);
      worker.start();
    }
    done.await();
    long wall = System.nanoTime() - start;
    Arrays.sort(latencies);
    Map<String, Long> kinds = new TreeMap<>();
    errorKinds.forEach((k, v) -> kinds.put(k, v.get()));
    return new Round(count, wall, latencies, errors.get(), kinds);
  }

  /** Null when registered (201), else the kind of error: the status or the exception's class. */
  private String register(Person person) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(person.json(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 201 ? null : "HTTP " + response.statusCode();
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** A made-up person: valid EGN, a name and birth date no other index shares. */
  record Person(String personalNumber, String firstName, String lastName, LocalDate birthDate) {

    /** Birth dates cycle over 18,000 days from 1950 (ages 22-72 on the demo clock). */
    static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1950, 1, 1);

    static final int DAYS = 18_000;
    private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшюя";
    private static final String[] LAST_NAMES = {
      "Петрова", "Иванов", "Георгиева", "Димитров", "Николова", "Стоянов", "Тодорова", "Илиев"
    };

    static Person of(int index) {
      LocalDate birth = FIRST_BIRTH_DATE.plusDays(index % DAYS);
      int serial = (index / DAYS) % 1000;
      String egn = PersonalNumber.egn(birth, serial).value();
      return new Person(egn, "Бенч" + spelt(index), LAST_NAMES[index % LAST_NAMES.length], birth);
    }

    /** The index in the letters of the alphabet: a distinct first name for every index. */
    static String spelt(int index) {
      StringBuilder s = new StringBuilder();
      int n = index;
      do {
        s.append(LETTERS.charAt(n % LETTERS.length()));
        n /= LETTERS.length();
      } while (n > 0);
      return s.toString();
    }

    String json() {
      return """
          {"personalNumber":"%s","firstName":"%s","lastName":"%s","settlement":"Казанлък",\
          "consentToServices":true,"entry":{"employmentStatus":"LONG_TERM_UNEMPLOYED",\
          "educationLevel":"ISCED_2","minority":null,"disability":false,\
          "otherDisadvantaged":null,"homelessOrHousingExclusion":false,\
          "household":{"jobless":true,"dependentChildren":false,"singleAdult":false}}}"""
          .formatted(personalNumber, firstName, lastName);
    }
  }

  record Round(
      int requests, long wallNanos, long[] sortedLatencies, int errors, Map<String, Long> kinds) {

    static final String HEADER =
        "round     requests   req/s    p50 ms   p95 ms   p99 ms   max ms   errors";

    double perSecond() {
      return requests / (wallNanos / 1e9);
    }

    double percentileMillis(double p) {
      if (sortedLatencies.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100 * sortedLatencies.length) - 1;
      return sortedLatencies[Math.max(0, Math.min(index, sortedLatencies.length - 1))] / 1e6;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%8d %7.1f %9.1f %8.1f %8.1f %8.1f %8d%s",
          requests,
          perSecond(),
          percentileMillis(50),
          percentileMillis(95),
          percentileMillis(99),
          percentileMillis(100),
          errors,
          kinds.isEmpty() ? "" : "  " + kinds);
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("requests", requests);
      m.put("seconds", round(wallNanos / 1e9));
      m.put("requestsPerSecond", round(perSecond()));
      m.put("p50Ms", round(percentileMillis(50)));
      m.put("p95Ms", round(percentileMillis(95)));
      m.put("p99Ms", round(percentileMillis(99)));
      m.put("maxMs", round(percentileMillis(100)));
      m.put("errors", errors);
      m.put("errorKinds", kinds);
      return m;
    }
  }

  static Map<String, Object> summary(String phase, int threads, Round warm, List<Round> rounds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", phase);
    m.put("threads", threads);
    m.put("warmup", warm.json());
    m.put("rounds", rounds.stream().map(Round::json).toList());
    long requests = rounds.stream().mapToLong(Round::requests).sum();
    long wall = rounds.stream().mapToLong(Round::wallNanos).sum();
    double overall = requests / (wall / 1e9);
    double worstP95 = rounds.stream().mapToDouble(r -> r.percentileMillis(95)).max().orElse(0);
    int errors = rounds.stream().mapToInt(Round::errors).sum();
    double firstRate = rounds.get(0).perSecond();
    double lastRate = rounds.get(rounds.size() - 1).perSecond();
    double drift = (lastRate - firstRate) / firstRate * 100;
    m.put("requestsPerSecond", round(overall));
    m.put("worstRoundP95Ms", round(worstP95));
    m.put("errors", errors);
    m.put("lastVsFirstRoundPercent", round(drift));
    boolean rate = rounds.stream().allMatch(r -> r.perSecond() >= 200);
    boolean p95 = worstP95 < 50;
    boolean flat = Math.abs(drift) <= 10;
    Map<String, Object> targets = new LinkedHashMap<>();
    targets.put("atLeast200PerSecondEveryRound", rate);
    targets.put("p95Under50Ms", p95);
    targets.put("zeroErrors", errors == 0);
    targets.put("lastRoundWithin10PercentOfFirst", flat);
    m.put("targets", targets);
    m.put(
        "verdict",
        String.format(
            Locale.ROOT,
            "%.1f req/s overall, worst p95 %.1f ms, %d errors, last round %+.1f %% vs first — %s",
            overall,
            worstP95,
            errors,
            drift,
            rate && p95 && errors == 0 && flat ? "all targets met" : "targets missed: " + targets));
    return m;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Map<String, String> arguments(String[] args) {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
      }
      a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return a;
  }
}
