package org.oncotriage.server.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.oncotriage.server.ServerConfig;
import org.oncotriage.server.ServerMain;
import org.oncotriage.server.TriageServer;
import org.oncotriage.triage.Triager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures {@code POST /v1/triage} throughput and latency at several concurrency levels, with
 * batching on and off. By default it starts the server in-process on 127.0.0.1 (port 0) for each
 * mode; with {@code --port} it targets a server already running on 127.0.0.1 instead. Only ever
 * talks to 127.0.0.1; bounded by {@code --requests} and {@code --seconds} per level.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = "Load test of POST /v1/triage on 127.0.0.1; prints throughput and p50/p90/p99.")
public final class LoadGenerator implements Callable<Integer> {

  /** A made-up conversation of ordinary length; not from any data set. */
  static final String BODY =
      "{\"id\":\"load-1\",\"messages\":[{\"from\":\"patient\",\"text\":\"Hello, this is a"
          + " question about my appointment next week. Can I move it to Thursday afternoon?"
          + " Also, do I need to bring my medication list again?\"}],"
          + "\"context\":{\"days_since_last_visit\":12}}";

  @Option(
      names = "--port",
      description = "target a server already running on 127.0.0.1:PORT (its own batching setting)")
  Integer port;

  @Option(
      names = "--concurrency",
      split = ",",
      defaultValue = "1,8,32",
      description = "concurrency levels (default ${DEFAULT-VALUE})")
  int[] concurrency;

  @Option(
      names = "--requests",
      defaultValue = "2000",
      description = "requests per level (default ${DEFAULT-VALUE})")
  int requests;

  @Option(
      names = "--seconds",
      defaultValue = "20",
      description = "time cap per level, s (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "3000",
      description =
          "warm-up requests per mode, at concurrency 8 (default ${DEFAULT-VALUE}; fewer leave"
              + " the first mode measured on a cold JIT)")
  int warmup;

  @Option(
      names = "--model",
      description = "in-process: 'simulated' (default), 'default' (bundled model) or a model dir")
  String model = "simulated";

  @Option(
      names = "--fixed-us",
      defaultValue = "2000",
      description = "simulated model: cost per batch, us (default ${DEFAULT-VALUE})")
  long fixedMicros;

  @Option(
      names = "--per-item-us",
      defaultValue = "300",
      description = "simulated model: cost per conversation, us (default ${DEFAULT-VALUE})")
  long perItemMicros;

  @Option(
      names = "--batch-sizes",
      split = ",",
      defaultValue = "32,1",
      description =
          "in-process: max_batch_size per mode, 1 = batching off (default ${DEFAULT-VALUE})")
  int[] batchSizes;

  @Option(
      names = "--max-batch-delay-ms",
      defaultValue = "2",
      description = "in-process: max_batch_delay_ms (default ${DEFAULT-VALUE})")
  int maxBatchDelayMs;

  @Option(
      names = "--workers",
      defaultValue = "1",
      description = "in-process: batch worker threads (default ${DEFAULT-VALUE})")
  int workers;

  @Option(
      names = "--intra-op-threads",
      defaultValue = "1",
      description = "in-process: PyTorch intra-op threads, every mode (default ${DEFAULT-VALUE})")
  int intraOpThreads;

  @Option(
      names = "--adaptive-delay",
      defaultValue = "true",
      arity = "1",
      description = "in-process: adaptive_batch_delay (default ${DEFAULT-VALUE})")
  boolean adaptiveDelay;

  @Option(
      names = "--access-log",
      description = "in-process: keep the per-request access log on (default: off while measuring)")
  boolean accessLog;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.exit(new CommandLine(new LoadGenerator()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "cores=%d requests/level=%d cap=%ds model=%s%s%n",
        Runtime.getRuntime().availableProcessors(),
        requests,
        seconds,
        port != null ? "external" : describeModel(),
        port != null
            ? ""
            : String.format(
                Locale.ROOT,
                " workers=%d intra_op_threads=%d adaptive_batch_delay=%s max_batch_delay_ms=%d",
                workers,
                intraOpThreads,
                adaptiveDelay,
                maxBatchDelayMs));
    System.out.printf(
        Locale.ROOT,
        "%-14s %5s %8s %9s %8s %8s %8s %7s%n",
        "mode",
        "conc",
        "done",
        "req/s",
        "p50_ms",
        "p90_ms",
        "p99_ms",
        "errors");
    if (!accessLog) {
      ((ch.qos.logback.classic.Logger)
              org.slf4j.LoggerFactory.getLogger("org.oncotriage.server.access"))
          .setLevel(ch.qos.logback.classic.Level.WARN);
    }
    if (port != null) {
      runLevels("port " + port, port);
      return 0;
    }
    for (int batchSize : batchSizes) {
      ServerConfig config =
          ServerConfig.resolve(
              Map.of(
                  "host",
                  "127.0.0.1",
                  "port",
                  "0",
                  "max_batch_size",
                  Integer.toString(batchSize),
                  "max_batch_delay_ms",
                  Integer.toString(maxBatchDelayMs),
                  "workers",
                  Integer.toString(workers),
                  "intra_op_threads",
                  Integer.toString(intraOpThreads),
                  "adaptive_batch_delay",
                  Boolean.toString(adaptiveDelay)),
              Map.of(),
              null);
      TriageServer server = new TriageServer(config, loader()).start();
      try {
        awaitReady(server);
        runLevels(batchSize == 1 ? "batching off" : "batch<=" + batchSize, server.port());
      } finally {
        server.stop();
      }
    }
    return 0;
  }

  private void runLevels(String mode, int targetPort) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + targetPort + "/v1/triage");
    run(uri, 8, warmup, seconds);
    for (int c : concurrency) {
      Result r = run(uri, c, requests, seconds);
      System.out.printf(
          Locale.ROOT,
          "%-14s %5d %8d %9.1f %8.2f %8.2f %8.2f %7d%n",
          mode,
          c,
          r.latenciesNanos().length,
          r.throughput(),
          r.percentile(50),
          r.percentile(90),
          r.percentile(99),
          r.errors);
    }
  }

  private Result run(URI uri, int threads, int total, int capSeconds) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(BODY))
            .build();
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + Duration.ofSeconds(capSeconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                long[] mine = new long[total];
                int n = 0;
                while (issued.getAndIncrement() < total && System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<Void> response =
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                      errors.incrementAndGet();
                      continue;
                    }
                  } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                    continue;
                  }
                  mine[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(mine, n);
              }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : futures) {
      parts.add(f.get());
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all, elapsed, errors.get());
  }

  private String describeModel() {
    return model.equals("simulated")
        ? "simulated (" + fixedMicros + " us + " + perItemMicros + " us/conversation)"
        : model;
  }

  private Supplier<Triager> loader() {
    return switch (model) {
      case "simulated" -> () -> new SimulatedTriager(fixedMicros, perItemMicros);
      case "default" -> ServerMain.loader(null, intraOpThreads);
      default -> ServerMain.loader(java.nio.file.Path.of(model), intraOpThreads);
    };
  }

  private static void awaitReady(TriageServer server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!server.isReady()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the model did not load within 2 minutes");
      }
      Thread.sleep(50);
    }
  }

  /** One level's latencies (sorted, ns), wall time (ns) and failed requests. */
  private record Result(long[] latenciesNanos, long elapsedNanos, int errors) {
    double throughput() {
      return latenciesNanos.length / (elapsedNanos / 1e9);
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100.0 * latenciesNanos.length);
      return latenciesNanos[Math.max(0, rank - 1)] / 1e6;
    }
  }
}
