package org.oncotriage.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.triage.Scores;

class LexicalModelTest {

  private static LexicalModel model;

  @BeforeAll
  static void train() {
    model = new LexicalTraining(50, 1).train(LexicalFixtures.training());
  }

  private static Responder level(String text) {
    double[] p = model.scores(LexicalFixtures.patient("x", text)).responder().toOrdinalArray();
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      best = p[i] > p[best] ? i : best;
    }
    return Responder.values()[best];
  }

  @Test
  void itLearnsTheWordsThatSeparateTheLevelsOfATinySet() {
    assertThat(level("Could I reschedule the appointment?")).isEqualTo(Responder.MEDICAL_ASSISTANT);
    assertThat(level("The nausea pills are not helping.")).isEqualTo(Responder.NURSE);
    assertThat(level("Did the scan show the treatment works?")).isEqualTo(Responder.ONCOLOGIST);
    assertThat(model.scores(LexicalFixtures.patient("x", "reschedule my appointment")).billable())
        .isLessThan(0.5);
    assertThat(model.scores(LexicalFixtures.patient("x", "the scan and my treatment")).billable())
        .isGreaterThan(0.5);
  }

  @Test
  void responderProbabilitiesSumToOneInOrdinalOrder() {
    double[] p =
        model.scores(LexicalFixtures.patient("x", "nausea refill")).responder().toOrdinalArray();
    assertThat(p).hasSize(3);
    assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theSenderMarkerComesBeforeEachMessagesLowercaseTokens() {
    Conversation c =
        Conversation.of(
            "t",
            List.of(
                Message.of(Sender.PATIENT, "Fever today."), Message.of(Sender.CLINIC, "Call us.")));
    assertThat(BagOfWords.tokens(c))
        .containsExactly("<patient>", "fever", "today", ".", "<clinic>", "call", "us", ".");
  }

  @Test
  void savingAndReadingGivesIdenticalProbabilities() throws IOException {
    LexicalModel copy =
        LexicalModel.of(
            LexicalCategorizer.read(model.responder().toBytes()),
            LexicalCategorizer.read(model.billable().toBytes()));
    for (Conversation c : LexicalFixtures.training()) {
      Scores a = model.scores(c);
      Scores b = copy.scores(c);
      assertThat(b.responder().toOrdinalArray()).containsExactly(a.responder().toOrdinalArray());
      assertThat(b.billable()).isEqualTo(a.billable());
    }
  }

  @Test
  void manyThreadsScoringAtOnceGetWhatOneThreadGets() throws Exception {
    List<Conversation> all = LexicalFixtures.training();
    List<double[]> expected = new ArrayList<>();
    for (Conversation c : all) {
      expected.add(model.scores(c).responder().toOrdinalArray());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < all.size(); i++) {
                      if (!Arrays.equals(
                          model.scores(all.get(i)).responder().toOrdinalArray(), expected.get(i))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aResponderCategorizerWithForeignCategoriesIsRefused() {
    LexicalCategorizer billable = model.billable();
    assertThatThrownBy(() -> LexicalModel.of(billable, billable))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a responder level");
  }

  @Test
  void bytesThatAreNotAModelAreAnIoError() {
    assertThatThrownBy(() -> LexicalCategorizer.read(new byte[] {1, 2, 3}))
        .isInstanceOf(IOException.class);
  }

  @Test
  void unlabeledTrainingDataIsRefusedWithItsId() {
    assertThatThrownBy(
            () -> LexicalTraining.DEFAULT.train(List.of(LexicalFixtures.patient("u1", "hello"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("u1");
  }
}
