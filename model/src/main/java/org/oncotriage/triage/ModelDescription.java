package org.oncotriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
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
 */
public record ModelDescription(
    String name,
    String version,
    List<String> labels,
    Map<String, Double> thresholds,
    JsonNode provenance,
    Map<String, Double> validationMetrics) {

  public ModelDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    labels = List.copyOf(labels);
    thresholds = Map.copyOf(thresholds);
    Objects.requireNonNull(provenance, "provenance");
    validationMetrics = Map.copyOf(validationMetrics);
  }

  public TriageResult.ModelIdentity identity() {
    return new TriageResult.ModelIdentity(name, version);
  }
}
