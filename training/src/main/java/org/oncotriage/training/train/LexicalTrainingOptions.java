package org.oncotriage.training.train;

import org.oncotriage.lexical.LexicalTraining;
import picocli.CommandLine.Option;

/**
 * The command-line options of the lexical part's training, shared by {@code train} and {@code
 * adapt} as a picocli mixin.
 */
public final class LexicalTrainingOptions {

  @Option(
      names = "--lexical-iterations",
      defaultValue = "100",
      description = "GIS iterations of each lexical categorizer (${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--lexical-cutoff",
      defaultValue = "2",
      description = "Fewest occurrences of a lexical feature to keep it (${DEFAULT-VALUE}).")
  int cutoff;

  /**
   * The training these options ask for.
   *
   * @throws IllegalArgumentException when either is not positive
   */
  public LexicalTraining training() {
    return new LexicalTraining(iterations, cutoff);
  }
}
