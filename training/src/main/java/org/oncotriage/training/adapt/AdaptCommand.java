package org.oncotriage.training.adapt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.datagen.GeneratedCorpus;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.evaluation.HeadlineFigures;
import org.oncotriage.evaluation.Outcomes;
import org.oncotriage.json.Json;
import org.oncotriage.metrics.Bootstrap;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.training.ModelCommandRun;
import org.oncotriage.training.ModelDirectories;
import org.oncotriage.training.train.LabeledData;
import org.oncotriage.training.train.LexicalTrainingOptions;
import org.oncotriage.triage.TriageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adapt}: adapts a trained model to a practice's labeled conversations ({@link
 * PracticeAdapter}) and writes a new model directory with {@code adapt-report.json} and {@code
 * adapt-report.md} beside it. The directory is written under a temporary name and moved into place
 * only when complete, so a failed run never leaves a half model.
 */
@Command(
    name = "adapt",
    mixinStandardHelpOptions = true,
    description =
        "Adapts a model to a practice's labeled conversations: refits the lexical part,"
            + " calibrates the heads and re-chooses the thresholds under an under-triage budget,"
            + " all measured out-of-fold; writes a new model directory with adapt-report.json and"
            + " adapt-report.md.")
public final class AdaptCommand implements Callable<Integer> {

  /** The report files written into the model directory (not part of its manifest). */
  public static final String REPORT_JSON = "adapt-report.json";

  public static final String REPORT_MARKDOWN = "adapt-report.md";

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      description = "Model directory to adapt, or 'default' for the bundled model.")
  String model;

  @Option(
      names = "--data",
      required = true,
      description = "The practice's labeled conversations (JSON Lines).")
  Path data;

  @Option(
      names = "--out",
      required = true,
      description = "New model directory to write; must not exist or be empty.")
  Path out;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds (${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--max-under-triage",
      defaultValue = "0.01",
      description =
          "Under-triage rate the routing thresholds must hold on out-of-fold scores"
              + " (${DEFAULT-VALUE}).")
  double maxUnderTriage;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Seeds the folds and the bootstrap (${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--generated-count",
      defaultValue = "20000",
      description =
          "Generated conversations trained on beside the practice's, so that the lexical part"
              + " forgets nothing the generator taught (${DEFAULT-VALUE}).")
  int generatedCount;

  @Option(
      names = "--generated-seed",
      defaultValue = "7",
      description = "Seed of the generated conversations (${DEFAULT-VALUE}).")
  long generatedSeed;

  @Option(
      names = "--practice-repeat",
      defaultValue = "5",
      description =
          "Times each practice conversation is repeated among the generated ones when the"
              + " lexical part is refit (${DEFAULT-VALUE}).")
  int practiceRepeat;

  @Mixin LexicalTrainingOptions lexicalTraining;

  @Option(
      names = "--bootstrap",
      defaultValue = "1000",
      description = "Bootstrap resamples of each interval (${DEFAULT-VALUE}).")
  int bootstrapResamples;

  @Option(names = "--name", description = "Model name; default: the base model's name.")
  String name;

  @Option(
      names = "--model-version",
      description = "Model version; default: date, practice data hash and 'adapted'.")
  String version;

  @Override
  public Integer call() {
    return ModelCommandRun.call(spec, "adapt", out, this::run);
  }

  private int fail(String reason) {
    return ModelCommandRun.fail(spec, "adapt", reason);
  }

  private int run() throws IOException {
    if (generatedCount < 0) {
      return fail("--generated-count must not be negative, received " + generatedCount);
    }
    Bootstrap bootstrap = new Bootstrap(bootstrapResamples, 0.95, seed);
    ModelArtifact base = ModelDirectories.read(model);
    LabeledData practice = LabeledData.read(data);
    List<String> missing = PracticeSufficiency.missing(practice.conversations(), folds);
    if (!missing.isEmpty()) {
      return fail(
          data + ": not enough labeled conversations to adapt: " + String.join("; ", missing));
    }
    PracticeAdapter.Settings settings =
        new PracticeAdapter.Settings(
            folds, maxUnderTriage, seed, practiceRepeat, lexicalTraining.training());
    long start = System.nanoTime();
    var err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "adapting %s %s on %d conversations of %s (%d folds, %d generated)%n",
        base.name(),
        base.version(),
        practice.conversations().size(),
        data.getFileName(),
        folds,
        generatedCount);
    List<Conversation> generated =
        new GeneratedCorpus(generatedSeed, LabelMix.DEFAULT).first(generatedCount);
    String fittedOn =
        String.format(
            Locale.ROOT,
            "%s (%d conversations, SHA-256 %s), out-of-fold",
            data.getFileName(),
            practice.conversations().size(),
            practice.sha256());
    PracticeAdapter adapter =
        new PracticeAdapter(
            base,
            settings,
            fit ->
                err.printf(
                    Locale.ROOT,
                    "lexical fit %d of %d (%.0f s so far)%n",
                    fit,
                    folds + 1,
                    (System.nanoTime() - start) / 1e9));
    PracticeAdapter.Adaptation adaptation =
        adapter.adapt(practice.conversations(), generated, fittedOn);
    List<HeadlineFigures.Figure> before =
        HeadlineFigures.of(outcomes(practice.conversations(), adaptation.before()), bootstrap);
    List<HeadlineFigures.Figure> after =
        HeadlineFigures.of(outcomes(practice.conversations(), adaptation.outOfFold()), bootstrap);
    double seconds = (System.nanoTime() - start) / 1e9;
    String adaptedName = name != null ? name : base.name();
    String adaptedVersion =
        version != null ? version : AdaptProvenance.defaultVersion(Instant.now(), practice);
    ObjectNode choices =
        AdaptProvenance.of(
            base, practice, settings, generatedCount, generatedSeed, adaptation, seconds);
    AdaptReport report = new AdaptReport(before, after, choices);
    ModelArtifact adapted =
        adapter
            .adapted(adaptation.lexical(), adaptation.calibration(), adaptation.thresholds())
            .withIdentity(
                adaptedName,
                adaptedVersion,
                AdaptProvenance.modelProvenance(base, adaptedName, adaptedVersion, choices),
                validationMetrics(after));
    writeAtomically(adapted, report);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "wrote %s (%s %s) in %.0f s%n%s%nreport: %s%n",
            out,
            adaptedName,
            adaptedVersion,
            seconds,
            report.headline(),
            out.resolve(REPORT_MARKDOWN));
    return 0;
  }

  private static Outcomes outcomes(List<Conversation> conversations, List<TriageResult> results) {
    Outcomes outcomes = new Outcomes(false);
    for (int i = 0; i < conversations.size(); i++) {
      outcomes.add(conversations.get(i), results.get(i));
    }
    return outcomes;
  }

  private static Map<String, Double> validationMetrics(List<HeadlineFigures.Figure> after) {
    java.util.LinkedHashMap<String, Double> metrics = new java.util.LinkedHashMap<>();
    for (HeadlineFigures.Figure f : after) {
      metrics.put("out_of_fold_" + f.key(), f.interval().estimate());
    }
    return metrics;
  }

  private void writeAtomically(ModelArtifact adapted, AdaptReport report) throws IOException {
    Map<String, byte[]> reports = new LinkedHashMap<>();
    reports.put(
        REPORT_JSON,
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report.toJson()));
    reports.put(REPORT_MARKDOWN, report.toMarkdown().getBytes(StandardCharsets.UTF_8));
    ModelDirectories.writeAtomically(out, adapted, reports);
  }
}
