package org.oncotriage.training.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

  private static final List<String> ITEMS =
      List.of("a", "a", "a", "a", "a", "a", "b", "b", "b", "c", "c", "c");

  @Test
  void everyItemIsHeldOutByExactlyOneFold() {
    StratifiedFolds folds = StratifiedFolds.assign(ITEMS, 3, 7, s -> s);
    List<Integer> heldOut = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      heldOut.addAll(folds.heldOut(f));
    }
    assertThat(heldOut).hasSize(ITEMS.size()).doesNotHaveDuplicates();
  }

  @Test
  void aFoldIsNeverFittedOnWhatItHoldsOut() {
    StratifiedFolds folds = StratifiedFolds.assign(ITEMS, 3, 7, s -> s);
    for (int f = 0; f < 3; f++) {
      Set<Integer> fitted = new HashSet<>(folds.fittedOn(f));
      assertThat(fitted).doesNotContainAnyElementsOf(folds.heldOut(f));
      assertThat(fitted.size() + folds.heldOut(f).size()).isEqualTo(ITEMS.size());
    }
  }

  @Test
  void eachFoldHoldsItsShareOfEveryStratum() {
    StratifiedFolds folds = StratifiedFolds.assign(ITEMS, 3, 7, s -> s);
    for (int f = 0; f < 3; f++) {
      List<String> held = folds.heldOut(f).stream().map(ITEMS::get).toList();
      assertThat(held).filteredOn("a"::equals).hasSize(2);
      assertThat(held).filteredOn("b"::equals).hasSize(1);
      assertThat(held).filteredOn("c"::equals).hasSize(1);
    }
  }

  @Test
  void theSameSeedGivesTheSameFolds() {
    StratifiedFolds one = StratifiedFolds.assign(ITEMS, 3, 11, s -> s);
    StratifiedFolds two = StratifiedFolds.assign(ITEMS, 3, 11, s -> s);
    for (int i = 0; i < ITEMS.size(); i++) {
      assertThat(one.foldOf(i)).isEqualTo(two.foldOf(i));
    }
  }

  @Test
  void fewerItemsThanFoldsAreRefused() {
    assertThatThrownBy(() -> StratifiedFolds.assign(List.of("a"), 2, 1, s -> s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("folds=2, items=1");
  }
}
