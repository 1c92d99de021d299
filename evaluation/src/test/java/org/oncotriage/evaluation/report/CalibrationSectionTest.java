package org.oncotriage.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.evaluation.Evaluation;
import org.oncotriage.evaluation.FakeTriager;
import org.oncotriage.evaluation.PredictionSink;
import org.oncotriage.evaluation.ReportFixtures;
import org.oncotriage.evaluation.TriageEvaluator;
import org.oncotriage.json.Json;
import org.oncotriage.triage.ModelDescription;

/**
 * The section on {@link ReportFixtures}' five conversations, where the route under-triages 2 of 5
 * (40.0%) and over-triages none.
 */
class CalibrationSectionTest {

  @TempDir Path dir;
  private Evaluation evaluation;

  @BeforeEach
  void evaluate() throws Exception {
    evaluation =
        new TriageEvaluator(ReportFixtures.settings())
            .evaluate(
                new FakeTriager("fake-model", ReportFixtures.answers()),
                ReportFixtures.data(dir),
                PredictionSink.NONE);
  }

  private static String markdown(Evaluation evaluation) {
    ReportDocument doc = new ReportDocument();
    CalibrationSection.add(doc, evaluation);
    return MarkdownRenderer.render(doc);
  }

  private Evaluation describedBy(JsonNode decisionPolicy, JsonNode calibration) {
    ModelDescription m = evaluation.model();
    ModelDescription described =
        new ModelDescription(
            m.name(),
            m.version(),
            m.labels(),
            m.thresholds(),
            m.provenance(),
            m.validationMetrics(),
            decisionPolicy,
            calibration);
    Evaluation e = evaluation;
    return new Evaluation(
        described,
        e.data(),
        e.conversations(),
        e.settings(),
        e.level(),
        e.route(),
        e.urgent(),
        e.billable(),
        e.reliability(),
        e.intervals(),
        e.workload(),
        e.createdAt());
  }

  private static ObjectNode policy() {
    return Json.mapper()
        .createObjectNode()
        .put("max_under_triage", 0.05)
        .put("chosen_on", "out-of-fold scores of the practice data (practice.jsonl)")
        .put("under_triage_rate", 0.04)
        .put("over_triage_rate", 0.21)
        .put("conversations", 300);
  }

  private static ObjectNode calibration() {
    ObjectNode node =
        Json.mapper()
            .createObjectNode()
            .put("method", "Platt scaling")
            .put("fitted_on", "practice.jsonl, out-of-fold");
    node.putObject("urgent").put("intercept", -1.25);
    return node;
  }

  @Test
  void statesTheBudgetAndTheDataItWasChosenOn() {
    assertThat(markdown(describedBy(policy(), calibration())))
        .contains(
            "Decision policy: routing thresholds chosen for an under-triage budget of at most"
                + " 5.0%, on out-of-fold scores of the practice data (practice.jsonl) (300"
                + " conversations).")
        .contains("| Under-triage budget (at most) | 5.0% | - |");
  }

  @Test
  void putsTheUnderAndOverTriageThereBesideThoseMeasuredOnThisData() {
    assertThat(markdown(describedBy(policy(), calibration())))
        .contains("| Under-triage rate | 4.0% | 40.0% [")
        .contains("| Over-triage rate (the cost) | 21.0% | 0.0% |");
  }

  @Test
  void statesTheCalibrationMethodDataAndFittedValues() {
    assertThat(markdown(describedBy(policy(), calibration())))
        .contains("Calibration method: Platt scaling. Fitted on: practice.jsonl, out-of-fold.")
        .contains("Fitted values:", "\"intercept\" : -1.25");
  }

  @Test
  void saysNotStatedByTheModelWhenTheDescriptionIsEmpty() {
    assertThat(evaluation.model().decisionPolicy().isEmpty()).isTrue();
    assertThat(markdown(evaluation))
        .contains("Decision policy: not stated by the model.")
        .contains("| Under-triage budget (at most) | not stated by the model | - |")
        .contains("| Over-triage rate (the cost) | not stated by the model | 0.0% |")
        .contains("Calibration: not stated by the model.")
        .doesNotContain("Fitted values:");
  }

  @Test
  void tabulatesEachLevelsBinsWithTheirCounts() {
    // The fake gives its level 0.8 and the others 0.1. Nurse probabilities: 0.1 for a, b
    // (labeled nurse) and c; 0.8 for d and e (both labeled oncologist).
    assertThat(markdown(evaluation))
        .contains("### Reliability of responder.probabilities.nurse")
        .contains("| [0.0, 0.1) | 0 | n/a | n/a |")
        .contains("| [0.1, 0.2) | 3 | 0.100 | 0.333 |")
        .contains("| [0.8, 0.9) | 2 | 0.800 | 0.000 |")
        .contains("| [0.9, 1.0] | 0 | n/a | n/a |");
  }

  @Test
  void listsTheEceOfEveryHead() {
    // nurse: 3/5 |0.1 - 1/3| + 2/5 |0.8 - 0| = 0.14 + 0.32
    assertThat(markdown(evaluation))
        .contains(
            "| responder.nurse | responder.probabilities.nurse | labeled responder = nurse"
                + " | 0.4600 |")
        .contains("| billable | billable.probability | labeled billable |")
        .contains("| urgent | urgent.probability | labeled urgent |");
  }
}
