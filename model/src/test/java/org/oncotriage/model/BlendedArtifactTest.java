package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalFixtures;
import org.oncotriage.triage.Scores;
import org.oncotriage.triage.TriageResult;

/** Artifacts with a lexical companion: round trip, blending, older artifacts, corrupt files. */
class BlendedArtifactTest {

  @TempDir Path dir;

  private static final List<Conversation> CONVERSATIONS =
      List.of(
          LexicalFixtures.patient("a", "Can I reschedule my appointment?"),
          LexicalFixtures.patient("b", "The scan shows the tumor grew, what now for treatment?"));

  @Test
  void aBlendedArtifactRoundTripsWithItsWeightAndIdenticalPredictions() throws IOException {
    Path first = TestArtifacts.writeBlended(dir.resolve("first"));
    JsonNode manifest = Json.mapper().readTree(first.resolve(ArtifactFormat.MANIFEST).toFile());
    assertThat(manifest.path("format_version").asInt()).isEqualTo(2);
    assertThat(manifest.path("files").has(ArtifactFormat.LEXICAL_RESPONDER)).isTrue();
    assertThat(manifest.path("files").has(ArtifactFormat.LEXICAL_BILLABLE)).isTrue();
    assertThat(
            Json.mapper()
                .readTree(first.resolve(ArtifactFormat.CONFIG).toFile())
                .path("lexical_weight")
                .asDouble())
        .isEqualTo(0.5);
    List<TriageResult> before;
    try (ModelTriager triager = TriageModels.load(first)) {
      before = triager.triageBatch(CONVERSATIONS);
      assertThat(triager.lexicalWeight()).isEqualTo(0.5);
      assertThat(triager.description().provenance().at("/blend/lexical_weight").asDouble())
          .isEqualTo(0.5);
    }
    ArtifactFormat.write(
        dir.resolve("second"), ArtifactFormat.read(ArtifactSource.directory(first)));
    try (ModelTriager triager = TriageModels.load(dir.resolve("second"))) {
      assertThat(triager.triageBatch(CONVERSATIONS)).isEqualTo(before);
    }
  }

  @Test
  void servedProbabilitiesAndRawScoresAreTheBlendOfNetworkAndLexicalModel() throws IOException {
    ModelArtifact blended = TestArtifacts.blended();
    ArtifactFormat.write(dir.resolve("blended"), blended);
    TestArtifacts.writeTiny(dir.resolve("alone"));
    try (ModelTriager both = TriageModels.builder().directory(dir.resolve("blended")).build();
        ModelTriager alone = TriageModels.builder().directory(dir.resolve("alone")).build()) {
      List<Scores> network = alone.scores(CONVERSATIONS);
      List<Scores> mixed = both.scores(CONVERSATIONS);
      List<TriageResult> served = both.triageBatch(CONVERSATIONS);
      for (int i = 0; i < CONVERSATIONS.size(); i++) {
        Scores lexical = blended.lexical().model().scores(CONVERSATIONS.get(i));
        double[] t = network.get(i).responder().toOrdinalArray();
        double[] l = lexical.responder().toOrdinalArray();
        double[] m = mixed.get(i).responder().toOrdinalArray();
        for (int k = 0; k < 3; k++) {
          assertThat(m[k]).isCloseTo(0.5 * t[k] + 0.5 * l[k], offset(1e-6));
        }
        assertThat(mixed.get(i).billable())
            .isCloseTo(0.5 * network.get(i).billable() + 0.5 * lexical.billable(), offset(1e-6));
        assertThat(mixed.get(i).urgent()).isEqualTo(network.get(i).urgent());
        TriageResult r = served.get(i);
        assertThat(r.responder().probabilities().medicalAssistant()).isCloseTo(m[0], offset(1e-9));
        assertThat(r.responder().probabilities().oncologist()).isCloseTo(m[2], offset(1e-9));
        assertThat(r.billable().probability()).isCloseTo(mixed.get(i).billable(), offset(1e-9));
        assertThat(r.urgent().probability()).isEqualTo(network.get(i).urgent());
      }
    }
  }

