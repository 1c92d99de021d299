package org.oncotriage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;

class TriageMetricsTest {

  private static final Responder MA = Responder.MEDICAL_ASSISTANT;
  private static final Responder N = Responder.NURSE;
  private static final Responder O = Responder.ONCOLOGIST;

  private static TriageMetrics.Row row(
      Responder level,
      Responder route,
      Responder truth,
      boolean urgentFlag,
      boolean urgent,
      double billableP,
      boolean billable) {
    return new TriageMetrics.Row(
        level, route, urgentFlag, billableP, new Labels(truth, billable, urgent));
  }

  @Test
  void figuresMatchAHandComputedExample() {
    List<TriageMetrics.Row> rows =
        List.of(
            row(MA, MA, MA, false, false, 0.1, false),
            row(N, N, N, false, false, 0.2, false),
            row(N, O, O, true, true, 0.4, false),
            row(O, O, O, false, false, 0.9, true),
            row(MA, MA, N, false, true, 0.3, true));
    Map<String, Double> m = TriageMetrics.of(rows);
    // F1: MA tp1 fp1 fn0 = 2/3; N tp1 fp1 fn1 = 1/2; O tp1 fp0 fn1 = 2/3.
    assertThat(m.get("responder_macro_f1")).isCloseTo((2 / 3.0 + 0.5 + 2 / 3.0) / 3, within(1e-9));
    assertThat(m.get("responder_accuracy")).isCloseTo(0.6, within(1e-9));
    assertThat(m.get("under_triage_rate")).isCloseTo(0.2, within(1e-9));
    assertThat(m.get("over_triage_rate")).isCloseTo(0.0, within(1e-9));
    assertThat(m.get("urgent_recall")).isCloseTo(0.5, within(1e-9));
    assertThat(m.get("urgent_precision")).isCloseTo(1.0, within(1e-9));
    // billable positives 0.9 and 0.3 against negatives 0.1, 0.2, 0.4: 0.9 beats 3, 0.3 beats 2.
    assertThat(m.get("billable_auroc")).isCloseTo(5 / 6.0, within(1e-9));
  }

  @Test
  void aLevelNeitherLabeledNorPredictedIsLeftOutOfMacroF1() {
    List<TriageMetrics.Row> rows =
        List.of(
            row(MA, MA, MA, false, false, 0.1, false),
            row(N, N, MA, false, false, 0.2, false),
            row(N, N, N, false, false, 0.3, true),
            row(N, N, N, false, false, 0.4, true));
    // F1: MA tp1 fp0 fn1 = 2/3; N tp2 fp1 fn0 = 4/5; O absent, as in the evaluation report.
    assertThat(TriageMetrics.of(rows).get("responder_macro_f1"))
        .isCloseTo((2 / 3.0 + 4 / 5.0) / 2, within(1e-9));
  }

  @Test
  void aurocCountsTiesAsHalf() {
    List<TriageMetrics.Row> rows =
        List.of(
            row(MA, MA, MA, false, false, 0.5, true), row(MA, MA, MA, false, false, 0.5, false));
    assertThat(TriageMetrics.auroc(rows)).isCloseTo(0.5, within(1e-9));
  }
}
