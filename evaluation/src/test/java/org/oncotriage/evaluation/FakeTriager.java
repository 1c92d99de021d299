package org.oncotriage.evaluation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/** A triager that answers from a table by conversation id, and records its batch sizes. */
public final class FakeTriager implements Triager {

  /** The fake's answer for one conversation. */
  public record Answer(
      Responder level, Responder route, double billable, boolean urgentFlag, double urgent) {}

  private final String name;
  private final Map<String, Answer> answers;
  private final Answer fallback;
  final List<Integer> batchSizes = new ArrayList<>();

  public FakeTriager(String name, Map<String, Answer> answers) {
    this(name, answers, null);
  }

  private FakeTriager(String name, Map<String, Answer> answers, Answer fallback) {
    this.name = name;
    this.answers = Map.copyOf(answers);
    this.fallback = fallback;
  }

  /** A fake that gives every conversation the same answer. */
  public static FakeTriager constant(String name, Answer answer) {
    return new FakeTriager(name, Map.of(), answer);
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    Answer a = answers.getOrDefault(conversation.id(), fallback);
    if (a == null) {
      throw new IllegalArgumentException("the fake has no answer for " + conversation.id());
    }
    double[] p = new double[3];
    p[a.level().ordinal()] = 0.8;
    for (int i = 0; i < 3; i++) {
      p[i] = i == a.level().ordinal() ? 0.8 : 0.1;
    }
    return new TriageResult(
        conversation.id(),
        a.route(),
        new TriageResult.ResponderAssessment(a.level(), ResponderProbabilities.fromOrdinalArray(p)),
        new TriageResult.BillableAssessment(a.billable(), a.billable() >= 0.5, null, List.of()),
        new TriageResult.UrgentAssessment(a.urgentFlag(), a.urgent(), List.of()),
        new TriageResult.ModelIdentity(name, "test"));
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    batchSizes.add(conversations.size());
    return conversations.stream().map(this::triage).toList();
  }

  @Override
  public ModelDescription description() {
    return new ModelDescription(
        name,
        "test",
        List.of("oncologist", "nurse", "medical_assistant"),
        Map.of("billable", 0.5),
        JsonNodeFactory.instance.objectNode().put("trainer", "fake for tests"),
        Map.of());
  }

  @Override
  public void close() {}
}
