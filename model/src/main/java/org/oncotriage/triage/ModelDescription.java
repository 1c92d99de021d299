package org.oncotriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a loaded model says about itself ({@code GET /v1/model}, report provenance).
 *
 * @param name model name
 * @param version model version
 * @param labels the responder levels it predicts, in wire names
 * @param thresholds the decision thresholds stored in the artifact, by name
 * @param provenance how it was made (data hash, hyperparameters, seed, library versions, date)
 * @param validationMetrics metrics measured on its validation set, by name
 * @param decisionPolicy what the routing thresholds trade: the under-triage budget they were chosen
 *     for, on which data, and the under- and over-triage they gave there (an empty object when the
 *     model does not say)
 * @param calibration how the served probabilities are calibrated and on which data, or that they
 *     are the fixed blend of an uncalibrated model
 */
public record ModelDescription(
    String name,
    String version,
    List<String> labels,
    Map<String, Double> thresholds,
    JsonNode provenance,
    Map<String, Double> validationMetrics,
    JsonNode decisionPolicy,
    JsonNode calibration) {

  public ModelDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    labels = List.copyOf(labels);
    thresholds = Map.copyOf(thresholds);
    Objects.requireNonNull(provenance, "provenance");
    validationMetrics = Map.copyOf(validationMetrics);
    Objects.requireNonNull(decisionPolicy, "decisionPolicy");
    Objects.requireNonNull(calibration, "calibration");
  }

  /** A description that says nothing of its decision policy or calibration (test doubles). */
  public ModelDescription(
      String name,
      String version,
      List<String> labels,
      Map<String, Double> thresholds,
      JsonNode provenance,
      Map<String, Double> validationMetrics) {
    this(
        name,
        version,
        labels,
        thresholds,
        provenance,
        validationMetrics,
        JsonNodeFactory.instance.objectNode(),
        JsonNodeFactory.instance.objectNode());
  }

  public TriageResult.ModelIdentity identity() {
    return new TriageResult.ModelIdentity(name, version);
  }
}
