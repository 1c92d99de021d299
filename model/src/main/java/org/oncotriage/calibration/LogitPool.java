package org.oncotriage.calibration;

import java.util.Arrays;
import java.util.Objects;

/**
 * A calibrated binary probability pooled from one or more sources' probabilities for the same event
 * (the network's head, the lexical model's): {@code p = sigmoid(sum_s weight_s * logit(p_s) +
 * intercept)}. With one source it is Platt scaling; with two it is a logarithmic opinion pool whose
 * weights and intercept are fitted by maximum likelihood on labeled conversations, with a light
 * ridge pull towards the starting weights. Monotone increasing in each source whose weight is
 * positive. Immutable and thread-safe.
 *
 * @param weights one weight per source, in source order
 * @param intercept added to the pooled logit
 */
public record LogitPool(double[] weights, double intercept) {

  /** Strength of the pull towards the starting point, per parameter, in units of the mean loss. */
  static final double RIDGE = 1e-3;

  /** Probabilities are clipped to [EPSILON, 1 - EPSILON] before the logit. */
  static final double EPSILON = 1e-6;

  public LogitPool {
    Objects.requireNonNull(weights, "weights");
    weights = weights.clone();
    Checks.finite("weights", weights);
    Checks.finite("intercept", intercept);
  }

  /** One source passed through unchanged. */
  public static final LogitPool IDENTITY = new LogitPool(new double[] {1}, 0);

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** The calibrated probability from the sources' probabilities, in source order. */
  public double apply(double... sources) {
    if (sources.length != weights.length) {
      throw new IllegalArgumentException(
          "pooled from " + weights.length + " sources, received " + sources.length);
    }
    double z = intercept;
    for (int s = 0; s < sources.length; s++) {
      z += weights[s] * logit(sources[s]);
    }
    return sigmoid(z);
  }

  /**
   * Fits the pool.
   *
   * @param sources {@code sources[i][s]}: source {@code s}'s probability for item {@code i}
   * @param truth whether item {@code i} is positive
   * @param start the starting weights (the ridge pulls towards them)
   * @throws IllegalArgumentException when the sizes disagree or the truth has one class only
   */
  public static LogitPool fit(double[][] sources, boolean[] truth, double... start) {
    int n = Checks.items(sources, truth.length);
    int positives = 0;
    for (boolean t : truth) {
      positives += t ? 1 : 0;
    }
    if (positives == 0 || positives == n) {
      throw new IllegalArgumentException(
          "a binary calibration needs both classes, received " + positives + " positive of " + n);
    }
    double[][] logits = new double[n][start.length];
    for (int i = 0; i < n; i++) {
      Checks.width(sources[i], start.length, i);
      for (int s = 0; s < start.length; s++) {
        logits[i][s] = logit(sources[i][s]);
      }
    }
    double[] origin = Arrays.copyOf(start, start.length + 1);
    LogisticFit.Objective objective =
        new LogisticFit.Objective() {
          @Override
          public double applyAsDouble(double[] w) {
            double loss = 0;
            for (int i = 0; i < n; i++) {
              double z = linear(w, logits[i]);
              loss += truth[i] ? softplus(-z) : softplus(z);
            }
            return loss / n + LogisticFit.ridge(RIDGE, w, origin);
          }

          @Override
          public double[] gradient(double[] w) {
            double[] g = LogisticFit.ridgeGradient(RIDGE, w, origin);
            for (int i = 0; i < n; i++) {
              double residual = sigmoid(linear(w, logits[i])) - (truth[i] ? 1 : 0);
              for (int s = 0; s < logits[i].length; s++) {
                g[s] += residual * logits[i][s] / n;
              }
              g[g.length - 1] += residual / n;
            }
            return g;
          }
        };
    double[] w = LogisticFit.minimize(objective, origin);
    return new LogitPool(Arrays.copyOf(w, start.length), w[start.length]);
  }

  private static double linear(double[] w, double[] logits) {
    double z = w[w.length - 1];
    for (int s = 0; s < logits.length; s++) {
      z += w[s] * logits[s];
    }
    return z;
  }

  static double logit(double p) {
    double clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    return Math.log(clipped / (1 - clipped));
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  private static double softplus(double z) {
    return z > 30 ? z : Math.log1p(Math.exp(z));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogitPool p
        && Arrays.equals(p.weights, weights)
        && Double.compare(p.intercept, intercept) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weights) + Double.hashCode(intercept);
  }

  @Override
  public String toString() {
    return "LogitPool[weights=" + Arrays.toString(weights) + ", intercept=" + intercept + "]";
  }
}
