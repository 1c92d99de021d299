package org.oncotriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import org.oncotriage.calibration.Calibration;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.engine.djl.EncoderConfig;
import org.oncotriage.text.WordPieceVocabulary;

/**
 * Everything a trained model is made of, in memory. {@link ArtifactFormat} writes and reads it as
 * one directory.
 *
 * @param name model name, e.g. {@code oncotriage-default}
 * @param version model version
 * @param config the network's shape
 * @param vocabulary the WordPiece vocabulary
 * @param thresholds the decision thresholds chosen on validation data
 * @param provenance how the model was made (free-form JSON object)
 * @param validationMetrics metrics on the validation set, by name
 * @param parameters the network's parameters in DJL's {@code saveParameters} form
 * @param lexical the lexical companion blended with the network; null for a transformer-only model
 *     (lexical weight 0, as every artifact written before the blend)
 * @param engine the {@link org.oncotriage.engine.ScoringEngine} that runs the network, by name
 *     ({@link ArtifactFormat#DEFAULT_ENGINE} in every artifact written before engines were named)
 * @param calibration how the heads become the served probabilities, fitted on a practice's data by
 *     {@code adapt}; null for the fixed blend of {@link ScoreBlend} (every model {@code train}
 *     writes)
 */
public record ModelArtifact(
    String name,
    String version,
    EncoderConfig config,
    WordPieceVocabulary vocabulary,
    DecisionThresholds thresholds,
    JsonNode provenance,
    Map<String, Double> validationMetrics,
    byte[] parameters,
    LexicalCompanion lexical,
    String engine,
    Calibration calibration) {

  /** An uncalibrated artifact. */
  public ModelArtifact(
      String name,
      String version,
      EncoderConfig config,
      WordPieceVocabulary vocabulary,
      DecisionThresholds thresholds,
      JsonNode provenance,
      Map<String, Double> validationMetrics,
      byte[] parameters,
      LexicalCompanion lexical,
      String engine) {
    this(
        name,
        version,
        config,
        vocabulary,
        thresholds,
        provenance,
        validationMetrics,
        parameters,
        lexical,
        engine,
        null);
  }

  /** An artifact of the default engine. */
  public ModelArtifact(
      String name,
      String version,
      EncoderConfig config,
      WordPieceVocabulary vocabulary,
      DecisionThresholds thresholds,
      JsonNode provenance,
      Map<String, Double> validationMetrics,
      byte[] parameters,
      LexicalCompanion lexical) {
    this(
        name,
        version,
        config,
        vocabulary,
        thresholds,
        provenance,
        validationMetrics,
        parameters,
        lexical,
        ArtifactFormat.DEFAULT_ENGINE);
  }

  /** A transformer-only artifact of the default engine. */
  public ModelArtifact(
      String name,
      String version,
      EncoderConfig config,
      WordPieceVocabulary vocabulary,
      DecisionThresholds thresholds,
      JsonNode provenance,
      Map<String, Double> validationMetrics,
      byte[] parameters) {
    this(
        name,
        version,
        config,
        vocabulary,
        thresholds,
        provenance,
        validationMetrics,
        parameters,
        null);
  }

  /** This artifact with another lexical companion. */
  public ModelArtifact withLexical(LexicalCompanion newLexical) {
    return new ModelArtifact(
        name,
        version,
        config,
        vocabulary,
        thresholds,
        provenance,
        validationMetrics,
        parameters,
        newLexical,
        engine,
        calibration);
  }

  /** This artifact with another calibration. */
  public ModelArtifact withCalibration(Calibration newCalibration) {
    return new ModelArtifact(
        name,
        version,
        config,
        vocabulary,
        thresholds,
        provenance,
        validationMetrics,
        parameters,
        lexical,
        engine,
        newCalibration);
  }

  /** This artifact with other decision thresholds. */
  public ModelArtifact withThresholds(DecisionThresholds newThresholds) {
    return new ModelArtifact(
        name,
        version,
        config,
        vocabulary,
        newThresholds,
        provenance,
        validationMetrics,
        parameters,
        lexical,
        engine,
        calibration);
  }

  /**
   * This artifact under another name and version, with the provenance and metrics that go with it.
   */
  public ModelArtifact withIdentity(
      String newName,
      String newVersion,
      JsonNode newProvenance,
      Map<String, Double> newValidationMetrics) {
    return new ModelArtifact(
        newName,
        newVersion,
        config,
        vocabulary,
        thresholds,
        newProvenance,
        newValidationMetrics,
        parameters,
        lexical,
        engine,
        calibration);
  }

  /** The lexical share of the blend: the companion's weight, or 0 when there is none. */
  double lexicalWeight() {
    return lexical == null ? 0.0 : lexical.weight();
  }

  public ModelArtifact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(provenance, "provenance");
    validationMetrics = Map.copyOf(validationMetrics);
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(engine, "engine");
    if (engine.isBlank()) {
      throw new IllegalArgumentException("engine must not be blank");
    }
    if (calibration != null && calibration.sources() != (lexical == null ? 1 : 2)) {
      throw new IllegalArgumentException(
          "the calibration pools "
              + calibration.sources()
              + " sources but the model has "
              + (lexical == null ? "no lexical part" : "a lexical part"));
    }
    if (config.vocabularySize() != vocabulary.size()) {
      throw new IllegalArgumentException(
          "config.vocabulary_size="
              + config.vocabularySize()
              + " but the vocabulary holds "
              + vocabulary.size()
              + " pieces");
    }
  }
}
