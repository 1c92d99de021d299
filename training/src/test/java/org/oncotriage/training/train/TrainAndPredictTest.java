package org.oncotriage.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.model.ArtifactFormat;
import org.oncotriage.training.TrainingCli;
import picocli.CommandLine;

/**
 * Trains a deliberately small network with its lexical companion (default weight 0.5) on a small
 * generated set (about a minute on 2 cores), then predicts with it: the loss must fall and the
 * validation accuracy must be far above chance.
 */
class TrainAndPredictTest {

  @TempDir static Path dir;
  static Path model;
  static String trainOutput;

  @BeforeAll
  static void trainSmallModel() {
    Path data = dir.resolve("train.jsonl");
    assertThat(run("generate", "--count", "1600", "--seed", "11", "--out", data.toString()).code)
        .isZero();
    model = dir.resolve("model");
    Result train =
        run(
            "train",
            "--data",
            data.toString(),
            "--out",
            model.toString(),
            "--layers",
            "1",
            "--width",
            "48",
            "--heads",
            "2",
            "--feed-forward",
            "96",
            "--max-tokens",
            "128",
            "--vocabulary-size",
            "1500",
            "--epochs",
            "4",
            "--batch-size",
            "32",
            "--learning-rate",
            "3e-3",
            "--warmup-steps",
            "20",
            "--seed",
            "5",
            "--validation-share",
            "0.15");
    assertThat(train.code).as(train.err).isZero();
    trainOutput = train.out;
  }

  @Test
  void theTrainingLossFallsAndValidationAccuracyIsFarAboveChance() throws Exception {
    JsonNode provenance = Json.mapper().readTree(model.resolve("provenance.json").toFile());
    JsonNode losses = provenance.get("epoch_training_losses");
    assertThat(losses.size()).isGreaterThanOrEqualTo(2);
    assertThat(losses.get(losses.size() - 1).asDouble()).isLessThan(losses.get(0).asDouble());
    // Three levels: chance accuracy is about 0.37 on this mix.
    assertThat(provenance.at("/validation_metrics/responder_accuracy").asDouble())
        .isGreaterThan(0.6);
    assertThat(trainOutput).contains("best epoch");
  }

  @Test
  void theArtifactRecordsDataHashHyperparametersAndLibraries() throws Exception {
    JsonNode provenance = Json.mapper().readTree(model.resolve("provenance.json").toFile());
    assertThat(provenance.at("/training_data/sha256").asText())
        .isEqualTo(Sha256.hex(dir.resolve("train.jsonl")));
    assertThat(provenance.at("/hyperparameters/width").asInt()).isEqualTo(48);
    assertThat(provenance.at("/seed").asLong()).isEqualTo(5);
    assertThat(provenance.at("/libraries/djl").asText()).isNotBlank();
    for (String file :
        List.of(
            ArtifactFormat.MANIFEST,
            ArtifactFormat.PARAMETERS,
            ArtifactFormat.VOCABULARY,
            ArtifactFormat.CONFIG,
            ArtifactFormat.LABELS,
            ArtifactFormat.THRESHOLDS,
            ArtifactFormat.LEXICAL_RESPONDER,
            ArtifactFormat.LEXICAL_BILLABLE)) {
      assertThat(model.resolve(file)).isRegularFile();
    }
  }

  @Test
  void theArtifactRecordsTheBlendWeightAndHowTheLexicalModelWasTrained() throws Exception {
    JsonNode config = Json.mapper().readTree(model.resolve(ArtifactFormat.CONFIG).toFile());
    assertThat(config.path("lexical_weight").asDouble()).isEqualTo(0.5);
    JsonNode provenance = Json.mapper().readTree(model.resolve("provenance.json").toFile());
    assertThat(provenance.at("/lexical/weight").asDouble()).isEqualTo(0.5);
    assertThat(provenance.at("/lexical/iterations").asInt()).isEqualTo(100);
    assertThat(provenance.at("/lexical/cutoff").asInt()).isEqualTo(2);
    assertThat(provenance.at("/lexical/training_seconds").isNumber()).isTrue();
    JsonNode manifest = Json.mapper().readTree(model.resolve(ArtifactFormat.MANIFEST).toFile());
    assertThat(manifest.at("/files/" + ArtifactFormat.LEXICAL_RESPONDER + "/sha256").asText())
        .hasSize(64);
    assertThat(trainOutput).contains("lexical weight 0.5");
  }

