package org.oncotriage.triage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;

/**
 * A plain (not staged) test model for {@link StagedTriager#of}: every conversation goes to a nurse,
 * {@link #triage} is a batch of one, and every batch size is recorded. The server's tests have a
 * fuller one. Thread-safe.
 */
final class FakeTriager implements Triager {

  static final ModelDescription DESCRIPTION =
      new ModelDescription(
          "fake-model",
          "1.2.3",
          List.of("oncologist", "nurse", "medical_assistant"),
          Map.of("billable", 0.5),
          JsonNodeFactory.instance.objectNode().put("trainer", "none"),
          Map.of("macro_f1", 0.9));

  private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  boolean closed() {
    return closed;
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    return triageBatch(List.of(conversation)).get(0);
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    batchSizes.add(conversations.size());
    List<TriageResult> results = new ArrayList<>();
    for (Conversation c : conversations) {
      results.add(
          new TriageResult(
              c.id(),
              Responder.NURSE,
              new TriageResult.ResponderAssessment(
                  Responder.NURSE, new ResponderProbabilities(0.1, 0.8, 0.1)),
              BillingEligibility.assess(0.3, false, false, c.context()),
              new TriageResult.UrgentAssessment(false, 0.05, List.of()),
              DESCRIPTION.identity()));
    }
    return results;
  }

  @Override
  public ModelDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void close() {
    closed = true;
  }
}
