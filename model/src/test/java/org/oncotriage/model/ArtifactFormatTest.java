package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.engine.djl.EncoderConfig;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.triage.TriageResult;

class ArtifactFormatTest {

  @TempDir Path dir;

  private static final List<Conversation> CONVERSATIONS =
      List.of(
          Conversation.of("a", List.of(Message.of(Sender.PATIENT, "I need to reschedule."))),
          Conversation.of(
              "b",
              List.of(
                  Message.of(Sender.CAREGIVER, "She has a fever and chills."),
                  Message.of(Sender.CLINIC, "Please call us."))));

  @Test
  void savingThenLoadingGivesIdenticalPredictions() throws IOException {
    Path first = TestArtifacts.writeTiny(dir.resolve("first"));
    List<TriageResult> before;
    try (ModelTriager triager = TriageModels.load(first)) {
      before = triager.triageBatch(CONVERSATIONS);
    }
    // Write what was read to a second directory and load that.
    ArtifactFormat.write(
        dir.resolve("second"), ArtifactFormat.read(ArtifactSource.directory(first)));
    try (ModelTriager triager = TriageModels.load(dir.resolve("second"))) {
      assertThat(triager.triageBatch(CONVERSATIONS)).isEqualTo(before);
      assertThat(triager.description().name()).isEqualTo("test-model");
      assertThat(triager.description().thresholds()).containsEntry("oncologist", 0.3);
    }
  }

  @Test
  void theLabelsFileIsWrittenFromTheHeadsExactlyAsTheBundledModelsIs() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    byte[] bundled =
        ArtifactSource.classpath(TriageModels.DEFAULT_MODEL_RESOURCE).read(ArtifactFormat.LABELS);
    assertThat(Files.readAllBytes(model.resolve(ArtifactFormat.LABELS))).isEqualTo(bundled);
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    Files.delete(model.resolve(ArtifactFormat.VOCABULARY));
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.VOCABULARY)
        .hasMessageContaining("missing");
  }

  @Test
  void aMissingManifestIsNamed() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    Files.delete(model.resolve(ArtifactFormat.MANIFEST));
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.MANIFEST);
  }

  @Test
  void truncatedParametersAreCaughtBeforeTheyReachTheEngine() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    Path params = model.resolve(ArtifactFormat.PARAMETERS);
    byte[] bytes = Files.readAllBytes(params);
    Files.write(params, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.PARAMETERS)
        .hasMessageContaining("truncated");
  }

  @Test
  void anAlteredFileFailsItsChecksum() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    Path thresholds = model.resolve(ArtifactFormat.THRESHOLDS);
    String text = Files.readString(thresholds).replace("0.3", "0.4");
    Files.writeString(thresholds, text);
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.THRESHOLDS)
        .hasMessageContaining("SHA-256");
  }

  @Test
  void aConfigThatDoesNotMatchTheParametersIsRejectedEvenWithAConsistentManifest()
      throws IOException {
    ModelArtifact tiny = TestArtifacts.tiny();
    EncoderConfig c = tiny.config();
    EncoderConfig wider =
        new EncoderConfig(c.vocabularySize(), c.maxTokens(), c.layers(), 32, 2, 32, 0.0);
    ModelArtifact mismatched =
        new ModelArtifact(
            tiny.name(),
            tiny.version(),
            wider,
            tiny.vocabulary(),
            tiny.thresholds(),
            tiny.provenance(),
            tiny.validationMetrics(),
            tiny.parameters());
    ArtifactFormat.write(dir.resolve("m"), mismatched);
    assertThatThrownBy(() -> TriageModels.load(dir.resolve("m")))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.PARAMETERS)
        .hasMessageContaining("config.json");
  }

  @Test
  void aVocabularyOfTheWrongSizeIsRejected() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    ObjectNode config = (ObjectNode) Json.mapper().readTree(model.resolve("config.json").toFile());
    ((ObjectNode) config.get("encoder")).put("vocabulary_size", 999);
    rewrite(model, ArtifactFormat.CONFIG, Json.mapper().writeValueAsBytes(config));
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.CONFIG)
        .hasMessageContaining("vocabulary_size=999");
  }

  @Test
  void aNonDirectoryIsRejectedWithItsPath() {
    assertThatThrownBy(() -> TriageModels.load(dir.resolve("nowhere")))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("nowhere");
  }

  /** Replaces one file and updates the manifest to match, as a careless tool would. */
  static void rewrite(Path model, String name, byte[] bytes) throws IOException {
    Files.write(model.resolve(name), bytes);
    ObjectNode manifest =
        (ObjectNode) Json.mapper().readTree(model.resolve(ArtifactFormat.MANIFEST).toFile());
    ObjectNode entry = (ObjectNode) manifest.get("files").get(name);
    entry.put("bytes", bytes.length);
    entry.put("sha256", Sha256.hex(bytes));
    Files.write(model.resolve(ArtifactFormat.MANIFEST), Json.mapper().writeValueAsBytes(manifest));
  }
}
