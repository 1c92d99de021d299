package org.oncotriage.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a model unloaded from a running server must not stay in memory through the pooled
 * threads that scored with it.
 */
class LexicalCategorizerTest {

  @Test
  void theSameModelWritesTheSameBytesWhateverTheTimeAndReadsBack() throws Exception {
    LexicalCategorizer categorizer =
        new LexicalTraining(50, 1).train(LexicalFixtures.training()).responder();

    byte[] first = categorizer.toBytes();
    Thread.sleep(1_100); // OpenNLP stamps entries and its manifest to the second
    byte[] second = categorizer.toBytes();
    byte[] again = LexicalCategorizer.read(first).toBytes();

    assertThat(second).isEqualTo(first);
    assertThat(again).isEqualTo(first);
  }

  @Test
  void aDroppedCategorizerLeavesNothingInTheThreadsThatScoredWithIt() throws Exception {
    byte[] bytes =
        new LexicalTraining(50, 1).train(LexicalFixtures.training()).responder().toBytes();
    ExecutorService longLived = Executors.newSingleThreadExecutor();
    try {
      WeakReference<DoccatModel> model = scoreOnceAndDrop(bytes, longLived);
      for (int i = 0; i < 50 && model.get() != null; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertThat(model.get()).isNull();
    } finally {
      longLived.shutdown();
    }
  }

  private static WeakReference<DoccatModel> scoreOnceAndDrop(byte[] bytes, ExecutorService thread)
      throws Exception {
    LexicalCategorizer categorizer = LexicalCategorizer.read(bytes);
    double p = thread.submit(() -> categorizer.probability("nurse", new String[] {"nausea"})).get();
    assertThat(p).isBetween(0.0, 1.0);
    return new WeakReference<>(categorizer.doccatModel());
  }
}
