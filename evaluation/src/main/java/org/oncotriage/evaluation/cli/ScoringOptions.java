package org.oncotriage.evaluation.cli;

import org.oncotriage.metrics.Bootstrap;
import picocli.CommandLine.Option;

/** How models are run and how intervals are drawn: options shared by evaluate and compare. */
final class ScoringOptions {

  /**
   * The most conversations per {@code triageBatch} call: a batch is held in memory whole, and the
   * triager splits it into forward passes of 32 anyway, so more gains nothing.
   */
  static final int MAX_BATCH_SIZE = 4_096;

  @Option(
      names = "--batch-size",
      defaultValue = "64",
      description = "Conversations per triageBatch call (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--bootstrap",
      defaultValue = "1000",
      description = "Bootstrap resamples for the 95%% intervals (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  /** Checks the options before any work, in one line naming the option and its range. */
  void check() {
    requireRange("--batch-size", batchSize, 1, MAX_BATCH_SIZE);
    requireRange("--bootstrap", resamples, 1, Bootstrap.MAX_RESAMPLES);
  }

  /**
   * @throws IllegalArgumentException naming {@code option} and its range when {@code value} lies
   *     outside [min, max]
   */
  static void requireRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          option + " must be in [" + min + ", " + max + "], received " + value);
    }
  }
}
