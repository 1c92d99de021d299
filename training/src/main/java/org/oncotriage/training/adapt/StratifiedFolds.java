package org.oncotriage.training.adapt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A seeded assignment of items to {@code k} cross-validation folds, stratified by a key (the
 * responder level, with urgent conversations a stratum of their own) so that every fold holds about
 * the same mix. Each item is in exactly one fold, so a model fitted on the other folds never sees
 * it. Immutable.
 */
public final class StratifiedFolds {

  private final int[] foldOf;
  private final int folds;

  private StratifiedFolds(int[] foldOf, int folds) {
    this.foldOf = foldOf;
    this.folds = folds;
  }

  /**
   * Assigns {@code items} to {@code folds} folds: within each stratum (in key order), the items are
   * shuffled with {@code seed} and dealt round-robin, continuing where the previous stratum
   * stopped.
   *
   * @throws IllegalArgumentException when {@code folds < 2} or there are fewer items than folds
   */
  public static <T> StratifiedFolds assign(
      List<T> items, int folds, long seed, Function<T, String> stratum) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(stratum, "stratum");
    if (folds < 2 || items.size() < folds) {
      throw new IllegalArgumentException(
          "cross-validation needs at least 2 folds and an item per fold, received folds="
              + folds
              + ", items="
              + items.size());
    }
    Map<String, List<Integer>> byStratum = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      byStratum.computeIfAbsent(stratum.apply(items.get(i)), k -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    int[] foldOf = new int[items.size()];
    int next = 0;
    for (List<Integer> indices : byStratum.values()) {
      Collections.shuffle(indices, random);
      for (int index : indices) {
        foldOf[index] = next++ % folds;
      }
    }
    return new StratifiedFolds(foldOf, folds);
  }

  public int folds() {
    return folds;
  }

  public int size() {
    return foldOf.length;
  }

  /** The fold of item {@code index}. */
  public int foldOf(int index) {
    return foldOf[index];
  }

  /** The indices of the items in {@code fold}, ascending. */
  public List<Integer> heldOut(int fold) {
    return indices(fold, true);
  }

  /** The indices of the items outside {@code fold}, ascending: what a fold's model is fitted on. */
  public List<Integer> fittedOn(int fold) {
    return indices(fold, false);
  }

  private List<Integer> indices(int fold, boolean inside) {
    Objects.checkIndex(fold, folds);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < foldOf.length; i++) {
      if ((foldOf[i] == fold) == inside) {
        out.add(i);
      }
    }
    return out;
  }
}