  @Test
  void anArtifactWithoutLexicalFilesLoadsAsTheTransformerAlone() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("old"));
    // The form written before the blend: format version 1, no lexical_weight in config.json.
    ObjectNode config = (ObjectNode) Json.mapper().readTree(model.resolve("config.json").toFile());
    config.remove("lexical_weight");
    ArtifactFormatTest.rewrite(
        model, ArtifactFormat.CONFIG, Json.mapper().writeValueAsBytes(config));
    JsonNode manifest = Json.mapper().readTree(model.resolve(ArtifactFormat.MANIFEST).toFile());
    assertThat(manifest.path("format_version").asInt()).isEqualTo(1);
    assertThat(Files.exists(model.resolve(ArtifactFormat.LEXICAL_RESPONDER))).isFalse();
    try (ModelTriager triager = TriageModels.load(model)) {
      assertThat(triager.lexicalWeight()).isZero();
      assertThat(triager.description().provenance().at("/blend/lexical_weight").asDouble())
          .isZero();
      assertThat(triager.triageBatch(CONVERSATIONS)).hasSize(2);
    }
  }

  @Test
  void anAlteredLexicalFileFailsItsChecksum() throws IOException {
    Path model = TestArtifacts.writeBlended(dir.resolve("m"));
    Path file = model.resolve(ArtifactFormat.LEXICAL_BILLABLE);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(file, bytes);
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.LEXICAL_BILLABLE)
        .hasMessageContaining("SHA-256");
  }

  @Test
  void aMissingLexicalFileIsNamed() throws IOException {
    Path model = TestArtifacts.writeBlended(dir.resolve("m"));
    Files.delete(model.resolve(ArtifactFormat.LEXICAL_RESPONDER));
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.LEXICAL_RESPONDER)
        .hasMessageContaining("missing");
  }

  @Test
  void aLexicalFileThatIsNotACategorizerIsRejectedEvenWithAConsistentManifest() throws IOException {
    Path model = TestArtifacts.writeBlended(dir.resolve("m"));
    ArtifactFormatTest.rewrite(model, ArtifactFormat.LEXICAL_RESPONDER, "not a model".getBytes());
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.LEXICAL_RESPONDER)
        .hasMessageContaining("not an OpenNLP categorizer");
  }

  @Test
  void swappedLexicalFilesAreRejectedByTheirCategories() throws IOException {
    Path model = TestArtifacts.writeBlended(dir.resolve("m"));
    byte[] billable = Files.readAllBytes(model.resolve(ArtifactFormat.LEXICAL_BILLABLE));
    ArtifactFormatTest.rewrite(model, ArtifactFormat.LEXICAL_RESPONDER, billable);
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.LEXICAL_RESPONDER)
        .hasMessageContaining("not a responder level");
  }

  @Test
  void lexicalFilesWithoutAWeightAreInconsistent() throws IOException {
    Path model = blendedWithConfiguredWeight(0.0);
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.LEXICAL_RESPONDER)
        .hasMessageContaining("lexical_weight=0");
  }

  @Test
  void aWeightOutsideZeroToOneIsRejected() throws IOException {
    Path model = blendedWithConfiguredWeight(1.5);
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.CONFIG)
        .hasMessageContaining("lexical_weight");
  }

  /** A blended artifact whose config.json states {@code weight}, with its checksum kept valid. */
  private Path blendedWithConfiguredWeight(double weight) throws IOException {
    Path model = TestArtifacts.writeBlended(dir.resolve("m"));
    ObjectNode config = (ObjectNode) Json.mapper().readTree(model.resolve("config.json").toFile());
    config.put("lexical_weight", weight);
    ArtifactFormatTest.rewrite(
        model, ArtifactFormat.CONFIG, Json.mapper().writeValueAsBytes(config));
    return model;
  }
}
