package org.oncotriage.evaluation.report;

import static org.oncotriage.evaluation.report.Format.num;
import static org.oncotriage.evaluation.report.Format.pct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oncotriage.evaluation.Evaluation;
import org.oncotriage.evaluation.HeadReliability;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;
import org.oncotriage.triage.ModelDescription;

/**
 * The report's "Decision policy and calibration" section, for the model under review: what its
 * routing thresholds were chosen to trade (the under-triage budget, on which data, and the under-
 * and over-triage they gave there) beside the route's under- and over-triage measured on the
 * evaluated data; how its probabilities are calibrated and on which data; and the reliability of
 * each probability head on the evaluated data, bin by bin. What the model does not state is said to
 * be not stated, never guessed. Thread-safe (no state).
 */
final class CalibrationSection {

  static final String NOT_STATED = "not stated by the model";

  private CalibrationSection() {}

  /** Appends the section for {@code evaluation}'s model to {@code doc}. */
  static void add(ReportDocument doc, Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    ModelDescription model = evaluation.model();
    doc.heading(2, "Decision policy and calibration");
    doc.paragraph(
        "What model "
            + model.name()
            + " "
            + model.version()
            + " states about itself (GET /v1/model: decision_policy, calibration), beside what"
            + " was measured on this data.");
    decisionPolicy(doc, model.decisionPolicy(), evaluation);
    calibration(doc, model.calibration());
    reliability(doc, evaluation);
  }

  private static void decisionPolicy(ReportDocument doc, JsonNode policy, Evaluation evaluation) {
    if (policy.isEmpty()) {
      doc.paragraph("Decision policy: " + NOT_STATED + ".");
    } else {
      String conversations =
          policy.path("conversations").isNumber()
              ? " (" + policy.path("conversations").asLong() + " conversations)"
              : "";
      JsonNode budget = policy.path("max_under_triage");
      doc.paragraph(
          "Decision policy: routing thresholds chosen for an under-triage budget "
              + (budget.isNumber()
                  ? "of at most " + pct(budget.asDouble())
                  : "that is " + NOT_STATED)
              + ", on "
              + text(policy.path("chosen_on"))
              + conversations
              + ".");
    }
    doc.table(
        List.of("Figure", "Where the thresholds were chosen", "This data (route)"),
        List.of(
            List.of("Under-triage budget (at most)", share(policy.path("max_under_triage")), "-"),
            List.of(
                "Under-triage rate",
                share(policy.path("under_triage_rate")),
                pct(evaluation.intervals().get(Evaluation.ROUTE_UNDER_TRIAGE))),
            List.of(
                "Over-triage rate (the cost)",
                share(policy.path("over_triage_rate")),
                pct(evaluation.route().overTriageRate()))));
  }

  private static void calibration(ReportDocument doc, JsonNode calibration) {
    if (calibration.isEmpty()) {
      doc.paragraph("Calibration: " + NOT_STATED + ".");
      return;
    }
    doc.paragraph(
        "Calibration method: "
            + text(calibration.path("method"))
            + ". Fitted on: "
            + text(calibration.path("fitted_on"))
            + ".");
    if (calibration.isObject()) {
      ObjectNode fitted = ((ObjectNode) calibration).deepCopy();
      fitted.remove(List.of("method", "fitted_on"));
      if (!fitted.isEmpty()) {
        doc.paragraph("Fitted values:");
        doc.preformatted(fitted.toPrettyString());
      }
    }
  }

  private static void reliability(ReportDocument doc, Evaluation evaluation) {
    int bins = evaluation.settings().calibrationBins();
    doc.paragraph(
        "Reliability on this data: each probability in "
            + bins
            + " equal-width bins, with the share observed in each; a responder level is read one"
            + " against the rest. ECE = sum over bins of count / "
            + evaluation.conversations()
            + " x |mean probability - observed rate|.");
    List<List<String>> summary = new ArrayList<>();
    for (HeadReliability head : evaluation.reliability()) {
      summary.add(
          List.of(
              head.head(),
              head.probability(),
              head.observed(),
              num(head.expectedCalibrationError(), 4)));
    }
    doc.table(List.of("Head", "Probability", "Observed", "ECE"), summary);
    int digits = bins <= 10 ? 1 : bins <= 100 ? 2 : 3;
    for (HeadReliability head : evaluation.reliability()) {
      doc.heading(3, "Reliability of " + head.probability());
      List<List<String>> rows = new ArrayList<>();
      List<ReliabilityBin> all = head.bins();
      for (int b = 0; b < all.size(); b++) {
        ReliabilityBin bin = all.get(b);
        rows.add(
            List.of(
                "["
                    + num(bin.lower(), digits)
                    + ", "
                    + num(bin.upper(), digits)
                    + (b == all.size() - 1 ? "]" : ")"),
                Long.toString(bin.count()),
                num(bin.meanScore(), 3),
                num(bin.positiveRate(), 3)));
      }
      doc.table(List.of("Probability bin", "Count", "Mean probability", "Observed rate"), rows);
    }
  }

  private static String share(JsonNode value) {
    return value.isNumber() ? pct(value.asDouble()) : NOT_STATED;
  }

  private static String text(JsonNode value) {
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : NOT_STATED;
  }
}
