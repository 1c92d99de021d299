package org.oncotriage.training.train;

import java.util.Objects;
import org.oncotriage.lexical.LexicalTraining;

/**
 * How the lexical companion is trained and blended, recorded in the model's provenance.
 *
 * @param weight the lexical share of the blended responder and billable probabilities, in [0, 1];
 *     fixed before training; 0 trains no lexical model and writes a transformer-only artifact
 * @param training the lexical trainer's settings (GIS iterations, feature cutoff)
 */
public record LexicalOptions(double weight, LexicalTraining training) {

  /** Weight 0.5 with the lexical trainer's defaults. */
  public static final LexicalOptions DEFAULT = new LexicalOptions(0.5, LexicalTraining.DEFAULT);

  public LexicalOptions {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("lexical weight must be in [0, 1], received " + weight);
    }
    Objects.requireNonNull(training, "training");
  }

  /** GIS iterations per lexical categorizer. */
  public int iterations() {
    return training.iterations();
  }

  /** Fewest occurrences of a lexical feature for it to be kept. */
  public int cutoff() {
    return training.cutoff();
  }
}
