package org.oncotriage.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;

/**
 * Scores as OpenNLP's categorizer does, from features made once for both heads; issue 15: a model
 * unloaded from a running server must not stay in memory through the pooled threads that scored
 * with it.
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
  void scoresAsOpenNlpsCategorizerDoesFromTokensOrFromFeaturesMadeOnce() {
    LexicalModel model = new LexicalTraining(50, 1).train(LexicalFixtures.training());
    String[] tokens = {"<patient>", "nausea", "since", "my", "infusion", "refill", "please"};
    LexicalCategorizer responder = model.responder();
    LexicalCategorizer billable = model.billable();

    double[] openNlp = new DocumentCategorizerME(responder.doccatModel()).categorize(tokens);
    LexicalCategorizer.Features features = responder.features(tokens);

    assertThat(responder.probabilities(tokens)).containsExactly(openNlp);
    assertThat(responder.probabilities(features)).containsExactly(openNlp);
    assertThat(responder.sharesFeaturesWith(billable)).isTrue();
    assertThat(billable.probabilities(features))
        .containsExactly(new DocumentCategorizerME(billable.doccatModel()).categorize(tokens));
  }

  @Test
  void featuresMadeByACategorizerWithOtherFeatureGeneratorsAreRefused() {
    LexicalCategorizer responder =
        new LexicalTraining(50, 1).train(LexicalFixtures.training()).responder();
    LexicalCategorizer.Features other =
        new LexicalCategorizer.Features("opennlp.tools.doccat.BagOfWordsFeatureGenerator;", null);

    assertThatThrownBy(() -> responder.probabilities(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("features made with");
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
