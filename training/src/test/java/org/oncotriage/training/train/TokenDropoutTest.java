package org.oncotriage.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oncotriage.text.WordPieceVocabulary;

class TokenDropoutTest {

  @Test
  void specialTokensAreNeverDroppedAndTheInputIsNotModified() {
    int[] ids = {2, 3, 100, 101, 102, 5, 103, 6};
    List<int[]> out = TriageTrainer.withTokenDropout(List.of(ids), 0.49, new Random(1));
    int[] dropped = out.get(0);
    assertThat(ids).containsExactly(2, 3, 100, 101, 102, 5, 103, 6);
    for (int i : new int[] {0, 1, 5, 7}) {
      assertThat(dropped[i]).isEqualTo(ids[i]);
    }
    for (int i : new int[] {2, 3, 4, 6}) {
      assertThat(dropped[i]).isIn(ids[i], WordPieceVocabulary.UNK_ID);
    }
  }

  @Test
  void aboutTheRequestedShareOfPiecesIsDropped() {
    int[] ids = new int[10_000];
    java.util.Arrays.fill(ids, 500);
    int[] dropped = TriageTrainer.withTokenDropout(List.of(ids), 0.1, new Random(2)).get(0);
    long unknown =
        java.util.Arrays.stream(dropped).filter(i -> i == WordPieceVocabulary.UNK_ID).count();
    assertThat(unknown).isBetween(850L, 1150L);
  }

  @Test
  void aRateOfZeroKeepsEverything() {
    int[] ids = {2, 3, 100};
    assertThat(TriageTrainer.withTokenDropout(List.of(ids), 0.0, new Random(3)).get(0))
        .containsExactly(2, 3, 100);
  }
}
