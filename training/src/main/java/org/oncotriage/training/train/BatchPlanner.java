package org.oncotriage.training.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Orders an epoch into batches: a seeded shuffle, then within windows of 50 batches the examples
 * are sorted by length so that each batch pads little, and finally the batches themselves are
 * shuffled. Not thread-safe.
 */
final class BatchPlanner {

  private static final int WINDOW_BATCHES = 50;

  private final Random random;

  BatchPlanner(long seed) {
    this.random = new Random(seed);
  }

  /** The batches of one epoch, as lists of examples; the last may be smaller. */
  List<List<Example>> plan(List<Example> examples, int batchSize) {
    List<Example> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, random);
    List<List<Example>> batches = new ArrayList<>();
    int window = batchSize * WINDOW_BATCHES;
    for (int start = 0; start < shuffled.size(); start += window) {
      List<Example> part =
          new ArrayList<>(shuffled.subList(start, Math.min(shuffled.size(), start + window)));
      part.sort(Comparator.comparingInt(e -> e.ids().length));
      for (int b = 0; b < part.size(); b += batchSize) {
        batches.add(new ArrayList<>(part.subList(b, Math.min(part.size(), b + batchSize))));
      }
    }
    Collections.shuffle(batches, random);
    return batches;
  }

  /** Fixed-order batches, for evaluation. */
  static List<List<Example>> inOrder(List<Example> examples, int batchSize) {
    List<List<Example>> batches = new ArrayList<>();
    for (int b = 0; b < examples.size(); b += batchSize) {
      batches.add(examples.subList(b, Math.min(examples.size(), b + batchSize)));
    }
    return batches;
  }
}
