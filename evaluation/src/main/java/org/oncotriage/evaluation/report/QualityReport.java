package org.oncotriage.evaluation.report;

import static org.oncotriage.evaluation.report.Format.count;
import static org.oncotriage.evaluation.report.Format.num;
import static org.oncotriage.evaluation.report.Format.pct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.oncotriage.evaluation.BillableReport;
import org.oncotriage.evaluation.Evaluation;
import org.oncotriage.evaluation.ResponderReport;
import org.oncotriage.evaluation.workload.WorkloadAssumptions;
import org.oncotriage.evaluation.workload.WorkloadEstimate;
import org.oncotriage.metrics.BinaryMetrics.CurvePoint;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;
import org.oncotriage.metrics.BinaryMetrics.ThresholdRow;

/**
 * The quality report's content, in the order a clinical quality team reads it: headline figures
 * with 95% intervals (and the baseline beside them), routing safety, urgent misses, billable
 * ranking and calibration, decision policy and calibration ({@link CalibrationSection}), workload
 * and value, provenance. Thread-safe (no state).
 */
final class QualityReport {

  private QualityReport() {}

  /**
   * Builds the document.
   *
   * @param model the evaluation of the model under review
   * @param baseline the baseline's evaluation on the same data, or {@code null}
   */
  public static ReportDocument build(Evaluation model, Evaluation baseline) {
    Objects.requireNonNull(model, "model");
    List<Evaluation> all = baseline == null ? List.of(model) : List.of(model, baseline);
    ReportDocument doc = new ReportDocument();
    doc.heading(1, "OncoTriage quality report");
    doc.paragraph(
        "Model "
            + model.model().name()
            + " "
            + model.model().version()
            + " on "
            + model.data().file()
            + " ("
            + model.conversations()
            + " labeled conversations, SHA-256 "
            + model.data().sha256()
            + "), evaluated "
            + model.createdAt()
            + ".");
    headline(doc, all);
    responder(doc, all, model.route(), "Routing (route: after policy and safety layer)");
    responder(doc, all, model.level(), "Responder level (the model's most likely level)");
    urgent(doc, all);
    billable(doc, all);
    CalibrationSection.add(doc, model);
    workload(doc, model.workload());
    provenance(doc, all);
    return doc;
  }

  private static List<String> headers(String first, List<Evaluation> all) {
    List<String> headers = new ArrayList<>();
    headers.add(first);
    all.forEach(e -> headers.add(e.model().name()));
    return headers;
  }

  private static List<String> row(
      String name, List<Evaluation> all, Function<Evaluation, String> value) {
    List<String> row = new ArrayList<>();
    row.add(name);
    all.forEach(e -> row.add(value.apply(e)));
    return row;
  }

