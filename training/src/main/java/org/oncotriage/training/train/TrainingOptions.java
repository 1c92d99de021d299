package org.oncotriage.training.train;

import org.oncotriage.engine.djl.EncoderConfig;

/**
 * Hyperparameters of one training run, recorded in the model's provenance.
 *
 * @param layers encoder layers
 * @param width hidden size
 * @param heads attention heads
 * @param feedForward feed-forward inner size
 * @param maxTokens longest input in WordPiece ids
 * @param vocabularySize WordPiece pieces wanted, special tokens included
 * @param minPieceCount fewest occurrences of a multi-character piece
 * @param epochs most passes over the training data
 * @param batchSize conversations per step
 * @param learningRate peak Adam learning rate
 * @param warmupSteps steps of linear learning-rate warm-up
 * @param dropout dropout rate
 * @param tokenDropout share of word pieces replaced by {@code [UNK]} in training inputs, so the
 *     model does not lean on single words
 * @param labelSmoothing responder label smoothing, in [0, 0.5)
 * @param patience epochs without validation-loss improvement before stopping
 * @param maxMinutes wall-clock budget for the training loop, in minutes
 * @param validationShare share of the data held out when no validation file is given
 * @param maxUnderTriage the under-triage rate the routing thresholds must hold on validation
 * @param seed random seed for the split, the shuffles, initialization and dropout
 */
public record TrainingOptions(
    int layers,
    int width,
    int heads,
    int feedForward,
    int maxTokens,
    int vocabularySize,
    int minPieceCount,
    int epochs,
    int batchSize,
    double learningRate,
    int warmupSteps,
    double dropout,
    double tokenDropout,
    double labelSmoothing,
    int patience,
    double maxMinutes,
    double validationShare,
    double maxUnderTriage,
    long seed) {

  public TrainingOptions {
    if (epochs <= 0
        || batchSize <= 0
        || !(learningRate > 0 && Double.isFinite(learningRate))
        || patience <= 0
        || !(maxMinutes > 0 && Double.isFinite(maxMinutes))) {
      throw new IllegalArgumentException(
          "epochs, batch size, learning rate, patience and max minutes must be positive");
    }
    // the network's shape, checked before any data is read (the vocabulary may come out smaller)
    new EncoderConfig(vocabularySize, maxTokens, layers, width, heads, feedForward, dropout);
    if (batchSize > 4_096) {
      throw new IllegalArgumentException("batch size must be at most 4096, received " + batchSize);
    }
    if (warmupSteps < 0 || minPieceCount < 1) {
      throw new IllegalArgumentException(
          "warmup steps must not be negative and the minimum piece count must be positive,"
              + " received warmup steps="
              + warmupSteps
              + ", minimum piece count="
              + minPieceCount);
    }
    if (!(maxUnderTriage >= 0 && maxUnderTriage < 1)) {
      throw new IllegalArgumentException(
          "the under-triage budget must be in [0, 1), received " + maxUnderTriage);
    }
    if (!(validationShare > 0 && validationShare < 1)) {
      throw new IllegalArgumentException(
          "validation share must be in (0, 1), received " + validationShare);
    }
    if (!(tokenDropout >= 0 && tokenDropout < 0.5)) {
      throw new IllegalArgumentException(
          "token dropout must be in [0, 0.5), received " + tokenDropout);
    }
    if (!(labelSmoothing >= 0 && labelSmoothing < 0.5)) {
      throw new IllegalArgumentException(
          "label smoothing must be in [0, 0.5), received " + labelSmoothing);
    }
  }
}
