package org.oncotriage.training.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.model.LexicalCompanion;

/**
 * Everything the {@code train} command writes: the transformer run, the lexical companion, and the
 * thresholds and figures measured on validation with the blended scores.
 *
 * @param transformer the transformer's training run
 * @param lexical the lexical companion; null when its weight is 0
 * @param lexicalSeconds wall-clock seconds spent training the lexical model (0 without one)
 * @param thresholds the decision thresholds chosen on validation with the blended scores
 * @param validationMetrics the blended model's validation figures, by name
 */
record TrainedModel(
    TrainingRun transformer,
    LexicalCompanion lexical,
    double lexicalSeconds,
    DecisionThresholds thresholds,
    Map<String, Double> validationMetrics) {

  public TrainedModel {
    validationMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(validationMetrics));
  }
}
