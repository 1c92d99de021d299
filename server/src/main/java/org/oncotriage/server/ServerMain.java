package org.oncotriage.server;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.oncotriage.model.ModelSignature;
import org.oncotriage.model.TriageModels;
import org.oncotriage.triage.Triager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar server/target/oncotriage-server.jar [--port N] [--model DIR] [--config FILE]}:
 * serves the REST API until stopped; a shutdown hook finishes requests in flight and drains the
 * batch queue.
 */
@Command(
    name = "oncotriage-server",
    mixinStandardHelpOptions = true,
    version = "oncotriage-server 0.1.0",
    description = {
      "Serves the OncoTriage REST API (see /openapi.json).",
      "Every setting also comes from ONCOTRIAGE_<KEY> environment variables or a --config"
          + " properties file with snake_case keys; the command line wins over the environment,"
          + " which wins over the file."
    })
public final class ServerMain implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);

  @Option(names = "--port", description = "HTTP port (default 8080; 0 picks a free one)")
  Integer port;

  @Option(
      names = "--host",
      description =
          "interface to bind (default 0.0.0.0 with API keys, 127.0.0.1 without: an unauthenticated"
              + " service stays on this machine unless the host is named)")
  String host;

  @Option(names = "--model", paramLabel = "DIR", description = "model directory (default: bundled)")
  Path model;

  @Option(names = "--config", paramLabel = "FILE", description = "properties file, snake_case keys")
  Path configFile;

  @Option(names = "--max-batch-size", description = "max conversations per model batch (1 = off)")
  Integer maxBatchSize;

  @Option(names = "--max-batch-delay-ms", description = "max wait for a batch to fill, ms")
  Integer maxBatchDelayMs;

  @Option(names = "--queue-capacity", description = "max waiting conversations before 429")
  Integer queueCapacity;

  @Option(names = "--workers", description = "model worker threads")
  Integer workers;

  @Option(names = "--intra-op-threads", description = "PyTorch intra-op threads (default 1)")
  Integer intraOpThreads;

  @Option(names = "--api-keys-file", paramLabel = "FILE", description = "SHA-256 key hashes")
  Path apiKeysFile;

  @Option(
      names = "--exit-on-load-failure",
      negatable = true,
      arity = "0..1",
      fallbackValue = "true",
      description =
          "exit with status 3 when the model cannot load, so that an orchestrator restarts the"
              + " service (default true; --no-exit-on-load-failure keeps it live and not ready)")
  Boolean exitOnLoadFailure;

  @Option(
      names = "--model-public-key",
      paramLabel = "FILE",
      description = "PEM Ed25519 public key; the model must carry a signature it verifies")
  Path modelPublicKey;

  /** The exit status when the model cannot load and {@code exit_on_load_failure} is on. */
  public static final int EXIT_MODEL_LOAD_FAILED = 3;

  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    int code = new CommandLine(new ServerMain()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() {
    ServerConfig config;
    TriageServer server;
    try {
      config = ServerConfig.resolve(cliValues(), System.getenv(), configFile);
      PublicKey key =
          config.modelPublicKey() == null
              ? null
              : ModelSignature.readPublicKey(config.modelPublicKey());
      server = new TriageServer(config, loader(config.modelDir(), config.intraOpThreads(), key));
    } catch (IllegalArgumentException e) {
      System.err.println("oncotriage-server: " + e.getMessage());
      return 2;
    }
    LOG.info("starting {}", config);
    if (!config.authenticated()) {
      LOG.warn(
          "UNAUTHENTICATED: no API key is configured; every caller that reaches host={} may use"
              + " /v1 (set api_keys or api_keys_file)",
          config.host());
    }
    if (config.exitOnLoadFailure()) {
      server.onLoadFailure(ServerMain::exitAfterLoadFailure);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("shutting down: finishing requests in flight");
                  server.stop();
                },
                "shutdown"));
    try {
      server.start();
    } catch (RuntimeException e) {
      System.err.println(
          "oncotriage-server: cannot serve on " + config.host() + ":" + config.port() + ": " + e);
      server.stop();
      return 1;
    }
    return 0;
  }

  /** Exits from a thread of its own, so the shutdown hook can wait for the loader thread. */
  private static void exitAfterLoadFailure(String reason) {
    LOG.error(
        "exiting with status {}: the model cannot load (exit_on_load_failure)",
        EXIT_MODEL_LOAD_FAILED);
    Thread exit = new Thread(() -> System.exit(EXIT_MODEL_LOAD_FAILED), "exit-on-load-failure");
    exit.start();
  }

  /**
   * The model loader for a directory, or the bundled default.
   *
   * @param intraOpThreads PyTorch's process-wide intra-op thread count
   */
  public static Supplier<Triager> loader(Path modelDir, int intraOpThreads) {
    return loader(modelDir, intraOpThreads, null);
  }

  /**
   * The model loader for a directory, or the bundled default, that loads only a model whose
   * signature {@code publicKey} verifies (any model when it is {@code null}).
   */
  public static Supplier<Triager> loader(Path modelDir, int intraOpThreads, PublicKey publicKey) {
    return () -> {
      TriageModels.Builder builder = TriageModels.builder().optIntraOpThreads(intraOpThreads);
      if (publicKey != null) {
        builder.optPublicKey(publicKey);
      }
      return (modelDir == null ? builder.defaultModel() : builder.directory(modelDir)).build();
    };
  }

  private Map<String, String> cliValues() {
    Map<String, String> v = new LinkedHashMap<>();
    put(v, "port", port);
    put(v, "host", host);
    put(v, "model", model);
    put(v, "max_batch_size", maxBatchSize);
    put(v, "max_batch_delay_ms", maxBatchDelayMs);
    put(v, "queue_capacity", queueCapacity);
    put(v, "workers", workers);
    put(v, "intra_op_threads", intraOpThreads);
    put(v, "api_keys_file", apiKeysFile);
    put(v, "exit_on_load_failure", exitOnLoadFailure);
    put(v, "model_public_key", modelPublicKey);
    return v;
  }

  private static void put(Map<String, String> values, String key, Object value) {
    if (value != null) {
      values.put(key, value.toString());
    }
  }
}
