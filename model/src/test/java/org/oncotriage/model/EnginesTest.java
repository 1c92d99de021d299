package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalFixtures;
import org.oncotriage.triage.TriageResult;

/** The artifact names its engine; loading dispatches on the name. */
class EnginesTest {

  @TempDir Path dir;

  private static final List<Conversation> CONVERSATIONS =
      List.of(LexicalFixtures.patient("a", "I need to reschedule. I have a fever and chills."));

  @Test
  void theBundledModelNamesItsEngineAndRunsOnDjlPytorch() throws IOException {
    ArtifactSource bundled = ArtifactSource.classpath(TriageModels.DEFAULT_MODEL_RESOURCE);
    JsonNode config = Json.mapper().readTree(bundled.read(ArtifactFormat.CONFIG));
    assertThat(config.path("engine").asText()).isEqualTo("djl-pytorch");
    assertThat(ArtifactFormat.read(bundled).engine()).isEqualTo("djl-pytorch");
  }

  @Test
  void aWrittenArtifactNamesItsEngine() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    JsonNode config = Json.mapper().readTree(model.resolve(ArtifactFormat.CONFIG).toFile());
    assertThat(config.path("engine").asText()).isEqualTo("djl-pytorch");
  }

  @Test
  void anArtifactWithoutAnEngineGivesWhatItGaveWithTheDefaultNamed() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    List<TriageResult> named;
    try (ModelTriager triager = TriageModels.load(model)) {
      named = triager.triageBatch(CONVERSATIONS);
    }
    rewriteEngine(model, null);
    try (ModelTriager triager = TriageModels.load(model)) {
      // config.json changed, so the content-derived version does; the scores must not.
      assertThat(triager.triageBatch(CONVERSATIONS))
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("model")
          .isEqualTo(named);
    }
  }

  @Test
  void anUnknownEngineIsRefusedNamingConfigAndTheKnownEngines() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    rewriteEngine(model, "onnx-runtime");
    assertThatThrownBy(() -> TriageModels.load(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.CONFIG)
        .hasMessageContaining("engine 'onnx-runtime'")
        .hasMessageContaining("djl-pytorch");
  }

  @Test
  void anEngineThatIsNotANameIsAFormatError() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    ObjectNode config = config(model);
    config.put("engine", 3);
    ArtifactFormatTest.rewrite(
        model, ArtifactFormat.CONFIG, Json.mapper().writeValueAsBytes(config));
    assertThatThrownBy(() -> ArtifactFormat.read(ArtifactSource.directory(model)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ArtifactFormat.CONFIG)
        .hasMessageContaining("engine");
  }

  private static ObjectNode config(Path model) throws IOException {
    return (ObjectNode) Json.mapper().readTree(model.resolve(ArtifactFormat.CONFIG).toFile());
  }

  /** Sets config.json's engine (null: removes it), keeping the manifest consistent. */
  private static void rewriteEngine(Path model, String engine) throws IOException {
    ObjectNode config = config(model);
    if (engine == null) {
      config.remove("engine");
    } else {
      config.put("engine", engine);
    }
    ArtifactFormatTest.rewrite(
        model, ArtifactFormat.CONFIG, Json.mapper().writeValueAsBytes(config));
  }
}