  @Test
  void theModelDirectoryIsReadableByTheServiceUser() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(model).supportsFileAttributeView("posix"));
    assertThat(Files.getPosixFilePermissions(model))
        .contains(
            java.nio.file.attribute.PosixFilePermission.GROUP_READ,
            java.nio.file.attribute.PosixFilePermission.OTHERS_READ,
            java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
  }

  @Test
  void anExistingModelIsNeverTrainedOver() throws Exception {
    byte[] manifest = Files.readAllBytes(model.resolve(ArtifactFormat.MANIFEST));
    Result again =
        run("train", "--data", dir.resolve("train.jsonl").toString(), "--out", model.toString());
    assertThat(again.code).isNotZero();
    assertThat(again.err.strip().lines()).hasSize(1);
    assertThat(again.err).contains("exists and is not an empty directory");
    assertThat(Files.readAllBytes(model.resolve(ArtifactFormat.MANIFEST))).isEqualTo(manifest);
  }

  @Test
  void outOfRangeTrainingOptionsGiveOneLineBeforeAnyWork() {
    String[][] refused = {
      {"--max-under-triage", "NaN", "under-triage budget"},
      {"--max-under-triage", "2", "under-triage budget"},
      {"--max-minutes", "NaN", "max minutes"},
      {"--warmup-steps", "-1", "warmup steps"},
      {"--min-piece-count", "-1", "minimum piece count"},
      {"--max-tokens", "100000000", "max_tokens"},
      {"--batch-size", "2147483647", "batch size"},
    };
    for (String[] option : refused) {
      Path out = dir.resolve("refused");
      Result train =
          run(
              "train",
              "--data",
              dir.resolve("train.jsonl").toString(),
              "--out",
              out.toString(),
              option[0],
              option[1]);
      assertThat(train.code).as(option[0] + " " + option[1]).isNotZero();
      assertThat(train.err.strip().lines()).as(option[0]).hasSize(1);
      assertThat(train.err).as(option[0]).contains(option[2]);
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aLexicalWeightOutsideZeroToOneGivesOneLine() {
    Result train =
        run(
            "train",
            "--data",
            dir.resolve("train.jsonl").toString(),
            "--out",
            dir.resolve("never").toString(),
            "--lexical-weight",
            "1.5");
    assertThat(train.code).isNotZero();
    assertThat(train.err.strip().lines()).hasSize(1);
    assertThat(train.err).contains("lexical weight");
  }

  @Test
  void predictWritesOneResultPerConversationAndReportsFiguresForLabeledInput() throws Exception {
    Path data = dir.resolve("predict.jsonl");
    assertThat(run("generate", "--count", "50", "--seed", "12", "--out", data.toString()).code)
        .isZero();
    Path out = dir.resolve("results.jsonl");
    Result predict =
        run(
            "predict",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--model",
            model.toString());
    assertThat(predict.code).as(predict.err).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(50);
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.has("route")).isTrue();
    assertThat(first.at("/responder/probabilities").size()).isEqualTo(3);
    assertThat(first.at("/model/name").asText()).isEqualTo("oncotriage");
    assertThat(predict.err).contains("responder_macro_f1");
  }

  @Test
  void aBadInputLineGivesOneLineNamingFileAndLine() throws Exception {
    Path data = dir.resolve("bad.jsonl");
    Files.writeString(
        data,
        "{\"id\":\"a\",\"messages\":[{\"from\":\"patient\",\"text\":\"hello\"}]}\n{not json\n");
    Result predict =
        run(
            "predict",
            "--data",
            data.toString(),
            "--out",
            dir.resolve("o.jsonl").toString(),
            "--model",
            model.toString());
    assertThat(predict.code).isNotZero();
    assertThat(predict.err.strip().lines()).hasSize(1);
    assertThat(predict.err).contains(data + ":2");
  }

  @Test
  void aMissingModelDirectoryGivesOneLine() throws Exception {
    Path data = dir.resolve("one.jsonl");
    Files.writeString(
        data, "{\"id\":\"a\",\"messages\":[{\"from\":\"patient\",\"text\":\"hi\"}]}\n");
    Result predict =
        run(
            "predict",
            "--data",
            data.toString(),
            "--out",
            dir.resolve("o2.jsonl").toString(),
            "--model",
            dir.resolve("no-such-model").toString());
    assertThat(predict.code).isNotZero();
    assertThat(predict.err).contains("no-such-model");
  }

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    CommandLine cli = TrainingCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
