package org.oncotriage.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.oncotriage.json.Json;
import org.oncotriage.server.ServerConfig;
import org.oncotriage.server.ServerMain;
import org.oncotriage.server.TriageServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the model life cycle on the bundled model, in-process on 127.0.0.1. First, with no
 * traffic in between, the process's memory (resident set and JVM heap, after a full GC) with the
 * bundled model, with a second copy of it loaded ({@code POST /v1/models}, timed) and after
 * unloading that copy, and with it loaded again. Then, while {@code --clients} callers send {@code
 * POST /v1/triage} back to back for {@code --seconds}, the time to promote the copy (at a third)
 * and to roll back (at two thirds), the requests that failed meanwhile (expected: none) and how
 * many each version answered. Prints one figure a line; exits 1 when a request failed.
 */
@Command(
    name = "model-swap",
    mixinStandardHelpOptions = true,
    description =
        "Load, promote, roll back and unload the bundled model under load; prints figures.")
public final class ModelSwapBenchmark implements Callable<Integer> {

  @Option(
      names = "--clients",
      defaultValue = "8",
      description = "concurrent callers (default ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "20",
      description = "length of the load; promote at a third, roll back at two thirds")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "500",
      description = "warm-up requests (default ${DEFAULT-VALUE})")
  int warmup;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String adminKey = UUID.randomUUID().toString();
  private String origin;

  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.exit(new CommandLine(new ModelSwapBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    for (String name : List.of("org.oncotriage.server.access", "oncotriage.audit")) {
      ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name))
          .setLevel(ch.qos.logback.classic.Level.WARN);
    }
    Map<String, String> settings = new HashMap<>();
    settings.put("port", "0");
    settings.put("host", "127.0.0.1");
    settings.put("admin_api_keys", adminKey);
    ServerConfig config = ServerConfig.resolve(settings, Map.of(), null);
    TriageServer server = new TriageServer(config, ServerMain.loader(null, 1)).start();
    Path dir = Files.createTempDirectory("oncotriage-swap");
    try {
      origin = "http://127.0.0.1:" + server.port();
      while (!server.isReady()) {
        Thread.sleep(50);
      }
      for (int i = 0; i < warmup; i++) {
        triage("warm-" + i);
      }
      String bundled = servingVersion();
      print("memory with the bundled model", memory());
      Path copy = BundledModelCopy.write(dir.resolve("copy"), "swap-copy");
      String loadBody = "{\"path\":" + Json.mapper().writeValueAsString(copy.toString()) + "}";
      long start = System.nanoTime();
      JsonNode loaded = admin("POST", "/v1/models", loadBody);
      print("load_ms (HTTP round trip)", millis(start));
      print("load_ms (server: load and check)", loaded.get("load_ms").asText());
      String candidate = loaded.get("version").asText();
      print("memory with the copy loaded too", memory());
      start = System.nanoTime();
      admin("DELETE", "/v1/models/" + candidate, "");
      print("unload_ms (idle)", millis(start));
      print("memory after unloading the copy", memory());

      start = System.nanoTime();
      admin("POST", "/v1/models", loadBody);
      print("load_ms again (HTTP round trip)", millis(start));
      print("memory with the copy loaded again", memory());
      Load load = new Load();
      load.start();
      Thread.sleep(seconds * 1000L / 3);
      start = System.nanoTime();
      admin("POST", "/v1/models/" + candidate + "/promote", "");
      print("promote_ms (HTTP round trip, under load)", millis(start));
      Thread.sleep(seconds * 1000L / 3);
      start = System.nanoTime();
      admin("POST", "/v1/models/" + candidate + "/rollback", "");
      print("rollback_ms (HTTP round trip, under load)", millis(start));
      Thread.sleep(seconds * 1000L / 3);
      load.stop();
      print("requests during promote and rollback", load.sent.sum());
      print("requests failed", load.failed.sum());
      print("answered by " + bundled, load.byVersion.getOrDefault(bundled, new LongAdder()).sum());
      print(
          "answered by " + candidate,
          load.byVersion.getOrDefault(candidate, new LongAdder()).sum());
      start = System.nanoTime();
      admin("DELETE", "/v1/models/" + candidate, "");
      print("unload_ms (after the load)", millis(start));
      return load.failed.sum() == 0 ? 0 : 1;
    } finally {
      server.stop();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Callers sending back to back until stopped, counting failures and answering versions. */
  private final class Load {
    final LongAdder sent = new LongAdder();
    final LongAdder failed = new LongAdder();
    final Map<String, LongAdder> byVersion = new ConcurrentHashMap<>();
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger ids = new AtomicInteger();
    final ExecutorService pool = Executors.newFixedThreadPool(clients);

    void start() {
      for (int c = 0; c < clients; c++) {
        pool.execute(
            () -> {
              while (running.get()) {
                sent.increment();
                try {
                  HttpResponse<String> r = triage("swap-" + ids.incrementAndGet());
                  if (r.statusCode() != 200) {
                    failed.increment();
                    continue;
                  }
                  String v = Json.mapper().readTree(r.body()).at("/model/version").asText();
                  byVersion.computeIfAbsent(v, k -> new LongAdder()).increment();
                } catch (IOException | RuntimeException e) {
                  failed.increment();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            });
      }
    }

    void stop() throws InterruptedException {
      running.set(false);
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
    }
  }

  private HttpResponse<String> triage(String id) throws IOException, InterruptedException {
    String body = LoadGenerator.BODY.replace("\"load-1\"", "\"" + id + "\"");
    return http.send(
        HttpRequest.newBuilder(URI.create(origin + "/v1/triage"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String servingVersion() throws IOException, InterruptedException {
    return Json.mapper().readTree(triage("version").body()).at("/model/version").asText();
  }

  private JsonNode admin(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(origin + path))
            .header("Authorization", "Bearer " + adminKey);
    if (!body.isEmpty()) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r =
        http.send(
            b.method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return Json.mapper().readTree(r.body());
  }

  /** Resident set (from /proc/self/status, where there is one) and heap used after a full GC. */
  private static String memory() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return String.format(
        Locale.ROOT, "rss=%s MiB heap_used=%.1f MiB", residentMiB(), heap / 1048576.0);
  }

  private static String residentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.1f", kb / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no resident set
    }
    return "n/a";
  }

  private static String millis(long startNanos) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e6);
  }

  private static void print(String figure, Object value) {
    System.out.println(figure + ": " + value);
  }
}
