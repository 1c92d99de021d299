package org.oncotriage.spark.score;

import org.apache.spark.Partitioner;

/**
 * Places conversation number {@code n} (0-based, in input order) so that every batch of {@code
 * batchSize} consecutive conversations ({@code n / batchSize}) lies whole in one partition, and the
 * partitions hold consecutive runs of batches, in order. A batch's results depend on which
 * conversations share its forward pass (padding changes the last bits of the floating point sums),
 * so this is what makes the job's batches, and its results, the same as {@code predict}'s.
 * Immutable.
 */
public final class BatchPartitioner extends Partitioner {

  private static final long serialVersionUID = 1L;

  private final int partitions;
  private final int batchSize;
  private final long batches;

  /**
   * @param partitions partitions to spread the batches over (at least 1)
   * @param batchSize conversations per batch (at least 1)
   * @param conversations conversations in all
   */
  public BatchPartitioner(int partitions, int batchSize, long conversations) {
    if (partitions < 1 || batchSize < 1 || conversations < 0) {
      throw new IllegalArgumentException(
          "needs partitions >= 1, batchSize >= 1 and conversations >= 0, received partitions="
              + partitions
              + ", batchSize="
              + batchSize
              + ", conversations="
              + conversations);
    }
    this.partitions = partitions;
    this.batchSize = batchSize;
    this.batches = Math.max(1, (conversations + batchSize - 1) / batchSize);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long batch = ((Long) key) / batchSize;
    return (int) Math.min(partitions - 1, batch * partitions / batches);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BatchPartitioner p
        && p.partitions == partitions
        && p.batchSize == batchSize
        && p.batches == batches;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(batches) * 31 * 31 + batchSize * 31 + partitions;
  }
}
