package org.oncotriage.metrics;

import java.util.List;
import java.util.Objects;

/**
 * Counts of (truth, prediction) pairs over a fixed list of classes. <b>Rows are truth, columns are
 * prediction</b>: {@code count(t, p)} is how many items of true class {@code t} were predicted as
 * {@code p}. Classes are identified by their index in {@link #labels()}; for responder levels the
 * index is {@code Responder.ordinal()} (medical assistant, nurse, oncologist).
 *
 * <p>Mutable while counting; not thread-safe. Use {@link #copy()} to hand out a snapshot.
 */
public final class ConfusionMatrix {

  private final List<String> labels;
  private final long[][] counts;
  private long total;

  /** An empty matrix over {@code labels} (at least two). */
  public ConfusionMatrix(List<String> labels) {
    this.labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
    if (this.labels.size() < 2) {
      throw new IllegalArgumentException(
          "a confusion matrix needs at least 2 classes, received " + this.labels.size());
    }
    this.counts = new long[this.labels.size()][this.labels.size()];
  }

  /** Counts one item of true class {@code truth} predicted as {@code prediction}. */
  public void add(int truth, int prediction) {
    add(truth, prediction, 1);
  }

  /** Counts {@code n} items of true class {@code truth} predicted as {@code prediction}. */
  public void add(int truth, int prediction, long n) {
    checkIndex(truth, "truth");
    checkIndex(prediction, "prediction");
    counts[truth][prediction] += n;
    total += n;
  }

  private void checkIndex(int index, String what) {
    if (index < 0 || index >= labels.size()) {
      throw new IndexOutOfBoundsException(
          what + " class must be in [0, " + labels.size() + "), received " + index);
    }
  }

  /** The class names, in index order. */
  public List<String> labels() {
    return labels;
  }

  /** Number of classes. */
  public int size() {
    return labels.size();
  }

  /** Items of true class {@code truth} predicted as {@code prediction}. */
  public long count(int truth, int prediction) {
    return counts[truth][prediction];
  }

  /** All items counted. */
  public long total() {
    return total;
  }

  /** Items whose true class is {@code k} (row sum). */
  public long truthTotal(int k) {
    long sum = 0;
    for (int p = 0; p < size(); p++) {
      sum += counts[k][p];
    }
    return sum;
  }

  /** Items predicted as class {@code k} (column sum). */
  public long predictedTotal(int k) {
    long sum = 0;
    for (int t = 0; t < size(); t++) {
      sum += counts[t][k];
    }
    return sum;
  }

  /** The counts as a fresh array, rows truth, columns prediction. */
  public long[][] toArray() {
    long[][] out = new long[size()][];
    for (int t = 0; t < size(); t++) {
      out[t] = counts[t].clone();
    }
    return out;
  }

  /** An independent copy. */
  public ConfusionMatrix copy() {
    ConfusionMatrix copy = new ConfusionMatrix(labels);
    for (int t = 0; t < size(); t++) {
      for (int p = 0; p < size(); p++) {
        copy.add(t, p, counts[t][p]);
      }
    }
    return copy;
  }

  /**
   * A fixed-width table: one row per true class, one column per predicted class, each cell right
   * aligned in a column as wide as the longest label or count.
   */
  @Override
  public String toString() {
    int width = "truth \\ predicted".length();
    for (String label : labels) {
      width = Math.max(width, label.length());
    }
    width = Math.max(width, Long.toString(total).length());
    String cell = "%" + (width + 2) + "s";
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-" + width + "s", "truth \\ predicted"));
    for (String label : labels) {
      out.append(String.format(cell, label));
    }
    out.append('\n');
    for (int t = 0; t < size(); t++) {
      out.append(String.format("%-" + width + "s", labels.get(t)));
      for (int p = 0; p < size(); p++) {
        out.append(String.format(cell, counts[t][p]));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
