package org.oncotriage.spark.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchPartitionerTest {

  @Test
  void everyBatchLiesWholeInOnePartitionAndPartitionsFollowInputOrder() {
    BatchPartitioner p = new BatchPartitioner(3, 32, 300); // 10 batches over 3 partitions
    int previous = 0;
    for (long n = 0; n < 300; n++) {
      int partition = p.getPartition(n);
      assertThat(partition).isEqualTo(p.getPartition(n / 32 * 32)).isBetween(previous, 2);
      previous = partition;
    }
    assertThat(p.getPartition(0L)).isZero();
    assertThat(p.getPartition(299L)).isEqualTo(2);
  }

  @Test
  void defaultPartitionsFillWholeWavesOfTheCores() {
    assertThat(ScoringJob.defaultPartitions(300, 2)).isEqualTo(2);
    assertThat(ScoringJob.defaultPartitions(50_000, 2)).isEqualTo(6);
    assertThat(ScoringJob.defaultPartitions(334_053, 2)).isEqualTo(34);
    assertThat(ScoringJob.defaultPartitions(0, 4)).isEqualTo(4);
  }
}
