package org.oncotriage.server.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.BillingEligibility;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.TriageResult.ResponderAssessment;
import org.oncotriage.triage.TriageResult.UrgentAssessment;
import org.oncotriage.triage.Triager;

/**
 * A stand-in model for load tests until the real one is merged: it costs what a small transformer
 * batch costs ({@code fixed + perItem * n}, spent busy-waiting on the calling thread so that it
 * uses a core like inference does) and returns a fixed nurse-level result. Not a triage model:
 * never serve it. Thread-safe.
 */
final class SimulatedTriager implements Triager {

  private final long fixedNanos;
  private final long perItemNanos;
  private final ModelDescription description =
      new ModelDescription(
          "simulated",
          "load-test",
          List.of("oncologist", "nurse", "medical_assistant"),
          Map.of("billable", 0.5),
          JsonNodeFactory.instance.objectNode().put("kind", "simulated cost model"),
          Map.of());

  /**
   * @param fixedMicros cost of one batch call, microseconds
   * @param perItemMicros added cost per conversation, microseconds
   */
  public SimulatedTriager(long fixedMicros, long perItemMicros) {
    this.fixedNanos = fixedMicros * 1_000;
    this.perItemNanos = perItemMicros * 1_000;
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    return triageBatch(List.of(conversation)).get(0);
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    spin(fixedNanos + perItemNanos * conversations.size());
    List<TriageResult> results = new ArrayList<>(conversations.size());
    for (Conversation c : conversations) {
      results.add(
          new TriageResult(
              c.id(),
              Responder.NURSE,
              new ResponderAssessment(Responder.NURSE, new ResponderProbabilities(0.1, 0.8, 0.1)),
              BillingEligibility.assess(0.2, false, false, c.context()),
              new UrgentAssessment(false, 0.01, List.of()),
              description.identity()));
    }
    return results;
  }

  @Override
  public ModelDescription description() {
    return description;
  }

  @Override
  public void close() {}

  /** Busy on the calling thread for {@code nanos}, like a CPU-bound forward pass. */
  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() - end < 0) {
      Thread.onSpinWait();
    }
  }
}
