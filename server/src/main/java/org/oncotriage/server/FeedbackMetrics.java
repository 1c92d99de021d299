package org.oncotriage.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.oncotriage.feedback.Feedback;
import org.oncotriage.feedback.TriageMemory;

/**
 * Running agreement between the service and clinicians, as Prometheus counters: {@code
 * oncotriage_feedback_total{model_version,level,verdict}} (level: the clinician's; verdict: {@code
 * agree}, {@code under_triage}, {@code over_triage}) and {@code
 * oncotriage_feedback_urgent_missed_total{model_version}}, plus the triage memory's queue ({@code
 * oncotriage_triage_memory_queued}, {@code _written_total}, {@code _dropped_total}, {@code
 * _failed_total}). Labels are bounded: levels and verdicts are fixed sets, and the first {@value
 * #MAX_VERSIONS} model versions seen keep their names while later ones count as {@code other}.
 * Thread-safe.
 */
final class FeedbackMetrics {

  /** Model versions that get a label value of their own. */
  static final int MAX_VERSIONS = 16;

  /** The label value of versions beyond {@link #MAX_VERSIONS}. */
  static final String OTHER_VERSION = "other";

  private static final int MAX_VERSION_CHARS = 64;

  private final MeterRegistry registry;
  private final Set<String> versions = ConcurrentHashMap.newKeySet();

  FeedbackMetrics(MeterRegistry registry, TriageMemory memory) {
    this.registry = registry;
    Gauge.builder("oncotriage.triage.memory.queued", memory::queued)
        .description("triage results waiting to be remembered in the feedback database")
        .register(registry);
    FunctionCounter.builder("oncotriage.triage.memory.written", memory, TriageMemory::written)
        .description("triage results remembered in the feedback database")
        .register(registry);
    FunctionCounter.builder("oncotriage.triage.memory.dropped", memory, TriageMemory::dropped)
        .description("triage results not remembered because the memory queue was full")
        .register(registry);
    FunctionCounter.builder("oncotriage.triage.memory.failed", memory, TriageMemory::failed)
        .description("triage results not remembered because the database write failed")
        .register(registry);
  }

  /** Counts one recorded feedback. */
  void recorded(Feedback feedback) {
    String version = versionLabel(feedback.triage().modelVersion());
    Counter.builder("oncotriage.feedback")
        .description("clinicians' feedback by model version, clinician's level and verdict")
        .tags(
            "model_version",
            version,
            "level",
            feedback.labels().responder().wireName(),
            "verdict",
            feedback.verdict().wireName())
        .register(registry)
        .increment();
    if (feedback.labels().urgent() && !feedback.triage().urgent()) {
      Counter.builder("oncotriage.feedback.urgent.missed")
          .description("feedback calling urgent a conversation the service did not flag")
          .tag("model_version", version)
          .register(registry)
          .increment();
    }
  }

  private String versionLabel(String version) {
    String v =
        version.length() > MAX_VERSION_CHARS ? version.substring(0, MAX_VERSION_CHARS) : version;
    if (versions.contains(v)) {
      return v;
    }
    synchronized (versions) {
      if (versions.size() < MAX_VERSIONS) {
        versions.add(v);
        return v;
      }
    }
    return versions.contains(v) ? v : OTHER_VERSION;
  }
}
