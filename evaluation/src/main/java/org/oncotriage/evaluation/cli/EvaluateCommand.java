package org.oncotriage.evaluation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.Callable;
import org.oncotriage.evaluation.Evaluation;
import org.oncotriage.evaluation.EvaluationSettings;
import org.oncotriage.evaluation.ReadOptions;
import org.oncotriage.evaluation.TriageEvaluator;
import org.oncotriage.evaluation.baseline.OpenNlpBaseline;
import org.oncotriage.evaluation.baseline.OpenNlpBaselineTrainer;
import org.oncotriage.evaluation.report.ReportWriter;
import org.oncotriage.evaluation.workload.WorkloadAssumptions;
import org.oncotriage.model.ModelSignature;
import org.oncotriage.triage.Triager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code evaluate}: scores a model on labeled data and writes predictions and the report. The files
 * appear in {@code --out} only when the run succeeds ({@link PendingOutput}); an output that would
 * overwrite the data, or files already there without {@code --force}, are refused before any work.
 * With {@code --skip-invalid}, bad lines are skipped and listed in {@code rejected.jsonl}. A
 * warning says when the data is the model's own training data (same SHA-256 as its provenance).
 */
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

  /** The most calibration bins: each needs scores enough to mean anything, and a chart bar. */
  static final int MAX_BINS = 1_000;

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

  @Option(names = "--force", description = "Replace report files already in --out.")
  boolean force;

  @Option(
      names = "--skip-invalid",
      description =
          "Skip lines that break the format or lack labels; list them in OUT/rejected.jsonl.")
  boolean skipInvalid;

  @Option(
      names = "--model-public-key",
      paramLabel = "FILE",
      description = "PEM Ed25519 public key; the model must carry a signature it verifies.")
  Path modelPublicKey;

  /** The side file of {@code --skip-invalid}, in {@code --out}. */
  static final String REJECTED = "rejected.jsonl";

  /** The files evaluate may write into {@code --out}. */
  static final List<String> OUTPUTS =
      List.of(
          "predictions.jsonl",
          "baseline-predictions.jsonl",
          "report.json",
          "report.md",
          "report.html",
          REJECTED);

  @Override
  public Integer call() throws Exception {
    if (modelIsBaseline && baselineTrain == null) {
      throw new IllegalArgumentException("--model-baseline needs --baseline-train FILE");
    }
    if (modelIsBaseline && model != null) {
      throw new IllegalArgumentException("--model-baseline and --model exclude each other");
    }
    scoring.check();
    ScoringOptions.requireRange("--bins", bins, 1, MAX_BINS);
    EvaluationSettings settings =
        new EvaluationSettings(
            scoring.batchSize,
            scoring.resamples,
            scoring.seed,
            bins,
            showText,
            new WorkloadAssumptions(
                annualConversations, providers, workingDays, reimbursement, currency));
    InputFile.check("data file", data);
    if (baselineTrain != null) {
      InputFile.check("baseline training file", baselineTrain);
    }
    try (PendingOutput folder = PendingOutput.folder(out, force, OUTPUTS, data, baselineTrain)) {
      run(folder.path(), settings);
      folder.commit();
    }
    return 0;
  }

  private void run(Path folder, EvaluationSettings settings) throws Exception {
    TriageEvaluator evaluator = new TriageEvaluator(settings);
    // The model loads first, so that a missing model fails before minutes of baseline training.
    PublicKey key = modelPublicKey == null ? null : ModelSignature.readPublicKey(modelPublicKey);
    Triager loaded = modelIsBaseline ? null : parent.models.load(model, key);
    OpenNlpBaseline baseline = null;
    if (baselineTrain != null) {
      long start = System.nanoTime();
      baseline = OpenNlpBaselineTrainer.DEFAULT.train(baselineTrain);
      System.err.printf(
          "trained the OpenNLP baseline on %s in %.1f s%n",
          baselineTrain, (System.nanoTime() - start) / 1e9);
    }
    Evaluation primary;
    Evaluation beside = null;
    try (Triager triager = modelIsBaseline ? baseline : loaded;
        RejectedLines rejected = skipInvalid ? new RejectedLines(folder.resolve(REJECTED)) : null) {
      primary =
          evaluateTo(
              evaluator, triager, folder.resolve("predictions.jsonl"), options(rejected, true));
      warnIfTrainingData(triager, primary);
      if (rejected != null) {
        System.err.printf(
            "skipped %d invalid lines, listed in %s%n", rejected.count(), out.resolve(REJECTED));
      }
    }
    if (baseline != null && !modelIsBaseline) {
      beside =
          evaluateTo(
              evaluator,
              baseline,
              folder.resolve("baseline-predictions.jsonl"),
              options(null, false));
    }
    ReportWriter.write(folder, primary, beside);
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
  }

  /**
   * How the data is read: skipped lines go to {@code rejected} (none when it is {@code null}, also
   * on the second, baseline pass, which skips the same lines); progress at a terminal.
   */
  private ReadOptions options(RejectedLines rejected, boolean showProgress) throws IOException {
    boolean terminal = showProgress && Progress.atTerminal();
    Progress progress =
        new Progress(
            new PrintWriter(System.err, true),
            "evaluate",
            terminal ? InputFile.lines(data) : 0,
            terminal,
            System::nanoTime);
    return new ReadOptions(
        skipInvalid, rejected == null ? e -> {} : rejected::accept, progress::advance);
  }

  /**
   * Warns when the data is what the model was fitted on, its training data or the practice data it
   * was adapted on: its figures would overstate quality.
   */
  private static void warnIfTrainingData(Triager triager, Evaluation evaluation) {
    JsonNode provenance = triager.description().provenance();
    warnIfSame(provenance.path("training_data"), "training data", evaluation);
    warnIfSame(
        provenance.path("adaptation").path("practice_data"),
        "practice data it was adapted on",
        evaluation);
  }

  private static void warnIfSame(JsonNode fittedOn, String what, Evaluation evaluation) {
    String sha256 = fittedOn.path("sha256").asText("");
    if (!sha256.isEmpty() && sha256.equalsIgnoreCase(evaluation.data().sha256())) {
      System.err.printf(
          "warning: --data has the SHA-256 of the model's %s (%s); figures on data the model was"
              + " fitted on overstate how it does on new conversations%n",
          what, fittedOn.path("file_name").asText("unnamed"));
    }
  }

  private Evaluation evaluateTo(
      TriageEvaluator evaluator, Triager triager, Path predictions, ReadOptions options)
      throws Exception {
    long start = System.nanoTime();
    Evaluation evaluation;
    try (PredictionsFile sink = new PredictionsFile(predictions)) {
      evaluation = evaluator.evaluate(triager, data, sink, options);
    }
    System.err.printf(
        "evaluated %s on %d conversations in %.1f s%n",
        evaluation.model().name(), evaluation.conversations(), (System.nanoTime() - start) / 1e9);
    return evaluation;
  }
}
