package org.oncotriage.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oncotriage.triage.TriageResult;

/**
 * What shadow scoring shows, per candidate version (the {@code version} tag is always the
 * candidate's; {@code model} says which side a count is of, {@code candidate} or {@code serving}):
 *
 * <ul>
 *   <li>{@code oncotriage_shadow_requests_total{version,outcome}}: requests sampled for the
 *       candidate, by outcome: {@code compared}, {@code dropped} (the shadow queue or the
 *       candidate's queue was full) or {@code failed} (the candidate threw or timed out);
 *   <li>{@code oncotriage_shadow_conversations_total{version}}: conversations compared;
 *   <li>{@code oncotriage_shadow_route_agreement_total{version}} and {@code
 *       oncotriage_shadow_urgent_agreement_total{version}}: of those, how many got the same route,
 *       the same urgent flag, from both; divide by the conversations for the agreement rate;
 *   <li>{@code oncotriage_shadow_route_disagreement_total{version,direction}}: the candidate routed
 *       {@code higher} or {@code lower} than the serving model;
 *   <li>{@code oncotriage_shadow_routes_total{version,model,route}} and {@code
 *       oncotriage_shadow_urgent_flagged_total{version,model}}: the route mix and urgent flags of
 *       both on the same conversations;
 *   <li>{@code oncotriage_shadow_latency_seconds{version,model}}: time to the results of one
 *       request (the candidate's measured on the shadow thread, queue included).
 * </ul>
 *
 * <p>Tags are bounded: versions by {@code max_loaded_models}, and a version's series are removed
 * when it is unloaded ({@link #remove}). Thread-safe.
 */
final class ShadowMetrics {

  private static final String PREFIX = "oncotriage.shadow.";

  /** How a sampled request ended for the candidate. */
  enum Outcome {
    COMPARED,
    DROPPED,
    FAILED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final MeterRegistry registry;

  ShadowMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Counts one sampled request by its outcome. */
  void outcome(String version, Outcome outcome) {
    counter("requests", version, "outcome", outcome.label()).increment();
  }

  /**
   * Records one compared request: both sides' results for the same conversations, in the same
   * order, and how long each took.
   */
  void compared(
      String version,
      List<TriageResult> serving,
      List<TriageResult> candidate,
      Duration servingLatency,
      Duration candidateLatency) {
    outcome(version, Outcome.COMPARED);
    timer(version, "serving").record(servingLatency);
    timer(version, "candidate").record(candidateLatency);
    counter("conversations", version).increment(serving.size());
    for (int i = 0; i < serving.size(); i++) {
      TriageResult s = serving.get(i);
      TriageResult c = candidate.get(i);
      side(version, "serving", s);
      side(version, "candidate", c);
      if (s.route() == c.route()) {
        counter("route.agreement", version).increment();
      } else {
        String direction = c.route().isAbove(s.route()) ? "higher" : "lower";
        counter("route.disagreement", version, "direction", direction).increment();
      }
      if (s.urgent().flag() == c.urgent().flag()) {
        counter("urgent.agreement", version).increment();
      }
    }
  }

  /** Removes every series of a version (it was unloaded). */
  void remove(String version) {
    for (Meter meter : List.copyOf(registry.getMeters())) {
      Meter.Id id = meter.getId();
      if (id.getName().startsWith(PREFIX) && version.equals(id.getTag("version"))) {
        registry.remove(meter);
      }
    }
  }

  private void side(String version, String model, TriageResult result) {
    counter("routes", version, "model", model, "route", result.route().wireName()).increment();
    if (result.urgent().flag()) {
      counter("urgent.flagged", version, "model", model).increment();
    }
  }

  private Counter counter(String name, String version, String... tags) {
    return Counter.builder(PREFIX + name)
        .description("shadow scoring: " + name.replace('.', ' ') + ", by candidate version")
        .tag("version", version)
        .tags(tags)
        .register(registry);
  }

  private Timer timer(String version, String model) {
    return Timer.builder(PREFIX + "latency")
        .description("time to the results of one shadowed request, by side")
        .tag("version", version)
        .tag("model", model)
        .register(registry);
  }
}
