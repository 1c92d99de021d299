package org.oncotriage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.oncotriage.conversation.Responder.MEDICAL_ASSISTANT;
import static org.oncotriage.conversation.Responder.NURSE;
import static org.oncotriage.conversation.Responder.ONCOLOGIST;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.evaluation.FakeTriager.Answer;
import org.oncotriage.evaluation.workload.WorkloadAssumptions;

class TriageEvaluatorTest {

  @TempDir Path dir;

  static final List<String> LINES =
      List.of(
          LabeledLines.line(
              "a", "Can I move my appointment to Friday?", "medical_assistant", false, false),
          LabeledLines.line("b", "Mild nausea since the infusion.", "nurse", false, false),
          LabeledLines.line(
              "c", "New pain in my hip, should we change the plan?", "oncologist", true, false),
          LabeledLines.line("d", "Fever of 101.5 on chemo.", "oncologist", false, true),
          LabeledLines.line("e", "Short of breath since this morning.", "oncologist", false, true));

  /** a right; b under-routed to MA; c right; d right and flagged; e under-routed and missed. */
  static final Map<String, Answer> ANSWERS =
      Map.of(
          "a", new Answer(MEDICAL_ASSISTANT, MEDICAL_ASSISTANT, 0.1, false, 0.05),
          "b", new Answer(MEDICAL_ASSISTANT, MEDICAL_ASSISTANT, 0.2, false, 0.1),
          "c", new Answer(ONCOLOGIST, ONCOLOGIST, 0.9, false, 0.1),
          "d", new Answer(NURSE, ONCOLOGIST, 0.3, true, 0.9),
          "e", new Answer(NURSE, NURSE, 0.4, false, 0.3));

  static EvaluationSettings settings(int batch) {
    return new EvaluationSettings(batch, 200, 3, 10, false, WorkloadAssumptions.KPNC_DEFAULTS);
  }

  @Test
  void scoresRouteAndLevelSeparately() throws Exception {
    Path data = LabeledLines.write(dir, "data.jsonl", LINES);
    Evaluation e =
        new TriageEvaluator(settings(2))
            .evaluate(new FakeTriager("fake", ANSWERS), data, PredictionSink.NONE);
    assertThat(e.conversations()).isEqualTo(5);
    assertThat(e.route().accuracy()).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(e.level().accuracy()).isCloseTo(2 / 5.0, within(1e-12));
    assertThat(e.route().underTriageRate()).isCloseTo(2 / 5.0, within(1e-12));
    assertThat(e.route().overTriageRate()).isZero();
    assertThat(e.route().delegationRate()).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(e.route().labeledDelegationRate()).isCloseTo(2 / 5.0, within(1e-12));
  }

  @Test
  void listsEveryMissedUrgentConversationById() throws Exception {
    Path data = LabeledLines.write(dir, "data.jsonl", LINES);
    Evaluation e =
        new TriageEvaluator(settings(64))
            .evaluate(new FakeTriager("fake", ANSWERS), data, PredictionSink.NONE);
    assertThat(e.urgent().recall()).isCloseTo(0.5, within(1e-12));
    assertThat(e.urgent().precision()).isEqualTo(1.0);
    assertThat(e.urgent().missedIds()).containsExactly("e");
    assertThat(e.urgent().missedText()).isEmpty();
  }

  @Test
  void keepsTheTextOfMissedUrgentConversationsOnlyWhenAsked() throws Exception {
    Path data = LabeledLines.write(dir, "data.jsonl", LINES);
    EvaluationSettings showText =
        new EvaluationSettings(64, 10, 3, 10, true, WorkloadAssumptions.KPNC_DEFAULTS);
    Evaluation e =
        new TriageEvaluator(showText)
            .evaluate(new FakeTriager("fake", ANSWERS), data, PredictionSink.NONE);
    assertThat(e.urgent().missedText()).containsOnlyKeys("e");
    assertThat(e.urgent().missedText().get("e")).isEqualTo("Short of breath since this morning.");
  }

  @Test
  void billableRankingUsesTheProbability() throws Exception {
    Path data = LabeledLines.write(dir, "data.jsonl", LINES);
    Evaluation e =
        new TriageEvaluator(settings(64))
            .evaluate(new FakeTriager("fake", ANSWERS), data, PredictionSink.NONE);
    assertThat(e.billable().auroc()).isEqualTo(1.0);
    assertThat(e.billable().truePositives()).isEqualTo(1);
    assertThat(e.intervals()).containsKeys(Evaluation.ROUTE_ACCURACY, Evaluation.BILLABLE_AUROC);
    assertThat(e.intervals().get(Evaluation.ROUTE_ACCURACY).contains(0.6)).isTrue();
  }

  @Test
  void sendsConversationsInBatchesOfTheConfiguredSize() throws Exception {
    Path data = LabeledLines.write(dir, "data.jsonl", LINES);
    FakeTriager fake = new FakeTriager("fake", ANSWERS);
    List<String> seen = new ArrayList<>();
    new TriageEvaluator(settings(2)).evaluate(fake, data, (c, r) -> seen.add(r.id()));
    assertThat(fake.batchSizes).containsExactly(2, 2, 1);
    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void recordsTheDataFilesHashAndLineCount() throws Exception {
    Path data = LabeledLines.write(dir, "data.jsonl", LINES);
    Evaluation e =
        new TriageEvaluator(settings(64))
            .evaluate(new FakeTriager("fake", ANSWERS), data, PredictionSink.NONE);
    assertThat(e.data().lines()).isEqualTo(5);
    assertThat(e.data().sha256()).hasSize(64).isEqualTo(DataProvenance.of(data).sha256());
    assertThat(e.model().name()).isEqualTo("fake");
  }

  @Test
  void anUnlabeledLineFailsNamingFileAndPosition() throws Exception {
    List<String> lines = new ArrayList<>(LINES);
    lines.add("{\"id\":\"f\",\"messages\":[{\"from\":\"patient\",\"text\":\"hello\"}]}");
    Path data = LabeledLines.write(dir, "data.jsonl", lines);
    assertThatThrownBy(
            () ->
                new TriageEvaluator(settings(64))
                    .evaluate(new FakeTriager("fake", ANSWERS), data, PredictionSink.NONE))
        .isInstanceOf(ConversationFormatException.class)
        .hasMessageContaining("data.jsonl:6")
        .hasMessageContaining("/labels");
  }
}
