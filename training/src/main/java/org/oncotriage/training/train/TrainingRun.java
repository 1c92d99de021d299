package org.oncotriage.training.train;

import java.util.Map;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.nn.EncoderConfig;
import org.oncotriage.text.WordPieceVocabulary;

/**
 * What a training run produced: the best epoch's parameters and what was measured on validation.
 *
 * @param config the network's shape
 * @param vocabulary the vocabulary built from the training split
 * @param parameters the best epoch's parameters (DJL {@code saveParameters} form)
 * @param thresholds the decision thresholds chosen on validation
 * @param validationMetrics the best epoch's validation figures, by name
 * @param epochLosses mean training loss of each epoch run
 * @param epochsRun epochs started (the last may be cut by the time budget)
 * @param bestEpoch the 1-based epoch whose parameters were kept
 * @param seconds wall-clock seconds of the training loop
 * @param examplesPerSecond training throughput
 */
public record TrainingRun(
    EncoderConfig config,
    WordPieceVocabulary vocabulary,
    byte[] parameters,
    DecisionThresholds thresholds,
    Map<String, Double> validationMetrics,
    double[] epochLosses,
    int epochsRun,
    int bestEpoch,
    double seconds,
    double examplesPerSecond) {}
