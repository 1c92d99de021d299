package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.calibration.Calibration;
import org.oncotriage.calibration.LogitPool;
import org.oncotriage.calibration.SoftmaxPool;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalFixtures;
import org.oncotriage.triage.Scores;

/** Artifacts with a calibration: round trip, serving, format version, corrupt files. */
class CalibratedArtifactTest {

  @TempDir Path dir;

  private static final Calibration CALIBRATION =
      new Calibration(
          new SoftmaxPool(new double[] {0.5}, new double[] {0.2, -0.1, 0.3}),
          new LogitPool(new double[] {0.8}, -0.4),
          new LogitPool(new double[] {0.6}, -1.2),
          "test practice (3 conversations), out-of-fold");

  private static final List<Conversation> CONVERSATIONS =
      List.of(
          LexicalFixtures.patient("a", "Can I reschedule my appointment?"),
          LexicalFixtures.patient("b", "I have a fever and chills."));

  private Path writeCalibrated() throws IOException {
    Path model = dir.resolve("calibrated");
    ArtifactFormat.write(model, TestArtifacts.tiny().withCalibration(CALIBRATION));
    return model;
  }

  @Test
  void aCalibratedArtifactRoundTripsAsFormatVersion3() throws IOException {
    Path model = writeCalibrated();
    JsonNode manifest = Json.mapper().readTree(model.resolve(ArtifactFormat.MANIFEST).toFile());
    assertThat(manifest.path("format_version").asInt()).isEqualTo(3);
    assertThat(manifest.path("files").has(ArtifactFormat.CALIBRATION)).isTrue();
    assertThat(ArtifactFormat.read(ArtifactSource.directory(model)).calibration())
        .isEqualTo(CALIBRATION);
  }

  @Test
  void theTriagerServesTheCalibrationOfTheNetworksScores() throws IOException {
    try (ModelTriager triager = TriageModels.load(writeCalibrated())) {
      List<Scores> network = triager.networkScores(CONVERSATIONS);
      List<Scores> served = triager.scores(CONVERSATIONS);
      for (int i = 0; i < CONVERSATIONS.size(); i++) {
        Scores expected = CALIBRATION.apply(network.get(i), null);
        assertThat(served.get(i).responder()).isEqualTo(expected.responder());
        assertThat(served.get(i).billable()).isEqualTo(expected.billable());
        assertThat(served.get(i).urgent()).isEqualTo(expected.urgent());
      }
      assertThat(triager.triageBatch(CONVERSATIONS).get(1).urgent().probability())
          .isEqualTo(served.get(1).urgent());
    }
  }

  @Test
  void aCalibrationFileWithAMissingValueIsRefusedNamingIt() throws IOException {
    Path model = writeCalibrated();
    ObjectNode calibration =
        (ObjectNode) Json.mapper().readTree(model.resolve(ArtifactFormat.CALIBRATION).toFile());
    ((ObjectNode) calibration.path("billable")).remove("intercept");
    rewrite(model, ArtifactFormat.CALIBRATION, Json.mapper().writeValueAsBytes(calibration));
    assertThatThrownBy(() -> ArtifactFormat.read(ArtifactSource.directory(model)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.CALIBRATION)
        .hasMessageContaining("billable.intercept must be a number");
  }

  @Test
  void anAlteredCalibrationFileIsRefused() throws IOException {
    Path model = writeCalibrated();
    Path file = model.resolve(ArtifactFormat.CALIBRATION);
    Files.writeString(file, Files.readString(file).replace("0.8", "0.9"));
    assertThatThrownBy(() -> ArtifactFormat.read(ArtifactSource.directory(model)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("SHA-256 does not match");
  }

  @Test
  void aVersion3ManifestWithoutACalibrationFileIsRefused() throws IOException {
    Path model = writeCalibrated();
    ObjectNode manifest =
        (ObjectNode) Json.mapper().readTree(model.resolve(ArtifactFormat.MANIFEST).toFile());
    ((ObjectNode) manifest.path("files")).remove(ArtifactFormat.CALIBRATION);
    Files.write(model.resolve(ArtifactFormat.MANIFEST), Json.mapper().writeValueAsBytes(manifest));
    assertThatThrownBy(() -> ArtifactFormat.read(ArtifactSource.directory(model)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("does not list " + ArtifactFormat.CALIBRATION);
  }

  /** Replaces a file and its manifest entry, as a careless editor would. */
  private static void rewrite(Path model, String name, byte[] bytes) throws IOException {
    Files.write(model.resolve(name), bytes);
    ObjectNode manifest =
        (ObjectNode) Json.mapper().readTree(model.resolve(ArtifactFormat.MANIFEST).toFile());
    ObjectNode entry = (ObjectNode) manifest.path("files").path(name);
    entry.put("bytes", bytes.length);
    entry.put("sha256", Sha256.hex(bytes));
    Files.write(model.resolve(ArtifactFormat.MANIFEST), Json.mapper().writeValueAsBytes(manifest));
  }
}
