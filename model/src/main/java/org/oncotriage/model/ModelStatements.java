package org.oncotriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oncotriage.calibration.Calibration;
import org.oncotriage.json.Json;

/**
 * What a model states about the trade its decisions make, for {@code GET /v1/model} and the
 * evaluation report: the under-triage budget its routing thresholds were chosen for, on which data,
 * and what they gave there; and how its probabilities are calibrated. An adapted model records both
 * in its provenance ({@code decision_policy}, {@code adaptation.calibration}); a model from {@code
 * train} has them implicitly (its budget is a training option, its data the validation split of
 * generated conversations). Stateless.
 */
final class ModelStatements {

  private ModelStatements() {}

  static JsonNode decisionPolicy(ModelArtifact artifact) {
    JsonNode provenance = artifact.provenance();
    JsonNode recorded = provenance.path("decision_policy");
    if (recorded.isObject()) {
      return recorded.deepCopy();
    }
    ObjectNode node = Json.mapper().createObjectNode();
    JsonNode budget = provenance.path("hyperparameters").path("max_under_triage");
    if (budget.isNumber()) {
      node.put("max_under_triage", budget.asDouble());
    }
    node.put(
        "chosen_on",
        provenance.path("validation_data").has("held_out_share_of_training_data")
            ? "the validation split of the training data (generated conversations)"
            : "the validation data named in provenance.validation_data");
    Double under = artifact.validationMetrics().get("under_triage_rate");
    Double over = artifact.validationMetrics().get("over_triage_rate");
    if (under != null) {
      node.put("under_triage_rate", under);
    }
    if (over != null) {
      node.put("over_triage_rate", over);
    }
    return node;
  }

  static JsonNode calibration(ModelArtifact artifact) {
    Calibration calibration = artifact.calibration();
    if (calibration == null) {
      ObjectNode node = Json.mapper().createObjectNode();
      node.put(
          "method",
          artifact.lexical() == null
              ? "none: the network's probabilities as trained"
              : "none: the fixed blend (1 - lexical_weight) * network + lexical_weight * lexical");
      node.put("fitted_on", "the generated training data (no practice data)");
      return node;
    }
    return CalibrationFile.toJson(calibration);
  }
}
