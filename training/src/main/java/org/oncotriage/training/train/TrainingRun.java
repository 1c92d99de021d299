package org.oncotriage.training.train;

import java.util.List;
import org.oncotriage.decision.ValidationOutcome;
import org.oncotriage.engine.djl.EncoderConfig;
import org.oncotriage.text.WordPieceVocabulary;

/**
 * What a transformer training run produced: the best epoch's parameters and what they scored on
 * validation.
 *
 * @param config the network's shape
 * @param vocabulary the vocabulary built from the training split
 * @param parameters the best epoch's parameters (DJL {@code saveParameters} form)
 * @param validationLoss the best epoch's mean validation loss
 * @param validationOutcomes the best epoch's network scores for each validation conversation, in
 *     the validation split's order, as the serving scorer decodes them (before any blend)
 * @param epochLosses mean training loss of each epoch run
 * @param epochsRun epochs started (the last may be cut by the time budget)
 * @param bestEpoch the 1-based epoch whose parameters were kept
 * @param seconds wall-clock seconds of the training loop
 * @param examplesPerSecond training throughput
 */
record TrainingRun(
    EncoderConfig config,
    WordPieceVocabulary vocabulary,
    byte[] parameters,
    double validationLoss,
    List<ValidationOutcome> validationOutcomes,
    double[] epochLosses,
    int epochsRun,
    int bestEpoch,
    double seconds,
    double examplesPerSecond) {

  public TrainingRun {
    validationOutcomes = List.copyOf(validationOutcomes);
  }
}
