package org.oncotriage.training.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationWriter;
import org.oncotriage.datagen.GeneratedCorpus;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.model.ArtifactFormat;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.training.TrainingCli;
import picocli.CommandLine;

/** {@code choose-urgent-threshold} end to end on the bundled model and generated conversations. */
class UrgentThresholdCommandTest {

  @TempDir static Path dir;
  private static Path validation;
  private static Path chosen;
  private static int exit;
  private static String out;
  private static String err;

  @BeforeAll
  static void chooseOnce() throws IOException {
    validation = dir.resolve("validation.jsonl");
    try (ConversationWriter writer = ConversationWriter.create(validation)) {
      for (Conversation c : new GeneratedCorpus(303, LabelMix.DEFAULT).first(400)) {
        writer.write(c);
      }
    }
    chosen = dir.resolve("chosen");
    String[] result = runWithErr(validation.toString(), chosen.toString());
    exit = Integer.parseInt(result[0]);
    out = result[1];
    err = result[2];
  }

  @Test
  void writesTheModelWithTheChosenThresholdAndSaysHowItWasChosen() throws IOException {
    assertThat(exit).isZero();
    JsonNode provenance =
        Json.mapper().readTree(chosen.resolve(ArtifactFormat.PROVENANCE).toFile());
    JsonNode choice = provenance.path("urgent_threshold");
    assertThat(choice.path("recall_target").asDouble()).isEqualTo(0.99);
    assertThat(choice.path("validation_data").path("sha256").asText())
        .isEqualTo(Sha256.hex(validation));
    assertThat(choice.path("validation_data").path("conversations").asInt()).isEqualTo(400);
    assertThat(choice.path("served_recall").asDouble()).isBetween(0.0, 1.0);
    // the target is met, or the threshold is at the grid's floor and the shortfall is said
    if (choice.path("recall").asDouble() < 0.99) {
      assertThat(choice.path("threshold").asDouble()).isEqualTo(0.01);
      assertThat(err).contains("warning").contains("lowest threshold");
    }
    try (ModelTriager triager = TriageModels.load(chosen)) {
      assertThat(triager.policy().thresholds().urgent())
          .isEqualTo(choice.path("threshold").asDouble());
    }
    assertThat(out).contains("urgent threshold").contains("target 0.99");
  }

  @Test
  void aMissingDataFileIsAOneLineErrorNamingIt() throws IOException {
    Path missing = dir.resolve("absent.jsonl");
    String[] result = runWithErr(missing.toString(), dir.resolve("never").toString());

    assertThat(result[0]).isEqualTo("1");
    assertThat(result[2]).startsWith("choose-urgent-threshold: ").contains("absent.jsonl");
    assertThat(result[2].strip().lines()).hasSize(1);
  }

  @Test
  void anOutputDirectoryThatHoldsFilesIsRefusedAndLeftAsItWas() throws IOException {
    Path occupied = Files.createDirectories(dir.resolve("occupied"));
    Files.writeString(occupied.resolve("keep.txt"), "mine");
    String[] result = runWithErr(dir.resolve("absent.jsonl").toString(), occupied.toString());

    assertThat(result[0]).isEqualTo("1");
    assertThat(result[2])
        .startsWith("choose-urgent-threshold: ")
        .contains("exists and is not an empty directory");
    try (var files = Files.list(occupied)) {
      assertThat(files).containsExactly(occupied.resolve("keep.txt"));
    }
  }

  private static String[] runWithErr(String data, String outDir) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cli = TrainingCli.commandLine();
    cli.setOut(new PrintWriter(stdout));
    cli.setErr(new PrintWriter(stderr));
    int code =
        cli.execute(
            "choose-urgent-threshold", "--model", "default", "--data", data, "--out", outDir);
    return new String[] {String.valueOf(code), stdout.toString(), stderr.toString()};
  }
}
