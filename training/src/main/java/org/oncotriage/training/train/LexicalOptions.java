package org.oncotriage.training.train;

import org.oncotriage.lexical.LexicalTraining;

/**
 * How the lexical companion is trained and blended, recorded in the model's provenance.
 *
 * @param weight the lexical share of the blended responder and billable probabilities, in [0, 1];
 *     fixed before training; 0 trains no lexical model and writes a transformer-only artifact
 * @param iterations GIS iterations per lexical categorizer
 * @param cutoff fewest occurrences of a lexical feature for it to be kept
 */
public record LexicalOptions(double weight, int iterations, int cutoff) {

  /** Weight 0.5, 100 iterations, cutoff 2. */
  public static final LexicalOptions DEFAULT =
      new LexicalOptions(
          0.5, LexicalTraining.DEFAULT.iterations(), LexicalTraining.DEFAULT.cutoff());

  public LexicalOptions {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("lexical weight must be in [0, 1], received " + weight);
    }
    if (iterations < 1 || cutoff < 1) {
      throw new IllegalArgumentException(
          "lexical iterations and cutoff must be positive, received iterations="
              + iterations
              + ", cutoff="
              + cutoff);
    }
  }

  /** The lexical trainer these options describe. */
  public LexicalTraining training() {
    return new LexicalTraining(iterations, cutoff);
  }
}
