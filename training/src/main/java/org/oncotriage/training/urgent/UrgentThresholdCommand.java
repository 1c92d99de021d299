package org.oncotriage.training.urgent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.evaluation.cli.PredictCommand;
import org.oncotriage.json.Json;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.training.ModelCommandRun;
import org.oncotriage.training.ModelDirectories;
import org.oncotriage.training.train.LabeledData;
import org.oncotriage.triage.TriageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code choose-urgent-threshold}: chooses a model's urgent threshold for recall ({@link
 * UrgentThresholdChoice}) on labeled validation conversations the model was not trained on, and
 * writes the model again with that threshold and a provenance entry saying how it was chosen. The
 * directory is written under a temporary name and moved into place only when complete.
 */
@Command(
    name = "choose-urgent-threshold",
    mixinStandardHelpOptions = true,
    description =
        "Chooses the model's urgent threshold for recall: the highest at which the red-flag rules"
            + " and the model's urgent head together flag at least 99%% of the urgent validation"
            + " conversations; writes the model again with it.")
public final class UrgentThresholdCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      description = "Model directory, or 'default' for the bundled model.")
  String model;

  @Option(
      names = "--data",
      required = true,
      description =
          "Labeled validation conversations (JSON Lines) the model was not trained on, for"
              + " example `generate` with a seed other than the training data's.")
  Path data;

  @Option(
      names = "--out",
      required = true,
      description = "New model directory to write; must not exist or be empty.")
  Path out;

  @Override
  public Integer call() {
    return ModelCommandRun.call(spec, "choose-urgent-threshold", out, this::run);
  }

  private int run() throws IOException {
    ModelArtifact artifact = ModelDirectories.read(model);
    LabeledData validation = LabeledData.read(data);
    UrgentThresholdChoice onScores;
    try (ModelTriager triager = TriageModels.builder().artifact(artifact).build()) {
      onScores = UrgentThresholdChoice.on(triager, validation.conversations());
    }
    UrgentThresholdChoice choice =
        onScores.withServedRecall(
            servedRecall(artifact, onScores.threshold(), validation.conversations()));
    ObjectNode provenance =
        artifact.provenance() instanceof ObjectNode o
            ? o.deepCopy()
            : Json.mapper().createObjectNode();
    provenance.set("urgent_threshold", choice.toJson(validation, artifact.thresholds().urgent()));
    ModelArtifact chosen =
        artifact
            .withThresholds(artifact.thresholds().withUrgent(choice.threshold()))
            .withIdentity(
                artifact.name(), artifact.version(), provenance, artifact.validationMetrics());
    ModelDirectories.writeAtomically(out, chosen, Map.of());
    if (choice.recall() < choice.recallTarget()) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "choose-urgent-threshold: warning: even the lowest threshold (%.2f) flags only %.4f"
                  + " of the urgent validation conversations; the head cannot catch what the"
                  + " red-flag rules miss there%n",
              choice.threshold(),
              choice.recall());
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "wrote %s: urgent threshold %.4f -> %.4f; on %s: %d urgent, %d missed by the rules;"
                + " rules and head flag %.4f of them (target %.2f), %.4f as served%n",
            out,
            artifact.thresholds().urgent(),
            choice.threshold(),
            data.getFileName(),
            choice.urgent(),
            choice.missedByRules(),
            choice.recall(),
            choice.recallTarget(),
            choice.servedRecall());
    return 0;
  }

  /** The share of urgent {@code validation} conversations the served triage flags at {@code t}. */
  private double servedRecall(ModelArtifact artifact, double t, List<Conversation> validation) {
    ModelArtifact at = artifact.withThresholds(artifact.thresholds().withUrgent(t));
    int urgent = 0;
    int flagged = 0;
    try (ModelTriager triager = TriageModels.builder().artifact(at).build()) {
      for (int from = 0; from < validation.size(); from += PredictCommand.DEFAULT_BATCH_SIZE) {
        List<Conversation> batch =
            validation.subList(
                from, Math.min(validation.size(), from + PredictCommand.DEFAULT_BATCH_SIZE));
        List<TriageResult> results = triager.triageBatch(batch);
        for (int i = 0; i < batch.size(); i++) {
          if (batch.get(i).labelsIfKnown().orElseThrow().urgent()) {
            urgent++;
            flagged += results.get(i).urgent().flag() ? 1 : 0;
          }
        }
      }
    }
    spec.commandLine()
        .getErr()
        .printf(Locale.ROOT, "served at %.2f: %d of %d urgent flagged%n", t, flagged, urgent);
    return urgent == 0 ? 1.0 : flagged / (double) urgent;
  }
}
