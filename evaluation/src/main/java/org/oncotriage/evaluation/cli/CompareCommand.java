package org.oncotriage.evaluation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oncotriage.evaluation.EvaluationSettings;
import org.oncotriage.evaluation.PairedComparison;
import org.oncotriage.evaluation.TriageEvaluator;
import org.oncotriage.evaluation.baseline.OpenNlpBaselineTrainer;
import org.oncotriage.json.Json;
import org.oncotriage.metrics.Bootstrap;
import org.oncotriage.triage.Triager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code compare}: two models on the same labeled data, with paired significance tests. {@code
 * comparison.json} appears in {@code --out} only when the run succeeds ({@link PendingOutput}); an
 * output that would overwrite an input, or a comparison already there without {@code --force}, is
 * refused before any work.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compares two models' responder levels on the same labeled data: McNemar's test and a"
            + " paired bootstrap of the macro-F1 difference (B - A).")
final class CompareCommand implements Callable<Integer> {

  @ParentCommand private EvaluationCli parent;

  @Mixin ScoringOptions scoring;

  @Option(names = "--a", required = true, description = "Model directory A.")
  Path a;

  @Option(names = "--b", description = "Model directory B.")
  Path b;

  @Option(
      names = "--b-baseline-train",
      description = "Instead of --b: the OpenNLP baseline trained on this labeled file.")
  Path bBaselineTrain;

  @Option(names = "--data", required = true, description = "Labeled JSON Lines file.")
  Path data;

  @Option(names = "--out", description = "Also write comparison.json into this folder.")
  Path out;

  @Option(names = "--force", description = "Replace a comparison.json already in --out.")
  boolean force;

  /** The file compare writes into {@code --out}. */
  static final String OUTPUT = "comparison.json";

  @Override
  public Integer call() throws Exception {
    if ((b == null) == (bBaselineTrain == null)) {
      throw new IllegalArgumentException("name exactly one of --b DIR and --b-baseline-train FILE");
    }
    scoring.check();
    InputFile.check("data file", data);
    if (bBaselineTrain != null) {
      InputFile.check("baseline training file", bBaselineTrain);
    }
    try (PendingOutput folder =
        out == null
            ? null
            : PendingOutput.folder(out, force, List.of(OUTPUT), data, bBaselineTrain)) {
      PairedComparison comparison = compare();
      System.out.println(summary(comparison));
      if (folder != null) {
        Json.mapper()
            .writerWithDefaultPrettyPrinter()
            .writeValue(folder.path().resolve(OUTPUT).toFile(), comparison);
        folder.commit();
      }
    }
    return 0;
  }

  private PairedComparison compare() throws Exception {
    EvaluationSettings settings =
        new EvaluationSettings(
            scoring.batchSize,
            scoring.resamples,
            scoring.seed,
            10,
            false,
            EvaluationSettings.DEFAULTS.workload());
    TriageEvaluator evaluator = new TriageEvaluator(settings);
    LevelCollector levelsA = new LevelCollector();
    LevelCollector levelsB = new LevelCollector();
    String nameA;
    String nameB;
    try (Triager modelA = parent.models.load(a)) {
      nameA = evaluator.evaluate(modelA, data, levelsA).model().name();
    }
    try (Triager modelB =
        b != null ? parent.models.load(b) : OpenNlpBaselineTrainer.DEFAULT.train(bBaselineTrain)) {
      nameB = evaluator.evaluate(modelB, data, levelsB).model().name();
    }
    if (!levelsA.alignedWith(levelsB)) {
      throw new IllegalStateException(
          "the two passes over " + data + " saw different conversations");
    }
    return PairedComparison.of(
        nameA + " (A)",
        nameB + " (B)",
        levelsA.truth(),
        levelsA.predicted(),
        levelsB.predicted(),
        new Bootstrap(scoring.resamples, 0.95, scoring.seed));
  }

  static String summary(PairedComparison c) {
    return String.format(
        Locale.ROOT,
        "%d conversations, responder level%n"
            + "  A %s: accuracy %.3f, macro-F1 %.3f%n"
            + "  B %s: accuracy %.3f, macro-F1 %.3f%n"
            + "  McNemar: only A right %d, only B right %d, exact p = %.4g,"
            + " continuity-corrected chi2 = %.3f, p = %.4g%n"
            + "  macro-F1 B - A = %.3f, 95%% paired bootstrap [%.3f, %.3f], p = %.4g",
        c.conversations(),
        c.nameA(),
        c.accuracyA(),
        c.macroF1A(),
        c.nameB(),
        c.accuracyB(),
        c.macroF1B(),
        c.mcNemar().onlyARight(),
        c.mcNemar().onlyBRight(),
        c.mcNemar().exactP(),
        c.mcNemar().chiSquare(),
        c.mcNemar().correctedP(),
        c.macroF1Difference().estimate(),
        c.macroF1Difference().lower(),
        c.macroF1Difference().upper(),
        c.bootstrapP());
  }
}