  private static void headline(ReportDocument doc, List<Evaluation> all) {
    doc.heading(2, "Headline");
    doc.paragraph(
        "Point estimate [95% percentile bootstrap interval, "
            + all.get(0).settings().bootstrapResamples()
            + " resamples, seed "
            + all.get(0).settings().seed()
            + "]. Under-triage = routed below the labeled responder (the safety figure; lower is"
            + " better).");
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("Route accuracy", all, e -> pct(e.intervals().get(Evaluation.ROUTE_ACCURACY))));
    rows.add(
        row(
            "Route under-triage rate",
            all,
            e -> pct(e.intervals().get(Evaluation.ROUTE_UNDER_TRIAGE))));
    rows.add(row("Route over-triage rate", all, e -> pct(e.route().overTriageRate())));
    rows.add(
        row(
            "Responder level macro-F1",
            all,
            e -> num(e.intervals().get(Evaluation.LEVEL_MACRO_F1))));
    rows.add(row("Responder level Cohen's kappa", all, e -> num(e.level().cohensKappa(), 3)));
    rows.add(row("Urgent recall", all, e -> pct(e.intervals().get(Evaluation.URGENT_RECALL))));
    rows.add(row("Urgent precision", all, e -> pct(e.urgent().precision())));
    rows.add(
        row(
            "Urgent conversations missed",
            all,
            e -> Integer.toString(e.urgent().missedIds().size())));
    rows.add(row("Billable AUROC", all, e -> num(e.intervals().get(Evaluation.BILLABLE_AUROC))));
    rows.add(row("Billable AUPRC", all, e -> num(e.billable().auprc(), 3)));
    rows.add(row("Billable Brier score", all, e -> num(e.billable().brier(), 4)));
    rows.add(
        row(
            "Billable ECE (" + all.get(0).settings().calibrationBins() + " equal-width bins)",
            all,
            e -> num(e.billable().expectedCalibrationError(), 4)));
    rows.add(
        row(
            "Delegated away from oncologist (routed / labeled)",
            all,
            e -> pct(e.route().delegationRate()) + " / " + pct(e.route().labeledDelegationRate())));
    doc.table(headers("Figure", all), rows);
  }

  private static void responder(
      ReportDocument doc, List<Evaluation> all, ResponderReport report, String title) {
    doc.heading(2, title);
    doc.paragraph(
        "Accuracy "
            + pct(report.accuracy())
            + ", macro-F1 "
            + num(report.macroF1(), 3)
            + ", Cohen's kappa "
            + num(report.cohensKappa(), 3)
            + ", under-triage "
            + pct(report.underTriageRate())
            + ", over-triage "
            + pct(report.overTriageRate())
            + ", delegated away from the oncologist "
            + pct(report.delegationRate())
            + " (labeled share "
            + pct(report.labeledDelegationRate())
            + ").");
    List<List<String>> rows = new ArrayList<>();
    report.perClass().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            c ->
                rows.add(
                    List.of(
                        c.getKey(),
                        num(c.getValue().precision(), 3),
                        num(c.getValue().recall(), 3),
                        num(c.getValue().f1(), 3),
                        Long.toString(c.getValue().support()))));
    doc.table(List.of("Class", "Precision", "Recall", "F1", "Labeled"), rows);
    doc.paragraph(
        "Confusion matrix: rows are the labeled responder (truth), columns the prediction.");
    doc.preformatted(report.confusion().toString());
    doc.image(
        "Confusion matrix of " + report.target() + " (" + all.get(0).model().name() + ")",
        () -> Charts.confusionHeatMap(report, report.target() + ": truth (rows) vs prediction"));
  }

  private static void urgent(ReportDocument doc, List<Evaluation> all) {
    Evaluation model = all.get(0);
    doc.heading(2, "Urgent red flag");
    doc.table(
        headers("Figure", all),
        List.of(
            row("Labeled urgent", all, e -> Long.toString(e.urgent().labeledUrgent())),
            row("Flagged", all, e -> Long.toString(e.urgent().flagged())),
            row("Flagged and labeled urgent", all, e -> Long.toString(e.urgent().truePositives())),
            row("Recall", all, e -> pct(e.urgent().recall())),
            row("Precision", all, e -> pct(e.urgent().precision())),
            row("AUROC of urgent.probability", all, e -> num(e.urgent().probabilityAuroc(), 3)),
            row("Brier score of urgent.probability", all, e -> num(e.urgent().brier(), 4))));
    List<String> missed = model.urgent().missedIds();
    doc.paragraph(
        missed.isEmpty()
            ? "Missed urgent conversations: none."
            : "Missed urgent conversations ("
                + missed.size()
                + "), ids in file order: "
                + String.join(", ", missed));
    if (!model.urgent().missedText().isEmpty()) {
      doc.paragraph("Patient text of the missed conversations (--show-text; contains PHI):");
      model.urgent().missedText().forEach((id, text) -> doc.preformatted(id + ": " + text));
    }
    Map<String, List<ReliabilityBin>> bins = new LinkedHashMap<>();
    all.forEach(e -> bins.put(e.model().name(), e.urgent().reliability()));
    doc.image(
        "Reliability of urgent.probability (" + model.settings().calibrationBins() + " bins)",
        () -> Charts.reliability(bins, "Urgent: reliability"));
  }

  private static void billable(ReportDocument doc, List<Evaluation> all) {
    Evaluation model = all.get(0);
    BillableReport b = model.billable();
    doc.heading(2, "Billable");
    doc.paragraph(
        "AUROC by the rank (Mann-Whitney) formula with ties counted one half; AUPRC as average"
            + " precision; ECE over "
            + b.calibrationBins()
            + " equal-width probability bins. Labeled billable "
            + b.labeledBillable()
            + ", called likely "
            + b.flaggedLikely()
            + ", both "
            + b.truePositives()
            + ".");
    List<List<String>> rows = new ArrayList<>();
    for (ThresholdRow t : b.thresholds()) {
      rows.add(
          List.of(
              num(t.threshold(), 1),
              pct(t.flaggedShare()),
              pct(t.precision()),
              pct(t.recall()),
              Long.toString(t.truePositives()),
              Long.toString(t.falsePositives()),
              Long.toString(t.falseNegatives())));
    }
    doc.table(
        List.of("Threshold (p >=)", "Flagged", "Precision", "Recall", "TP", "FP", "FN"), rows);
    Map<String, List<CurvePoint>> roc = new LinkedHashMap<>();
    Map<String, List<CurvePoint>> pr = new LinkedHashMap<>();
    Map<String, List<ReliabilityBin>> bins = new LinkedHashMap<>();
    for (Evaluation e : all) {
      roc.put(
          e.model().name() + " (AUROC " + num(e.billable().auroc(), 3) + ")", e.billable().roc());
      pr.put(
          e.model().name() + " (AUPRC " + num(e.billable().auprc(), 3) + ")",
          e.billable().precisionRecall());
      bins.put(e.model().name(), e.billable().reliability());
    }
    doc.image(
        "ROC of billable.probability",
        () ->
            Charts.curves(roc, "Billable: ROC", "false-positive rate", "true-positive rate", true));
    doc.image(
        "Precision-recall of billable.probability",
        () -> Charts.curves(pr, "Billable: precision-recall", "recall", "precision", false));
    doc.image(
        "Reliability of billable.probability (" + b.calibrationBins() + " bins)",
        () -> Charts.reliability(bins, "Billable: reliability"));
  }

  private static void workload(ReportDocument doc, WorkloadEstimate w) {
    WorkloadAssumptions a = w.assumptions();
    doc.heading(2, "Workload and value for a practice");
    doc.paragraph(
        "Shares measured on this data, scaled to a practice. Assumes the data's mix is the"
            + " practice's mix and that without routing every conversation reaches an oncology"
            + " provider. Change the assumptions with --annual-conversations, --providers,"
            + " --working-days and --reimbursement.");
    String perDay = a.providers() + " providers x " + a.workingDaysPerYear() + " working days";
    doc.table(
        List.of("Figure", "Value", "Assumption / derivation"),
        List.of(
            List.of(
                "Conversations a year",
                count(a.annualConversations()),
                "KPNC oncology portal study (default) or --annual-conversations"),
            List.of(
                "Oncology providers",
                Integer.toString(a.providers()),
                "KPNC study (default) or --providers"),
            List.of(
                "Working days a year",
                Integer.toString(a.workingDaysPerYear()),
                "assumption (--working-days)"),
            List.of(
                "Per provider per day, before routing",
                num(w.perProviderPerDayBefore(), 1),
                count(a.annualConversations()) + " / (" + perDay + ")"),
            List.of(
                "Routed to the oncologist",
                pct(w.routedToOncologistShare()),
                "measured: share with route = oncologist"),
            List.of(
                "Per provider per day, after routing",
                num(w.perProviderPerDayAfter(), 1),
                "conversations a year x routed share / (" + perDay + ")"),
            List.of(
                "Per provider per day, perfect routing",
                num(w.perProviderPerDayIdeal(), 1),
                "labeled oncologist share " + pct(w.labeledOncologistShare())),
            List.of(
                "Under-triaged a working day (practice)",
                num(w.underTriagedPerDay(), 1),
                "conversations a year x route under-triage rate / working days"),
            List.of(
                "Billable conversations found a year",
                count(w.billableFoundPerYear()),
                "conversations a year x share likely and labeled billable ("
                    + pct(w.billableFoundShare())
                    + ")"),
            List.of(
                "Billable conversations that exist a year",
                count(w.labeledBillablePerYear()),
                "conversations a year x labeled billable share"),
            List.of(
                "Value of the billable found a year",
                a.currency() + " " + count(w.billableValuePerYear()),
                a.currency()
                    + " "
                    + num(a.reimbursementPerBillable(), 2)
                    + " per billed conversation: an assumption (--reimbursement); billing rules"
                    + " outside the text (established patient, 7-day window, 5+ minutes) not"
                    + " applied")));
  }

  private static void provenance(ReportDocument doc, List<Evaluation> all) {
    doc.heading(2, "Provenance");
    Evaluation model = all.get(0);
    doc.paragraph(
        "Data: "
            + model.data().file()
            + ", "
            + model.data().lines()
            + " lines, SHA-256 "
            + model.data().sha256()
            + ". Settings: batch "
            + model.settings().batchSize()
            + ", bootstrap "
            + model.settings().bootstrapResamples()
            + " resamples, seed "
            + model.settings().seed()
            + ", "
            + model.settings().calibrationBins()
            + " calibration bins.");
    for (Evaluation e : all) {
      doc.paragraph(
          "Model "
              + e.model().name()
              + " "
              + e.model().version()
              + ", thresholds "
              + e.model().thresholds()
              + ":");
      doc.preformatted(e.model().provenance().toPrettyString());
    }
  }
}
