package org.oncotriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Objects;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.engine.ScoringEngine;
import org.oncotriage.engine.djl.LoadedNetwork;
import org.oncotriage.heads.Heads;
import org.oncotriage.json.Json;
import org.oncotriage.language.LanguageIdentifier;
import org.oncotriage.language.LinguaLanguageIdentifier;
import org.oncotriage.language.PlainEnglishFirst;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagRules;
import org.oncotriage.text.ConversationTokenizer;
import org.oncotriage.triage.ModelDescription;

/**
 * Loads triage models: the bundled default or a model directory written by the {@code train}
 * command ({@link ArtifactFormat}), run by the scoring engine that the artifact names ({@link
 * Engines}). Loading checks every file first and fails with a {@link ModelFormatException} naming
 * the file at fault.
 */
public final class TriageModels {

  /** The classpath folder of the bundled default model. */
  public static final String DEFAULT_MODEL_RESOURCE = "org/oncotriage/default-model";

  private TriageModels() {}

  /** The default model that ships inside the project, with the standard red-flag rules. */
  public static ModelTriager loadDefault() {
    return builder().defaultModel().build();
  }

  /**
   * A model directory written by the {@code train} command, with the standard red-flag rules.
   *
   * @throws ModelFormatException when the directory is missing or not a valid model
   */
  public static ModelTriager load(Path directory) {
    return builder().directory(directory).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * How a triager tells message languages unless told otherwise: plain English by word lists, the
   * rest by Lingua ({@link PlainEnglishFirst}); for anything that must read messages as served.
   */
  public static LanguageIdentifier defaultLanguageIdentifier() {
    return new PlainEnglishFirst(LinguaLanguageIdentifier.standard());
  }

  /**
   * Builds a {@link ModelTriager}: set the source; the standard red-flag rules, language
   * identification (plain English by word lists, the rest by Lingua: {@link PlainEnglishFirst}) and
   * one intra-op thread unless told otherwise.
   */
  public static final class Builder {
    private ArtifactSource source;
    private ModelArtifact artifact;
    private RedFlagDetector detector = RedFlagRules.standard();
    private LanguageIdentifier languages = defaultLanguageIdentifier();
    private int intraOpThreads = 1;
    private PublicKey publicKey;

    private Builder() {}

    /**
     * Loads only a model whose detached signature this key verifies ({@link ModelSignature});
     * without it (the default) a signature is not required.
     */
    public Builder optPublicKey(PublicKey key) {
      this.publicKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /** Reads the model from a directory. */
    public Builder directory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      if (!Files.isDirectory(directory)) {
        throw new ModelFormatException(directory.toString(), "is not a model directory");
      }
      this.source = ArtifactSource.directory(directory);
      return this;
    }

    /** Reads the model from the bundled default. */
    public Builder defaultModel() {
      this.source = ArtifactSource.classpath(DEFAULT_MODEL_RESOURCE);
      return this;
    }

    Builder source(ArtifactSource newSource) {
      this.source = Objects.requireNonNull(newSource, "source");
      this.artifact = null;
      return this;
    }

    /**
     * Builds from an artifact already in memory (for example one being adapted), with no files;
     * error messages name the artifact by its name and version.
     */
    public Builder artifact(ModelArtifact inMemory) {
      this.artifact = Objects.requireNonNull(inMemory, "artifact");
      this.source = ArtifactSource.inMemory(inMemory.name() + " " + inMemory.version());
      return this;
    }

    /**
     * Replaces the red-flag rules whose findings make a conversation urgent (the standard rules by
     * default).
     */
    Builder optRedFlagDetector(RedFlagDetector newDetector) {
      this.detector = Objects.requireNonNull(newDetector, "detector");
      return this;
    }

    /**
     * Leaves the red-flag rules out, so that only the model's urgent head decides: for measuring
     * the model alone, never for routing live messages.
     */
    public Builder withoutRedFlagRules() {
      this.detector = null;
      return this;
    }

    /**
     * Replaces how message languages are told ({@link PlainEnglishFirst} over Lingua by default):
     * each message is read by the red-flag rules of its language, and a conversation in a language
     * not served goes at least to a nurse.
     */
    public Builder optLanguageIdentifier(LanguageIdentifier identifier) {
      this.languages = Objects.requireNonNull(identifier, "identifier");
      return this;
    }

    /**
     * Tells no languages: every message is read as English and results carry no {@code language}.
     * For measuring the model alone and for tests.
     */
    public Builder withoutLanguageIdentification() {
      this.languages = null;
      return this;
    }

    /**
     * PyTorch's process-wide intra-op thread count, set when a {@code djl-pytorch} model loads
     * (default 1: see {@link LoadedNetwork#load}).
     */
    public Builder optIntraOpThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException(
            "intra-op threads must be positive, received " + threads);
      }
      this.intraOpThreads = threads;
      return this;
    }

    public ModelTriager build() {
      if (source == null) {
        throw new IllegalStateException("no model source set");
      }
      ModelArtifact artifact =
          this.artifact != null ? this.artifact : ArtifactFormat.read(source, publicKey);
      if (languages != null) {
        languages.warmUp();
      }
      ScoringEngine engine = Engines.start(artifact, source, intraOpThreads);
      ModelDescription description =
          new ModelDescription(
              artifact.name(),
              artifact.version(),
              Heads.RESPONDER.classes(),
              artifact.thresholds().asMap(),
              describedProvenance(artifact),
              artifact.validationMetrics(),
              ModelStatements.decisionPolicy(artifact),
              ModelStatements.calibration(artifact));
      return new ModelTriager(
          engine,
          new ConversationTokenizer(artifact.vocabulary(), artifact.config().maxTokens()),
          new DecisionPolicy(artifact.thresholds()),
          detector,
          languages,
          description,
          artifact.lexical(),
          artifact.calibration());
    }

    /**
     * The artifact's provenance with a {@code blend} entry, so that {@code GET /v1/model} shows the
     * lexical weight in use even for artifacts made before the blend (weight 0).
     */
    private static JsonNode describedProvenance(ModelArtifact artifact) {
      ObjectNode provenance =
          artifact.provenance().isObject()
              ? ((ObjectNode) artifact.provenance()).deepCopy()
              : Json.mapper().createObjectNode();
      ObjectNode blend = provenance.putObject("blend");
      blend.put("lexical_weight", artifact.lexicalWeight());
      blend.put(
          "urgent",
          artifact.lexicalWeight() > 0
              ? "transformer head and red-flag rules only"
              : "transformer head and red-flag rules");
      JsonNode lexical = artifact.provenance().path("lexical");
      if (lexical.isObject()) {
        blend.set("lexical_training", lexical);
      }
      return provenance;
    }
  }
}
