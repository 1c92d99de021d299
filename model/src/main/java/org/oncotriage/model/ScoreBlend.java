package org.oncotriage.model;

import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

/**
 * Blends the transformer's probabilities with the lexical model's, with a fixed weight {@code w}:
 * each responder level gets {@code (1 - w) * transformer + w * lexical}, renormalized to sum to 1;
 * billable gets the same mixture; urgent stays the transformer's (the lexical model has no urgent
 * head). Stateless and thread-safe.
 */
public final class ScoreBlend {

  private ScoreBlend() {}

  /**
   * The scores that decisions are made on: the network's, blended with the lexical model's when
   * there is one, with the responder probabilities {@link Scores#normalized()}. {@link
   * ModelTriager} serves these, and training chooses the decision thresholds on them.
   *
   * @param lexical the lexical model's scores; null for the network alone
   * @param weight the lexical share, in [0, 1]; ignored without lexical scores
   */
  public static Scores served(Scores network, Scores lexical, double weight) {
    return (lexical == null ? network : blend(network, lexical, weight)).normalized();
  }

  /**
   * @param weight the lexical share, in [0, 1]; 0 returns the transformer's scores
   */
  public static Scores blend(Scores transformer, Scores lexical, double weight) {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("lexical weight must be in [0, 1], received " + weight);
    }
    double[] t = transformer.responder().toOrdinalArray();
    double[] l = lexical.responder().toOrdinalArray();
    double[] p = new double[t.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = (1 - weight) * t[i] + weight * l[i];
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    double billable = (1 - weight) * transformer.billable() + weight * lexical.billable();
    return new Scores(ResponderProbabilities.fromOrdinalArray(p), billable, transformer.urgent());
  }
}
