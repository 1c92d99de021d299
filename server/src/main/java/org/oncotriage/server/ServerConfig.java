package org.oncotriage.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.oncotriage.server.batching.BatchingConfig;

/**
 * Everything the service can be told, in one value. Keys are snake_case; each comes from, in order
 * of precedence, the command line, an environment variable {@code ONCOTRIAGE_<KEY>} (upper case), a
 * properties file ({@code --config FILE}) and the defaults below.
 *
 * @param host the interface to bind ({@code host}); when not given, {@code 0.0.0.0} with API keys
 *     configured and {@code 127.0.0.1} without: an unauthenticated service is not put on the
 *     network unless the host is named explicitly
 * @param port the HTTP port ({@code port}, default 8080; 0 picks a free one)
 * @param modelDir a model directory, or {@code null} for the bundled default ({@code model})
 * @param maxBatchSize the most conversations in one model batch ({@code max_batch_size}, default
 *     32; 1 turns batching off)
 * @param maxBatchDelay how long a batch waits to fill ({@code max_batch_delay_ms}, default 2 ms)
 * @param queueCapacity conversations that may wait for the model ({@code queue_capacity}, default
 *     1024); more are refused with 429
 * @param workers model worker threads ({@code workers}, default 1)
 * @param adaptiveBatchDelay whether a worker skips the batch delay when no other conversation is
 *     expected ({@code adaptive_batch_delay}, default true): a lone request on an idle server does
 *     not wait
 * @param intraOpThreads PyTorch's process-wide intra-op thread count, set when the model loads
 *     ({@code intra_op_threads}, default 1)
 * @param maxBatchConversations the most conversations in one {@code POST /v1/triage/batch} ({@code
 *     max_batch_conversations}, default 256)
 * @param maxBodyBytes the largest request body in bytes ({@code max_body_bytes}, default 262144)
 * @param apiKeys the API keys of {@code api_keys} (comma-separated: {@code sha256:<hex>} for a
 *     hashed key, anything else a plain key; default none), each held as {@code sha256:<hex>}: a
 *     plain key is hashed when the configuration is read and not kept. A value that is set but
 *     holds no key (e.g. {@code " , "}) is refused: keys fail closed
 * @param apiKeysFile a file of SHA-256 key hashes, one hex digest a line, {@code #} comments
 *     ({@code api_keys_file}, default none); a file without a key is refused when the server starts
 * @param protectOperational whether health, metrics and the OpenAPI document also need a key when
 *     keys are configured ({@code protect_operational}, default false)
 * @param shutdownTimeout how long shutdown waits for requests in flight and the queue ({@code
 *     shutdown_timeout_ms}, default 30000)
 * @param limits what one caller is granted before a refusal; see {@link HttpLimits} for the keys
 * @param exitOnLoadFailure whether the process exits (status 3) when the model cannot load, so that
 *     an orchestrator restarts it ({@code exit_on_load_failure}, default true); otherwise it stays
 *     live and never ready
 * @param modelPublicKey a PEM Ed25519 public key; when set, the model loads only with a detached
 *     signature that it verifies ({@code model_public_key}, default none; see {@code
 *     ModelSignature})
 * @param admin who may manage models, how many may be loaded and the shadow share; see {@link
 *     ModelAdminConfig} for the keys
 * @param feedback clinicians' feedback and its database; see {@link FeedbackConfig} for the keys
 */
