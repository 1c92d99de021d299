package org.oncotriage.calibration;

import java.util.Arrays;
import java.util.Objects;

/**
 * A calibrated categorical distribution pooled from one or more sources' distributions over the
 * same classes: {@code p_k = softmax_k(sum_s weight_s * log(p_{s,k}) + bias_k)}. With one source it
 * is temperature scaling ({@code weight = 1 / temperature}) with class biases; with two it is a
 * logarithmic opinion pool. Weights and biases are fitted by maximum likelihood on labeled
 * conversations with a light ridge pull towards the starting weights and zero biases; the biases
 * move the prior towards the practice's own mix of classes. Immutable and thread-safe.
 *
 * @param weights one weight per source, in source order
 * @param bias one bias per class, in class order
 */
public record SoftmaxPool(double[] weights, double[] bias) {

  /** Strength of the pull towards the starting point, per parameter, in units of the mean loss. */
  static final double RIDGE = 1e-3;

  /** Probabilities are clipped below at EPSILON before the logarithm. */
  static final double EPSILON = 1e-6;

  public SoftmaxPool {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(bias, "bias");
    weights = weights.clone();
    bias = bias.clone();
    Checks.finite("weights", weights);
    Checks.finite("bias", bias);
  }

  /** One source of {@code classes} classes passed through unchanged. */
  public static SoftmaxPool identity(int classes) {
    return new SoftmaxPool(new double[] {1}, new double[classes]);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public double[] bias() {
    return bias.clone();
  }

  /** The calibrated distribution (class order, sums to 1) from the sources', in source order. */
  public double[] apply(double[]... sources) {
    if (sources.length != weights.length) {
      throw new IllegalArgumentException(
          "pooled from " + weights.length + " sources, received " + sources.length);
    }
    double[][] logs = new double[sources.length][];
    for (int s = 0; s < sources.length; s++) {
      Checks.width(sources[s], bias.length, s);
      logs[s] = logs(sources[s]);
    }
    return softmax(weights, bias, logs);
  }

  /**
   * Fits the pool.
   *
   * @param sources {@code sources[i][s]}: source {@code s}'s distribution for item {@code i}
   * @param truth the true class index of item {@code i}
   * @param start the starting weights (the ridge pulls towards them)
   * @throws IllegalArgumentException when the sizes disagree or a class index is out of range
   */
  public static SoftmaxPool fit(double[][][] sources, int[] truth, double... start) {
    int n = Checks.items(sources, truth.length);
    int classes = sources[0][0].length;
    double[][][] logs = new double[n][start.length][];
    for (int i = 0; i < n; i++) {
      if (sources[i].length != start.length || truth[i] < 0 || truth[i] >= classes) {
        throw new IllegalArgumentException(
            "item " + i + " has " + sources[i].length + " sources or class " + truth[i]);
      }
      for (int s = 0; s < start.length; s++) {
        Checks.width(sources[i][s], classes, i);
        logs[i][s] = logs(sources[i][s]);
      }
    }
    int sourceCount = start.length;
    double[] origin = Arrays.copyOf(start, sourceCount + classes);
    LogisticFit.Objective objective =
        new LogisticFit.Objective() {
          @Override
          public double applyAsDouble(double[] w) {
            double[] weights = Arrays.copyOf(w, sourceCount);
            double[] bias = Arrays.copyOfRange(w, sourceCount, w.length);
            double loss = 0;
            for (int i = 0; i < n; i++) {
              loss -= Math.log(Math.max(1e-300, softmax(weights, bias, logs[i])[truth[i]]));
            }
            return loss / n + LogisticFit.ridge(RIDGE, w, origin);
          }

          @Override
          public double[] gradient(double[] w) {
            double[] weights = Arrays.copyOf(w, sourceCount);
            double[] bias = Arrays.copyOfRange(w, sourceCount, w.length);
            double[] g = LogisticFit.ridgeGradient(RIDGE, w, origin);
            for (int i = 0; i < n; i++) {
              double[] q = softmax(weights, bias, logs[i]);
              for (int k = 0; k < classes; k++) {
                double residual = (q[k] - (truth[i] == k ? 1 : 0)) / n;
                for (int s = 0; s < sourceCount; s++) {
                  g[s] += residual * logs[i][s][k];
                }
                g[sourceCount + k] += residual;
              }
            }
            return g;
          }
        };
    double[] w = LogisticFit.minimize(objective, origin);
    return new SoftmaxPool(
        Arrays.copyOf(w, sourceCount), Arrays.copyOfRange(w, sourceCount, w.length));
  }

  private static double[] logs(double[] probabilities) {
    double[] logs = new double[probabilities.length];
    for (int k = 0; k < logs.length; k++) {
      logs[k] = Math.log(Math.max(EPSILON, probabilities[k]));
    }
    return logs;
  }

  private static double[] softmax(double[] weights, double[] bias, double[][] logs) {
    double[] z = bias.clone();
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < z.length; k++) {
      for (int s = 0; s < weights.length; s++) {
        z[k] += weights[s] * logs[s][k];
      }
      max = Math.max(max, z[k]);
    }
    double sum = 0;
    for (int k = 0; k < z.length; k++) {
      z[k] = Math.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < z.length; k++) {
      z[k] /= sum;
    }
    return z;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SoftmaxPool p
        && Arrays.equals(p.weights, weights)
        && Arrays.equals(p.bias, bias);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weights) + Arrays.hashCode(bias);
  }

  @Override
  public String toString() {
    return "SoftmaxPool[weights="
        + Arrays.toString(weights)
        + ", bias="
        + Arrays.toString(bias)
        + "]";
  }
}
