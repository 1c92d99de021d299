package org.oncotriage.training.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.json.Json;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.training.ModelCommandRun;
import org.oncotriage.training.ModelDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: trains a triage model and writes its artifact directory. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a triage model on labeled conversations and writes a model directory.")
public final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "Labeled JSON Lines training data.")
  Path data;

  @Option(
      names = "--validation",
      description = "Labeled validation data; default: a seeded share of --data is held out.")
  Path validation;

  @Option(
      names = "--out",
      required = true,
      description = "New model directory to write; must not exist or be empty.")
  Path out;

  @Option(
      names = "--name",
      defaultValue = "oncotriage",
      description = "Model name (${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--model-version",
      description = "Model version; default: date, data hash and recipe hash.")
  String version;

  @Option(
      names = "--layers",
      defaultValue = "2",
      description = "Encoder layers (${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--width", defaultValue = "128", description = "Hidden size (${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--heads",
      defaultValue = "4",
      description = "Attention heads (${DEFAULT-VALUE}).")
  int heads;

  @Option(
      names = "--feed-forward",
      defaultValue = "384",
      description = "Feed-forward inner size (${DEFAULT-VALUE}).")
  int feedForward;

  @Option(
      names = "--max-tokens",
      defaultValue = "256",
      description = "Longest input in WordPiece ids (${DEFAULT-VALUE}).")
  int maxTokens;

  @Option(
      names = "--vocabulary-size",
      defaultValue = "6000",
      description = "WordPiece vocabulary size (${DEFAULT-VALUE}).")
  int vocabularySize;

  @Option(
      names = "--min-piece-count",
      defaultValue = "3",
      description = "Fewest occurrences of a multi-character piece (${DEFAULT-VALUE}).")
  int minPieceCount;

  @Option(names = "--epochs", defaultValue = "8", description = "Most epochs (${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--batch-size",
      defaultValue = "32",
      description = "Batch size (${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--learning-rate",
      defaultValue = "1e-3",
      description = "Peak Adam learning rate (${DEFAULT-VALUE}).")
  double learningRate;

  @Option(
      names = "--warmup-steps",
      defaultValue = "300",
      description = "Learning-rate warm-up steps (${DEFAULT-VALUE}).")
  int warmupSteps;

  @Option(
      names = "--dropout",
      defaultValue = "0.1",
      description = "Dropout rate (${DEFAULT-VALUE}).")
  double dropout;

  @Option(
      names = "--token-dropout",
      defaultValue = "0.1",
      description = "Share of word pieces replaced by [UNK] in training (${DEFAULT-VALUE}).")
  double tokenDropout;

  @Option(
      names = "--label-smoothing",
      defaultValue = "0.05",
      description = "Responder label smoothing (${DEFAULT-VALUE}).")
  double labelSmoothing;

  @Option(
      names = "--patience",
      defaultValue = "2",
      description = "Epochs without validation improvement before stopping (${DEFAULT-VALUE}).")
  int patience;

  @Option(
      names = "--max-minutes",
      defaultValue = "25",
      description = "Time budget of the training loop in minutes (${DEFAULT-VALUE}).")
  double maxMinutes;

  @Option(
      names = "--validation-share",
      defaultValue = "0.1",
      description = "Share held out when no --validation is given (${DEFAULT-VALUE}).")
  double validationShare;

  @Option(
      names = "--max-under-triage",
      defaultValue = "0.02",
      description =
          "Under-triage rate the routing thresholds must hold on validation (${DEFAULT-VALUE}).")
  double maxUnderTriage;

  @Option(names = "--seed", defaultValue = "7", description = "Random seed (${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--lexical-weight",
      defaultValue = "0.5",
      description =
          "Share of the lexical model in the blended responder and billable probabilities, in"
              + " [0, 1]; 0 writes no lexical model (${DEFAULT-VALUE}).")
  double lexicalWeight;

  @Mixin LexicalTrainingOptions lexicalTraining;

  @Override
  public Integer call() {
    return ModelCommandRun.call(spec, "train", out, this::run);
  }

  private int run() throws IOException {
    TrainingOptions options =
        new TrainingOptions(
            layers,
            width,
            heads,
            feedForward,
            maxTokens,
            vocabularySize,
            minPieceCount,
            epochs,
            batchSize,
            learningRate,
            warmupSteps,
            dropout,
            tokenDropout,
            labelSmoothing,
            patience,
            maxMinutes,
            validationShare,
            maxUnderTriage,
            seed);
    LexicalOptions lexicalOptions = new LexicalOptions(lexicalWeight, lexicalTraining.training());
    LabeledData trainingData = LabeledData.read(data);
    List<Conversation> training;
    List<Conversation> held;
    LabeledData validationData = null;
    if (validation != null) {
      validationData = LabeledData.read(validation);
      training = trainingData.conversations();
      held = validationData.conversations();
    } else {
      List<List<Conversation>> split = trainingData.split(validationShare, seed);
      training = split.get(0);
      held = split.get(1);
    }
    TrainedModel trained =
        new ModelTrainer(options, lexicalOptions, System.err).train(training, held);
    TrainingRun run = trained.transformer();
    String modelVersion =
        version != null
            ? version
            : Provenance.defaultVersion(
                Instant.now(), trainingData.sha256(), options, lexicalOptions);
    ObjectNode provenance =
        Provenance.of(
            options, lexicalOptions, trained, trainingData, validationData, name, modelVersion);
    ModelArtifact artifact =
        new ModelArtifact(
            name,
            modelVersion,
            run.config(),
            run.vocabulary(),
            trained.thresholds(),
            provenance,
            trained.validationMetrics(),
            run.parameters(),
            trained.lexical());
    ModelDirectories.writeAtomically(out, artifact, Map.of());
    ObjectMapper json = Json.mapper();
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s (best epoch %d of %d, %.0f s, %.0f examples/s; lexical weight %s, %.0f s)%n"
                + "validation: %s%nthresholds: %s%n",
            out,
            run.bestEpoch(),
            run.epochsRun(),
            run.seconds(),
            run.examplesPerSecond(),
            lexicalOptions.weight(),
            trained.lexicalSeconds(),
            json.writeValueAsString(trained.validationMetrics()),
            json.writeValueAsString(trained.thresholds()));
    return 0;
  }
}