public record ServerConfig(
    String host,
    int port,
    Path modelDir,
    int maxBatchSize,
    Duration maxBatchDelay,
    int queueCapacity,
    int workers,
    boolean adaptiveBatchDelay,
    int intraOpThreads,
    int maxBatchConversations,
    long maxBodyBytes,
    List<String> apiKeys,
    Path apiKeysFile,
    boolean protectOperational,
    Duration shutdownTimeout,
    HttpLimits limits,
    boolean exitOnLoadFailure,
    Path modelPublicKey,
    ModelAdminConfig admin,
    FeedbackConfig feedback) {

  /** The interface bound when no host is given and no API key is configured. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The interface bound when no host is given and API keys are configured. */
  public static final String ANY_INTERFACE = "0.0.0.0";

  /** The environment variable prefix. */
  public static final String ENV_PREFIX = "ONCOTRIAGE_";

  /** Every key and its default ({@code ""} for none), in documentation order. */
  public static final Map<String, String> DEFAULTS = defaults();

  public ServerConfig {
    requireRange("port", port, 0, 65535);
    requireRange("max_batch_size", maxBatchSize, 1, 4096);
    requireRange("queue_capacity", queueCapacity, 1, 1_000_000);
    requireRange("workers", workers, 1, 64);
    requireRange("intra_op_threads", intraOpThreads, 1, 256);
    requireRange("max_batch_conversations", maxBatchConversations, 1, 100_000);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException(
          "max_body_bytes must be at least 1024, received " + maxBodyBytes);
    }
    if (maxBatchDelay.isNegative() || shutdownTimeout.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    apiKeys = List.copyOf(apiKeys);
    for (String key : apiKeys) {
      if (!key.startsWith(ApiKeys.HASH_PREFIX)) {
        throw new IllegalArgumentException("api keys are held as sha256:<hex> digests only");
      }
    }
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(feedback, "feedback");
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("host", "");
    d.put("port", "8080");
    d.put("model", "");
    d.put("max_batch_size", "32");
    d.put("max_batch_delay_ms", "2");
    d.put("queue_capacity", "1024");
    d.put("workers", "1");
    d.put("adaptive_batch_delay", "true");
    d.put("intra_op_threads", "1");
    d.put("max_batch_conversations", "256");
    d.put("max_body_bytes", "262144");
    d.put("api_keys", "");
    d.put("api_keys_file", "");
    d.put("protect_operational", "false");
    d.put("admin_api_keys", "");
    d.put("max_loaded_models", "3");
    d.put("shadow_share", "0.1");
    d.put("shutdown_timeout_ms", "30000");
    d.put("max_concurrent_requests", "32");
    d.put("max_concurrent_uploads", "64");
    d.put("body_read_timeout_ms", "10000");
    d.put("min_upload_bytes_per_second", "1024");
    d.put("idle_timeout_ms", "30000");
    d.put("max_auth_failures_per_minute", "10");
    d.put("exit_on_load_failure", "true");
    d.put("model_public_key", "");
    d.putAll(FeedbackConfig.DEFAULTS);
    return Collections.unmodifiableMap(d);
  }

  /** The defaults alone. */
  public static ServerConfig defaultConfig() {
    return resolve(Map.of(), Map.of(), null);
  }

  /**
   * Merges the sources: command line over environment over file over defaults.
   *
   * @param cli values given on the command line, by key (absent keys were not given)
   * @param env the process environment; only {@code ONCOTRIAGE_*} variables are read
   * @param file a properties file with snake_case keys, or {@code null}
   * @throws IllegalArgumentException naming the key and source of a bad value or an unknown key in
   *     the file
   */
  public static ServerConfig resolve(Map<String, String> cli, Map<String, String> env, Path file) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    Map<String, String> origin = new LinkedHashMap<>();
    DEFAULTS.keySet().forEach(k -> origin.put(k, "default"));
    if (file != null) {
      for (Map.Entry<String, String> e : readProperties(file).entrySet()) {
        if (!DEFAULTS.containsKey(e.getKey())) {
          throw new IllegalArgumentException(
              file + ": unknown key '" + e.getKey() + "'; known keys: " + DEFAULTS.keySet());
        }
        values.put(e.getKey(), e.getValue().trim());
        origin.put(e.getKey(), file.toString());
      }
    }
    for (String key : DEFAULTS.keySet()) {
      String envName = ENV_PREFIX + key.toUpperCase(Locale.ROOT);
      String value = env.get(envName);
      if (value != null) {
        values.put(key, value.trim());
        origin.put(key, "environment variable " + envName);
      }
    }
    for (Map.Entry<String, String> e : cli.entrySet()) {
      if (!DEFAULTS.containsKey(e.getKey())) {
        throw new IllegalArgumentException("unknown command-line key '" + e.getKey() + "'");
      }
      values.put(e.getKey(), e.getValue().trim());
      origin.put(e.getKey(), "command line");
    }
    Parser p = new Parser(values, origin);
    List<String> keys = p.get("api_keys", ServerConfig::hashKeys);
    Path keysFile = p.get("api_keys_file", s -> s.isEmpty() ? null : Path.of(s));
    String host = values.get("host");
    if (host.isEmpty()) {
      host = keys.isEmpty() && keysFile == null ? LOOPBACK : ANY_INTERFACE;
    }
    return new ServerConfig(
        host,
        p.integer("port"),
        p.get("model", s -> s.isEmpty() ? null : Path.of(s)),
        p.integer("max_batch_size"),
        Duration.ofMillis(p.integer("max_batch_delay_ms")),
        p.integer("queue_capacity"),
        p.integer("workers"),
        p.get("adaptive_batch_delay", ServerConfig::parseBoolean),
        p.integer("intra_op_threads"),
        p.integer("max_batch_conversations"),
        p.get("max_body_bytes", Long::parseLong),
        keys,
        keysFile,
        p.get("protect_operational", ServerConfig::parseBoolean),
        Duration.ofMillis(p.integer("shutdown_timeout_ms")),
        new HttpLimits(
            p.integer("max_concurrent_requests"),
            p.integer("max_concurrent_uploads"),
            Duration.ofMillis(p.integer("body_read_timeout_ms")),
            p.get("min_upload_bytes_per_second", Long::parseLong),
            Duration.ofMillis(p.integer("idle_timeout_ms")),
            p.integer("max_auth_failures_per_minute")),
        p.get("exit_on_load_failure", ServerConfig::parseBoolean),
        p.get("model_public_key", s -> s.isEmpty() ? null : Path.of(s)),
        new ModelAdminConfig(
            p.get("admin_api_keys", ServerConfig::hashKeys),
            p.integer("max_loaded_models"),
            p.get("shadow_share", Double::parseDouble)),
        FeedbackConfig.parse(p));
  }

  /** The batching part. */
  public BatchingConfig batching() {
    return new BatchingConfig(
        maxBatchSize, maxBatchDelay, queueCapacity, workers, adaptiveBatchDelay);
  }

  /** A copy on another port (tests use 0). */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(
        host,
        newPort,
        modelDir,
        maxBatchSize,
        maxBatchDelay,
        queueCapacity,
        workers,
        adaptiveBatchDelay,
        intraOpThreads,
        maxBatchConversations,
        maxBodyBytes,
        apiKeys,
        apiKeysFile,
        protectOperational,
        shutdownTimeout,
        limits,
        exitOnLoadFailure,
        modelPublicKey,
        admin,
        feedback);
  }

  /** Whether requests must present an API key. */
  public boolean authenticated() {
    return !apiKeys.isEmpty() || apiKeysFile != null;
  }

  /** Never shows key material: only how many keys there are. */
  @Override
  public String toString() {
    return "ServerConfig[host="
        + host
        + ", port="
        + port
        + ", model="
        + (modelDir == null ? "default" : modelDir)
        + ", max_batch_size="
        + maxBatchSize
        + ", max_batch_delay_ms="
        + maxBatchDelay.toMillis()
        + ", queue_capacity="
        + queueCapacity
        + ", workers="
        + workers
        + ", adaptive_batch_delay="
        + adaptiveBatchDelay
        + ", intra_op_threads="
        + intraOpThreads
        + ", max_batch_conversations="
        + maxBatchConversations
        + ", max_body_bytes="
        + maxBodyBytes
        + ", api_keys="
        + apiKeys.size()
        + ", api_keys_file="
        + apiKeysFile
        + ", protect_operational="
        + protectOperational
        + ", "
        + limits
        + ", exit_on_load_failure="
        + exitOnLoadFailure
        + ", model_public_key="
        + modelPublicKey
        + ", "
        + admin
        + ", "
        + feedback
        + "]";
  }

  private static Map<String, String> readProperties(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage());
    }
    Map<String, String> map = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
    return map;
  }

  /**
   * The keys of {@code api_keys} as {@code sha256:<hex>} digests; a plain key is hashed here and
   * not kept. A value that is set but holds no key fails: keys fail closed.
   */
  private static List<String> hashKeys(String value) {
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> digests = new ArrayList<>();
    String[] entries = value.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].trim();
      if (entry.regionMatches(true, 0, ApiKeys.HASH_PREFIX, 0, ApiKeys.HASH_PREFIX.length())) {
        digests.add(
            ApiKeys.HASH_PREFIX
                + ApiKeys.parseDigestHex(
                    entry.substring(ApiKeys.HASH_PREFIX.length()), "entry " + (i + 1)));
      } else if (!entry.isEmpty()) {
        digests.add(ApiKeys.HASH_PREFIX + ApiKeys.hashHex(entry));
      }
    }
    if (digests.isEmpty()) {
      throw new IllegalArgumentException(
          "it is set but holds no key; unset it to serve without keys");
    }
    return List.copyOf(digests);
  }

  private static boolean parseBoolean(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  private static void requireRange(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          key + " must be between " + min + " and " + max + ", received " + value);
    }
  }

  /** Parses values and names the key and its source when one is wrong (never a secret's value). */
  record Parser(Map<String, String> values, Map<String, String> origin) {
    <T> T get(String key, Function<String, T> parse) {
      String raw = values.get(key);
      try {
        return parse.apply(raw);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            key
                + " from "
                + origin.get(key)
                + ": cannot use '"
                + (key.endsWith("api_keys") || FeedbackConfig.SECRETS.contains(key) ? "***" : raw)
                + "'"
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
      }
    }

    int integer(String key) {
      return get(key, Integer::parseInt);
    }

    boolean bool(String key) {
      return get(key, ServerConfig::parseBoolean);
    }

    String string(String key) {
      return values.get(key);
    }
  }
}
