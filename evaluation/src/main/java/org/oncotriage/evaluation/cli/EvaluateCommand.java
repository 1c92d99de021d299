package org.oncotriage.evaluation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oncotriage.evaluation.Evaluation;
import org.oncotriage.evaluation.EvaluationSettings;
import org.oncotriage.evaluation.TriageEvaluator;
import org.oncotriage.evaluation.baseline.OpenNlpBaseline;
import org.oncotriage.evaluation.baseline.OpenNlpBaselineTrainer;
import org.oncotriage.evaluation.report.ReportWriter;
import org.oncotriage.evaluation.workload.WorkloadAssumptions;
import org.oncotriage.triage.Triager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code evaluate}: scores a model on labeled data and writes predictions and the report. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Writes predictions.jsonl, report.json, report.md and report.html for a model on labeled"
            + " conversations.")
final class EvaluateCommand implements Callable<Integer> {

  @ParentCommand private EvaluationCli parent;

  @Mixin ScoringOptions scoring;

  @Option(names = "--data", required = true, description = "Labeled JSON Lines file.")
  Path data;

  @Option(names = "--out", required = true, description = "Folder for predictions and report.")
  Path out;

  @Option(names = "--model", description = "Model directory (default: the bundled model).")
  Path model;

  @Option(
      names = "--baseline-train",
      description =
          "Train the OpenNLP maxent baseline on this labeled file and report it beside the model.")
  Path baselineTrain;

  @Option(
      names = "--model-baseline",
      description =
          "Evaluate the baseline (trained with --baseline-train) as the model, e.g. before a"
              + " transformer exists.")
  boolean modelIsBaseline;

  @Option(
      names = "--show-text",
      description = "Print the text of missed urgent conversations (PHI).")
  boolean showText;

  @Option(
      names = "--bins",
      defaultValue = "10",
      description =
          "Equal-width bins for ECE and reliability diagrams (default: ${DEFAULT-VALUE}).")
  int bins;

  @Option(
      names = "--annual-conversations",
      defaultValue = "334053",
      description = "Conversations a year in the practice (default: ${DEFAULT-VALUE}, KPNC study).")
  long annualConversations;

  @Option(
      names = "--providers",
      defaultValue = "132",
      description = "Oncology providers (default: ${DEFAULT-VALUE}, KPNC study).")
  int providers;

  @Option(
      names = "--working-days",
      defaultValue = "250",
      description = "Working days a year (default: ${DEFAULT-VALUE}, an assumption).")
  int workingDays;

  @Option(
      names = "--reimbursement",
      defaultValue = "25",
      description = "Payment per billed conversation, an assumption (default: ${DEFAULT-VALUE}).")
  double reimbursement;

  @Option(names = "--currency", defaultValue = "USD", description = "Default: ${DEFAULT-VALUE}.")
  String currency;

  @Override
  public Integer call() throws Exception {
    if (modelIsBaseline && baselineTrain == null) {
      throw new IllegalArgumentException("--model-baseline needs --baseline-train FILE");
    }
    if (modelIsBaseline && model != null) {
      throw new IllegalArgumentException("--model-baseline and --model exclude each other");
    }
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException("no such data file: " + data);
    }
    EvaluationSettings settings =
        new EvaluationSettings(
            scoring.batchSize,
            scoring.resamples,
            scoring.seed,
            bins,
            showText,
            new WorkloadAssumptions(
                annualConversations, providers, workingDays, reimbursement, currency));
    TriageEvaluator evaluator = new TriageEvaluator(settings);
    // The model loads first, so that a missing model fails before minutes of baseline training.
    Triager loaded =
        modelIsBaseline
            ? null
            : model == null ? parent.models.loadDefault() : parent.models.load(model);
    OpenNlpBaseline baseline = null;
    if (baselineTrain != null) {
      long start = System.nanoTime();
      baseline = OpenNlpBaselineTrainer.DEFAULT.train(baselineTrain);
      System.err.printf(
          "trained the OpenNLP baseline on %s in %.1f s%n",
          baselineTrain, (System.nanoTime() - start) / 1e9);
    }
    Files.createDirectories(out);
    Evaluation primary;
    Evaluation beside = null;
    try (Triager triager = modelIsBaseline ? baseline : loaded) {
      primary = evaluateTo(evaluator, triager, out.resolve("predictions.jsonl"));
    }
    if (baseline != null && !modelIsBaseline) {
      beside = evaluateTo(evaluator, baseline, out.resolve("baseline-predictions.jsonl"));
    }
    ReportWriter.write(out, primary, beside);
    System.out.printf(
        "%s on %d conversations: route accuracy %.3f, under-triage %.3f, urgent recall %.3f,"
            + " billable AUROC %.3f; report in %s%n",
        primary.model().name(),
        primary.conversations(),
        primary.route().accuracy(),
        primary.route().underTriageRate(),
        primary.urgent().recall(),
        primary.billable().auroc(),
        out.resolve("report.html"));
    return 0;
  }

  private Evaluation evaluateTo(TriageEvaluator evaluator, Triager triager, Path predictions)
      throws Exception {
    long start = System.nanoTime();
    Evaluation evaluation;
    try (PredictionsFile sink = new PredictionsFile(predictions)) {
      evaluation = evaluator.evaluate(triager, data, sink);
    }
    System.err.printf(
        "evaluated %s on %d conversations in %.1f s%n",
        evaluation.model().name(), evaluation.conversations(), (System.nanoTime() - start) / 1e9);
    return evaluation;
  }
}
