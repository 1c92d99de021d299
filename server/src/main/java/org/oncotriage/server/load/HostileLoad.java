package org.oncotriage.server.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.oncotriage.server.ServerConfig;
import org.oncotriage.server.ServerMain;
import org.oncotriage.server.TriageServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The reproducers of issue 14 that need traffic, bounded and against 127.0.0.1 only: slow uploads
 * while {@code /health/live} is probed, invented methods then the size of {@code /metrics}, a flood
 * of single conversations, and seeded fuzzing that counts error responses that are not problem
 * bodies. By default each scenario starts its own server in-process with the simulated model;
 * {@code --port} targets a server already running on 127.0.0.1.
 *
 * <pre>
 * java -cp server/target/oncotriage-server.jar org.oncotriage.server.load.HostileLoad \
 *   [--scenarios slow,methods,flood,fuzz] [--model simulated|default|DIR]
 * </pre>
 */
@Command(
    name = "hostile-load",
    mixinStandardHelpOptions = true,
    description = "Hostile traffic against 127.0.0.1; prints one block of figures per scenario.")
public final class HostileLoad implements Callable<Integer> {

  @Option(names = "--port", description = "target a server already running on 127.0.0.1:PORT")
  Integer port;

  @Option(
      names = "--scenarios",
      split = ",",
      defaultValue = "slow,methods,flood,fuzz",
      description = "which to run (default ${DEFAULT-VALUE})")
  List<String> scenarios;

  @Option(names = "--model", defaultValue = "simulated", description = "in-process model")
  String model;

  @Option(names = "--slow-clients", defaultValue = "300", description = "slow uploads")
  int slowClients;

  @Option(names = "--slow-seconds", defaultValue = "20", description = "slow-upload run, s")
  int slowSeconds;

  @Option(names = "--methods", defaultValue = "10000", description = "invented methods")
  int methods;

  @Option(names = "--flood-clients", defaultValue = "300", description = "flood clients")
  int floodClients;

  @Option(names = "--flood-seconds", defaultValue = "10", description = "flood run, s")
  int floodSeconds;

  @Option(names = "--fuzz", defaultValue = "10000", description = "fuzzed requests")
  int fuzz;

