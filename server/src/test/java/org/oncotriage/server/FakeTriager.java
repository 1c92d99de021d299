package org.oncotriage.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.triage.BillingEligibility;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.TriageResult.ResponderAssessment;
import org.oncotriage.triage.TriageResult.UrgentAssessment;
import org.oncotriage.triage.Triager;

/**
 * A deterministic test model: a conversation whose text mentions "fever" is urgent and goes to the
 * oncologist, one that mentions "refill" goes to a medical assistant, anything else to a nurse.
 * Each batch can be made slow, and every batch size is recorded. Thread-safe.
 */
public final class FakeTriager implements Triager {

  public static final ModelDescription DESCRIPTION =
      new ModelDescription(
          "fake-model",
          "1.2.3",
          List.of("oncologist", "nurse", "medical_assistant"),
          Map.of("billable", 0.5),
          JsonNodeFactory.instance.objectNode().put("trainer", "none"),
          Map.of("macro_f1", 0.9));

  private final long batchDelayMillis;
  private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  private volatile boolean failing;
  private volatile boolean closed;

  public FakeTriager() {
    this(0);
  }

  /**
   * @param batchDelayMillis how long each batch call sleeps, so that requests can pile up
   */
  public FakeTriager(long batchDelayMillis) {
    this.batchDelayMillis = batchDelayMillis;
  }

  /** Makes every later call throw (with a message that quotes nothing). */
  public FakeTriager failing() {
    failing = true;
    return this;
  }

  public List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    return triageBatch(List.of(conversation)).get(0);
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    batchSizes.add(conversations.size());
    if (batchDelayMillis > 0) {
      try {
        Thread.sleep(batchDelayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failing) {
      throw new IllegalStateException("fake model failure");
    }
    List<TriageResult> results = new ArrayList<>();
    for (Conversation c : conversations) {
      results.add(resultFor(c));
    }
    return results;
  }

  /** The result this fake gives for a conversation. */
  public static TriageResult resultFor(Conversation c) {
    String text = String.join(" ", c.messages().stream().map(Message::text).toList());
    String lower = text.toLowerCase(Locale.ROOT);
    boolean urgent = lower.contains("fever");
    Responder level =
        urgent
            ? Responder.ONCOLOGIST
            : lower.contains("refill") ? Responder.MEDICAL_ASSISTANT : Responder.NURSE;
    double[] p = new double[3];
    p[level.ordinal()] = 0.8;
    for (int i = 0; i < 3; i++) {
      if (i != level.ordinal()) {
        p[i] = 0.1;
      }
    }
    List<RedFlagFinding> findings =
        urgent
            ? List.of(
                new RedFlagFinding(
                    0,
                    lower.indexOf("fever"),
                    lower.indexOf("fever") + 5,
                    "fever during chemotherapy",
                    "fever"))
            : List.of();
    return new TriageResult(
        c.id(),
        level,
        new ResponderAssessment(level, ResponderProbabilities.fromOrdinalArray(p)),
        BillingEligibility.assess(0.3, false, urgent, c.context()),
        new UrgentAssessment(urgent, urgent ? 0.9 : 0.05, findings),
        DESCRIPTION.identity());
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
