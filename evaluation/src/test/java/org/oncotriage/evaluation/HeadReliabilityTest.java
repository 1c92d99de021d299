package org.oncotriage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oncotriage.conversation.Responder.MEDICAL_ASSISTANT;
import static org.oncotriage.conversation.Responder.NURSE;
import static org.oncotriage.conversation.Responder.ONCOLOGIST;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;

/**
 * Four conversations, two bins ([0, 0.5) and [0.5, 1]); probabilities by ordinal (medical
 * assistant, nurse, oncologist):
 *
 * <pre>
 *   1  labeled medical_assistant  0.7 0.2 0.1
 *   2  labeled nurse              0.6 0.3 0.1
 *   3  labeled nurse              0.1 0.8 0.1
 *   4  labeled oncologist         0.2 0.2 0.6
 * </pre>
 */
class HeadReliabilityTest {

  private static final int BINS = 2;

  private static Outcomes fixture() {
    Outcomes outcomes = new Outcomes(false);
    add(outcomes, "1", MEDICAL_ASSISTANT, 0.7, 0.2, 0.1);
    add(outcomes, "2", NURSE, 0.6, 0.3, 0.1);
    add(outcomes, "3", NURSE, 0.1, 0.8, 0.1);
    add(outcomes, "4", ONCOLOGIST, 0.2, 0.2, 0.6);
    return outcomes;
  }

  private static void add(Outcomes outcomes, String id, Responder truth, double... byOrdinal) {
    Conversation conversation =
        new Conversation(
            id,
            List.of(new Message(Sender.PATIENT, null, "made-up text")),
            ConversationContext.EMPTY,
            new Labels(truth, false, false));
    ResponderProbabilities p = ResponderProbabilities.fromOrdinalArray(byOrdinal);
    outcomes.add(
        conversation,
        new TriageResult(
            id,
            p.mostLikely(),
            new TriageResult.ResponderAssessment(p.mostLikely(), p),
            new TriageResult.BillableAssessment(0.2, false, null, List.of()),
            new TriageResult.UrgentAssessment(false, 0.1, List.of()),
            new TriageResult.ModelIdentity("fixture", "test")));
  }

  private static HeadReliability head(String name) {
    return HeadReliability.of(fixture(), BINS).stream()
        .filter(h -> h.head().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void headsComeBillableUrgentThenEachLevelInResponderOrder() {
    assertThat(HeadReliability.of(fixture(), BINS))
        .extracting(HeadReliability::head)
        .containsExactly(
            "billable",
            "urgent",
            "responder.medical_assistant",
            "responder.nurse",
            "responder.oncologist");
  }

  @Test
  void aLevelIsBinnedByItsProbabilityAgainstTheLabelBeingThatLevel() {
    // nurse: 0.2, 0.3, 0.2 (labels no, yes, no) below 0.5; 0.8 (yes) above.
    List<ReliabilityBin> bins = head("responder.nurse").bins();
    assertThat(bins).extracting(ReliabilityBin::count).containsExactly(3L, 1L);
    assertThat(bins.get(0).meanScore()).isCloseTo(0.7 / 3, within(1e-12));
    assertThat(bins.get(0).positiveRate()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(bins.get(1).meanScore()).isCloseTo(0.8, within(1e-12));
    assertThat(bins.get(1).positiveRate()).isEqualTo(1.0);
  }

  @Test
  void eachLevelHasItsOwnBinCounts() {
    assertThat(head("responder.medical_assistant").bins())
        .extracting(ReliabilityBin::count)
        .containsExactly(2L, 2L);
    assertThat(head("responder.oncologist").bins())
        .extracting(ReliabilityBin::count)
        .containsExactly(3L, 1L);
  }

  @Test
  void theEceWeighsEachBinsGapByItsShareOfConversations() {
    // medical assistant: 2/4 |0.15 - 0| + 2/4 |0.65 - 0.5|
    assertThat(head("responder.medical_assistant").expectedCalibrationError())
        .isCloseTo(0.15, within(1e-12));
    // nurse: 3/4 |0.7/3 - 1/3| + 1/4 |0.8 - 1|
    assertThat(head("responder.nurse").expectedCalibrationError()).isCloseTo(0.125, within(1e-12));
    // oncologist: 3/4 |0.1 - 0| + 1/4 |0.6 - 1|
    assertThat(head("responder.oncologist").expectedCalibrationError())
        .isCloseTo(0.175, within(1e-12));
  }
}
