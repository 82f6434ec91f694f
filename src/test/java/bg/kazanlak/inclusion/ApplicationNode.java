package bg.kazanlak.inclusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The whole application as a separate {@code java} process (the test JVM's java and class path,
 * main class {@link KazanlakInclusionApplication}), so that a test can kill it with SIGKILL the way
 * a crashed machine stops: no shutdown hook, no rollback but the database's own. Its stdout and
 * stderr go to {@code target/<folder>/<name>.log}; {@link #http} talks to it over HTTP Basic.
 */
public final class ApplicationNode implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final Path log;
  private final int port;
  private final List<String> arguments;
  private Process process;

  /**
   * @param arguments Spring arguments ({@code --key=value}); the node adds its port and {@code
   *     camunda.bpm.generic-properties.properties.hostname=<name>}, so that {@code
   *     ACT_HI_JOB_LOG.HOSTNAME_} tells which node ran a job
   */
  public ApplicationNode(String name, Path folder, List<String> arguments) {
    this.name = name;
    this.log = folder.resolve(name + ".log");
    this.port = freePort();
    this.arguments = List.copyOf(arguments);
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Spring arguments of a node on a PostgreSQL or H2 database, short job locks. */
  public static List<String> databaseArguments(String url, String user, String password) {
    return List.of(
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        // a dead node's jobs are free again after 10 s, and the survivor looks for jobs often
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000",
        "--camunda.bpm.job-execution.max-backoff=1000",
        "--camunda.bpm.webapp.enabled=false",
        "--management.endpoint.health.show-details=always");
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  /** Starts the process (appending to its log); {@link #awaitUp} waits for its health. */
  public ApplicationNode start() {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-Xmx512m",
            "-cp",
            classPath(),
            KazanlakInclusionApplication.class.getName(),
            "--server.port=" + port,
            "--server.address=127.0.0.1",
            "--camunda.bpm.generic-properties.properties.hostname=" + name));
    command.addAll(arguments);
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          "=== start " + Instant.now() + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(command)
              // not the project folder: its bpmn/ would be deployed besides the class path's
              .directory(log.getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Waits until {@code /actuator/health} answers UP; fails at once if the process exits. */
  public ApplicationNode awaitUp(Duration timeout) {
    try {
      Awaitility.await(name + " up")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(500))
          .until(this::healthy);
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException(name + " not up within " + timeout + ":\n" + logTail(), e);
    }
    return this;
  }

  private boolean healthy() {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          name + " exited with " + process.exitValue() + " during start:\n" + logTail());
    }
    Response health = http(null, "GET", "/actuator/health", null);
    return health.status() == 200 && "UP".equals(health.body().path("status").asText());
  }

  /** SIGKILL: no shutdown hook, no graceful stop of the job executor or the web server. */
  public void kill() {
    process.destroyForcibly();
    waitFor();
  }

  /** SIGTERM: Spring's graceful shutdown. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitFor();
    }
  }

  private void waitFor() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      waitFor();
    }
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** A status and a JSON body (or {@link NullNode}); status 0 when the node did not answer. */
  public record Response(int status, JsonNode body, String error) {
    public Response {
      body = body == null ? NullNode.getInstance() : body;
    }
  }

  /**
   * One call as {@code user} (password {@code user}'s entry in {@code passwords}); a connection
   * refused or reset (the node is dead) is status 0, not an exception.
   */
  public Response http(Credentials user, String method, String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(60))
              .header("Accept", "application/json, */*")
              .header("Content-Type", "application/json");
      if (user != null) {
        request.header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (user.id() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
      }
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (!response.body().isBlank()) {
        try {
          json = JSON.readTree(response.body());
        } catch (IOException notJson) {
          json = JSON.getNodeFactory().textNode(response.body());
        }
      }
      return new Response(response.statusCode(), json, null);
    } catch (IOException e) {
      return new Response(0, null, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(0, null, e.toString());
    }
  }

  /** A user and password for HTTP Basic. */
  public record Credentials(String id, String password) {}

  /**
   * The test JVM's class path without empty entries, which would put the working directory (the
   * project, with its bpmn/ folder) on the node's class path.
   */
  private static String classPath() {
    return java.util.Arrays.stream(
            System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !entry.equals("."))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