  @Option(names = "--seed", defaultValue = "14", description = "fuzz seed")
  long seed;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "in-process: a server setting over the defaults (repeatable)")
  Map<String, String> settings = new java.util.LinkedHashMap<>();

  private static final String ONE =
      "{\"id\":\"hl-1\",\"messages\":[{\"from\":\"patient\",\"text\":\"Hello, can I move my"
          + " appointment next week to Thursday afternoon?\"}]}";

  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.exit(new CommandLine(new HostileLoad()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    quietAccessLog();
    for (String scenario : scenarios) {
      TriageServer server = port == null ? startServer() : null;
      int target = port != null ? port : server.port();
      try {
        switch (scenario.trim()) {
          case "slow" -> slowUploads(target);
          case "methods" -> inventedMethods(target);
          case "flood" -> flood(target);
          case "fuzz" -> fuzz(target);
          default ->
              throw new CommandLine.ParameterException(
                  new CommandLine(this), "unknown scenario: " + scenario);
        }
      } finally {
        if (server != null) {
          server.stop();
        }
      }
    }
    return 0;
  }

  private TriageServer startServer() throws InterruptedException {
    Map<String, String> values = new java.util.LinkedHashMap<>(settings);
    values.put("host", "127.0.0.1");
    values.put("port", "0");
    ServerConfig config = ServerConfig.resolve(values, Map.of(), null);
    TriageServer server =
        new TriageServer(
                config,
                model.equals("simulated")
                    ? () -> new SimulatedTriager(2000, 300)
                    : ServerMain.loader(
                        model.equals("default") ? null : java.nio.file.Path.of(model), 1))
            .start();
    for (int i = 0; i < 6000 && !server.isReady(); i++) {
      Thread.sleep(10);
    }
    return server;
  }

  /**
   * Slow uploads (a declared 100 KB body, a byte every 5 s) while {@code /health/live} is probed.
   */
  private void slowUploads(int target) throws Exception {
    List<RawClient> clients = new ArrayList<>();
    byte[] head =
        ("POST /v1/triage HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < slowClients; i++) {
      RawClient c = new RawClient(target, 10);
      c.send(head);
      clients.add(c);
    }
    List<Double> live = new ArrayList<>();
    int liveFailures = 0;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(slowSeconds);
    long nextByte = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < end) {
      if (System.nanoTime() >= nextByte) {
        for (RawClient c : clients) {
          try {
            c.send(new byte[] {' '});
          } catch (IOException closed) {
            // the server has answered and closed it
          }
        }
        nextByte += TimeUnit.SECONDS.toNanos(5);
      }
      long t = System.nanoTime();
      try (RawClient probe = new RawClient(target, 5000)) {
        probe.send(
            "GET /health/live HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        RawClient.Reply r = probe.read();
        if (r == null || r.status() != 200) {
          liveFailures++;
        } else {
          live.add((System.nanoTime() - t) / 1e6);
        }
      } catch (IOException e) {
        liveFailures++;
      }
      Thread.sleep(100);
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    for (RawClient c : clients) {
      String outcome;
      try {
        RawClient.Reply r = c.read();
        outcome = r == null ? "closed" : Integer.toString(r.status());
      } catch (IOException e) {
        outcome = "still-open";
      }
      outcomes.merge(outcome, 1, Integer::sum);
      c.close();
    }
    System.out.printf(
        Locale.ROOT,
        "slow uploads: clients=%d run=%ds outcomes=%s%n  /health/live during: probes=%d"
            + " failures=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
        slowClients,
        slowSeconds,
        outcomes,
        live.size() + liveFailures,
        liveFailures,
        percentile(live, 50),
        percentile(live, 99),
        percentile(live, 100));
  }

  /** Invented method names on one keep-alive connection, then the size of {@code /metrics}. */
  private void inventedMethods(int target) throws Exception {
    Map<Integer, Integer> statuses = new TreeMap<>();
    int notProblem = 0;
    RawClient c = new RawClient(target, 5000);
    for (int i = 0; i < methods; i++) {
      String method = "INVENTED" + Integer.toString(i, 36).toUpperCase(Locale.ROOT);
      byte[] request =
          (method + " /v1/triage HTTP/1.1\r\nHost: t\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      RawClient.Reply r;
      try {
        c.send(request);
        r = c.read();
      } catch (IOException e) {
        r = null;
      }
      if (r == null) {
        c.close();
        c = new RawClient(target, 5000);
        continue;
      }
      statuses.merge(r.status(), 1, Integer::sum);
      notProblem += r.isProblem() ? 0 : 1;
    }
    c.close();
    String metrics = httpGet(target, "/metrics");
    long series =
        Arrays.stream(metrics.split("\n"))
            .filter(l -> l.startsWith("http_server_requests_seconds_count{"))
            .count();
    System.out.printf(
        Locale.ROOT,
        "invented methods: requests=%d statuses=%s not_problem=%d%n  /metrics: %d bytes,"
            + " http_server_requests series=%d%n",
        methods,
        statuses,
        notProblem,
        metrics.getBytes(StandardCharsets.UTF_8).length,
        series);
  }

  /** Many clients each sending single conversations back to back, while liveness is probed. */
  private void flood(int target) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    URI uri = URI.create("http://127.0.0.1:" + target + "/v1/triage");
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Double> ok = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Double> refused = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(floodClients);
    for (int i = 0; i < floodClients; i++) {
      pool.submit(
          () -> {
            while (running.get()) {
              long t = System.nanoTime();
              try {
                HttpResponse<Void> r =
                    http.send(
                        HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(ONE))
                            .build(),
                        HttpResponse.BodyHandlers.discarding());
                double ms = (System.nanoTime() - t) / 1e6;
                statuses
                    .computeIfAbsent(r.statusCode(), s -> new AtomicInteger())
                    .incrementAndGet();
                (r.statusCode() == 200 ? ok : refused).add(ms);
                if (r.statusCode() == 429) {
                  Thread.sleep(50);
                }
              } catch (InterruptedException e) {
                return;
              } catch (IOException e) {
                errors.incrementAndGet();
              }
            }
          });
    }
    List<Double> live = new ArrayList<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(floodSeconds);
    while (System.nanoTime() < end) {
      long t = System.nanoTime();
      httpGet(target, "/health/live");
      live.add((System.nanoTime() - t) / 1e6);
      Thread.sleep(100);
    }
    running.set(false);
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
    System.out.printf(
        Locale.ROOT,
        "flood: clients=%d run=%ds statuses=%s io_errors=%d%n  200: p50=%.1f p99=%.1f max=%.1f ms;"
            + " 429: p50=%.1f p99=%.1f ms%n  /health/live during: p50=%.1f p99=%.1f max=%.1f ms%n",
        floodClients,
        floodSeconds,
        new TreeMap<>(statuses),
        errors.get(),
        percentile(List.copyOf(ok), 50),
        percentile(List.copyOf(ok), 99),
        percentile(List.copyOf(ok), 100),
        percentile(List.copyOf(refused), 50),
        percentile(List.copyOf(refused), 99),
        percentile(live, 50),
        percentile(live, 99),
        percentile(live, 100));
  }

  /** Seeded hostile requests, 16 at a time; counts error responses that are not problems. */
  private void fuzz(int target) throws Exception {
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger errorsNotProblem = new AtomicInteger();
    AtomicInteger errorsWithoutId = new AtomicInteger();
    AtomicInteger noResponse = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int i = 0; i < fuzz; i++) {
      int n = i;
      done.add(
          pool.submit(
              () -> {
                try (RawClient c = new RawClient(target, 30_000)) {
                  try {
                    c.send(FuzzRequests.request(seed, n));
                  } catch (IOException e) {
                    // the server may answer and close before the whole request is sent
                  }
                  RawClient.Reply r = c.read();
                  if (r == null) {
                    noResponse.incrementAndGet();
                    return;
                  }
                  statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                  if (r.status() >= 400 && r.bodyBytes() > 0 && !r.isProblem()) {
                    errorsNotProblem.incrementAndGet();
                  }
                  if (r.status() >= 400 && !r.requestId()) {
                    errorsWithoutId.incrementAndGet();
                  }
                } catch (IOException e) {
                  noResponse.incrementAndGet();
                }
              }));
    }
    for (var f : done) {
      f.get();
    }
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "fuzz: requests=%d seed=%d statuses=%s%n  error responses not problem+json=%d, without"
            + " X-Request-Id=%d, no response=%d%n",
        fuzz,
        seed,
        new TreeMap<>(statuses),
        errorsNotProblem.get(),
        errorsWithoutId.get(),
        noResponse.get());
  }

  private static String httpGet(int target, String path) throws IOException {
    try (var s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), target)) {
      s.setSoTimeout(30_000);
      s.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int body = all.indexOf("\r\n\r\n");
      return body < 0 ? "" : all.substring(body + 4);
    }
  }

  private static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int i = (int) Math.ceil(p / 100 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, i))];
  }

  private static void quietAccessLog() {
    for (String name : List.of("org.oncotriage.server.access", "oncotriage.audit")) {
      ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name))
          .setLevel(ch.qos.logback.classic.Level.WARN);
    }
    ((ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger("org.oncotriage.server.ProblemErrorHandler"))
        .setLevel(ch.qos.logback.classic.Level.ERROR);
  }
}
