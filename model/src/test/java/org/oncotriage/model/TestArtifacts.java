package org.oncotriage.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.engine.djl.EncoderConfig;
import org.oncotriage.engine.djl.TriageNetwork;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalFixtures;
import org.oncotriage.lexical.LexicalTraining;
import org.oncotriage.text.VocabularyBuilder;
import org.oncotriage.text.WordPieceVocabulary;

/** A tiny randomly initialized model artifact for tests: fast to build, load and run. */
final class TestArtifacts {

  static final DecisionThresholds THRESHOLDS = new DecisionThresholds(0.3, 0.4, 0.5, 0.5);

  private TestArtifacts() {}

  static ModelArtifact tiny() throws IOException {
    WordPieceVocabulary vocabulary =
        new VocabularyBuilder()
            .addText("I need to reschedule my appointment. I have a fever and chills.")
            .build(120, 1);
    EncoderConfig config = new EncoderConfig(vocabulary.size(), 64, 1, 16, 2, 32, 0.0);
    Engine.getInstance().setRandomSeed(3);
    try (NDManager manager = NDManager.newBaseManager()) {
      TriageNetwork network = new TriageNetwork(config);
      network.initialize(manager, DataType.FLOAT32, new Shape(1, 4), new Shape(1, 4));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        network.saveParameters(out);
      }
      return new ModelArtifact(
          "test-model",
          "1",
          config,
          vocabulary,
          THRESHOLDS,
          Json.mapper().createObjectNode().put("purpose", "test"),
          Map.of("responder_macro_f1", 0.5),
          bytes.toByteArray());
    }
  }

  /** {@link #tiny()} with a lexical companion trained on {@link LexicalFixtures}, weight 0.5. */
  static ModelArtifact blended() throws IOException {
    ModelArtifact t = tiny();
    return new ModelArtifact(
        t.name(),
        t.version(),
        t.config(),
        t.vocabulary(),
        t.thresholds(),
        t.provenance(),
        t.validationMetrics(),
        t.parameters(),
        new LexicalCompanion(
            new LexicalTraining(30, 1).train(LexicalFixtures.training()), LEXICAL_WEIGHT));
  }

  static final double LEXICAL_WEIGHT = 0.5;

  static Path writeBlended(Path directory) throws IOException {
    ArtifactFormat.write(directory, blended());
    return directory;
  }

  static Path writeTiny(Path directory) throws IOException {
    ArtifactFormat.write(directory, tiny());
    return directory;
  }
}
