package org.oncotriage.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.oncotriage.conversation.Responder;
import org.oncotriage.server.batching.WorkLoadListener;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;

/**
 * The service's Prometheus metrics through Micrometer: request counts and latency by endpoint,
 * method and status; queue depth, waits and refusals; batch sizes and durations; routes predicted;
 * the model's name and version as an info gauge. Thread-safe.
 */
public final class ServerMetrics implements WorkLoadListener {

  private static final double[] BATCH_SIZE_BUCKETS = {1, 2, 4, 8, 16, 32, 64, 128, 256};

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final DistributionSummary batchSize;
  private final Timer batchDuration;
  private final Timer queueWait;
  private final Counter batchFailures;
  private final Counter rejected;
  private final Map<Responder, Counter> routes = new EnumMap<>(Responder.class);
  private final Counter urgent;
  private final AtomicInteger ready = new AtomicInteger();
  private Gauge modelInfo;
  private final Map<Refusal, Counter> refusals = new EnumMap<>(Refusal.class);

  /** Why a request was refused before it reached the model; a fixed set of label values. */
  public enum Refusal {
    /** {@code max_concurrent_requests} were in progress. */
    REQUESTS,
    /** {@code max_concurrent_uploads} bodies were arriving. */
    UPLOADS,
    /** The body took longer than {@code body_read_timeout_ms}. */
    BODY_TIMEOUT,
    /** The body arrived slower than {@code min_upload_bytes_per_second}. */
    BODY_RATE,
    /** The client address had presented too many wrong keys. */
    AUTH_THROTTLE;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * @param queueDepth reads the work queue's depth in conversations (0 before the model loads)
   */
  public ServerMetrics(IntSupplier queueDepth) {
    Gauge.builder("oncotriage.queue.depth", queueDepth::getAsInt)
        .description("conversations waiting for a model worker")
        .register(registry);
    Gauge.builder("oncotriage.model.ready", ready::get)
        .description("1 when the model is loaded")
        .register(registry);
    batchSize =
        DistributionSummary.builder("oncotriage.batch.size")
            .description("conversations per model batch")
            .serviceLevelObjectives(BATCH_SIZE_BUCKETS)
            .register(registry);
    batchDuration =
        Timer.builder("oncotriage.batch.duration")
            .description("time in Triager.triageBatch per batch")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);
    queueWait =
        Timer.builder("oncotriage.queue.wait")
            .description("time a conversation waited in the queue")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);
    batchFailures =
        Counter.builder("oncotriage.batch.failures")
            .description("model batches that threw")
            .register(registry);
    rejected =
        Counter.builder("oncotriage.queue.rejected")
            .description("conversations refused because the queue was full")
            .register(registry);
    for (Responder r : Responder.values()) {
      routes.put(
          r,
          Counter.builder("oncotriage.routes.predicted")
              .description("triage results by route")
              .tag("route", r.wireName())
              .register(registry));
    }
    for (Refusal r : Refusal.values()) {
      refusals.put(
          r,
          Counter.builder("oncotriage.http.refused")
              .description("requests refused by a service limit, by limit")
              .tag("limit", r.label())
              .register(registry));
    }
    urgent =
        Counter.builder("oncotriage.urgent.flagged")
            .description("triage results with the urgent flag set")
            .register(registry);
  }

  /**
   * Records one finished HTTP request. The labels are bounded whatever the caller sends: a method
   * that is not standard counts as {@code other} ({@link HttpMethods#label}), the endpoint is a
   * route path or {@code unmatched}, the status a three-digit code.
   *
   * @param endpoint the matched route path, or {@code unmatched}
   */
  public void request(String method, String endpoint, int status, Duration latency) {
    String statusLabel = status >= 100 && status <= 599 ? Integer.toString(status) : "other";
    Timer.builder("http.server.requests")
        .description("HTTP requests by method, endpoint and status")
        .tags(
            Tags.of(
                "method", HttpMethods.label(method), "endpoint", endpoint, "status", statusLabel))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry)
        .record(latency);
  }

  /** Counts one request refused by a limit of {@link HttpLimits}, by the limit that refused it. */
  public void refused(Refusal reason) {
    refusals.get(reason).increment();
  }

  /** Counts the routes (and urgent flags) of results sent to callers. */
  public void results(Iterable<TriageResult> results) {
    for (TriageResult result : results) {
      routes.get(result.route()).increment();
      if (result.urgent().flag()) {
        urgent.increment();
      }
    }
  }

  /**
   * Marks the model loaded and publishes its identity; after a promotion, the new serving model's
   * identity replaces the old one's.
   */
  public synchronized void modelLoaded(ModelDescription description) {
    if (modelInfo != null) {
      registry.remove(modelInfo);
    }
    modelInfo =
        Gauge.builder("oncotriage.model.info", () -> 1)
            .description("the serving model; the value is always 1")
            .tags("name", description.name(), "version", description.version())
            .register(registry);
    ready.set(1);
  }

  /** The registry, for the meters other parts keep (shadow scoring, feedback). */
  MeterRegistry registry() {
    return registry;
  }

  @Override
  public void batchCompleted(int size, Duration duration, boolean failed) {
    batchSize.record(size);
    batchDuration.record(duration);
    if (failed) {
      batchFailures.increment();
    }
  }

  @Override
  public void queueWaited(Duration waited) {
    queueWait.record(waited);
  }

  @Override
  public void rejected(int conversations) {
    rejected.increment(conversations);
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}
