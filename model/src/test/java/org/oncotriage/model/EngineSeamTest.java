package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.engine.ScoringEngine;
import org.oncotriage.evidence.LeaveOneSentenceOut;
import org.oncotriage.heads.Heads;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.LexicalFixtures;
import org.oncotriage.lexical.LexicalTraining;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.text.ConversationTokenizer;
import org.oncotriage.text.VocabularyBuilder;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;
import org.oncotriage.triage.TriageResult;

/** A fake {@link ScoringEngine} drives {@link ModelTriager}: no network, no native code. */
class EngineSeamTest {

  private static final ConversationTokenizer TOKENIZER =
      new ConversationTokenizer(
          new VocabularyBuilder()
              .addText("please call me back about my appointment and the scan")
              .build(80, 1),
          64);

  private static final ModelDescription DESCRIPTION =
      new ModelDescription(
          "fake-model",
          "1",
          Heads.RESPONDER.classes(),
          TestArtifacts.THRESHOLDS.asMap(),
          Json.mapper().createObjectNode(),
          Map.of());

  /** Scores every conversation with {@code scoring}, recording the batches it was given. */
  private static final class FakeEngine implements ScoringEngine {
    final Function<int[], Scores> scoring;
    final List<List<int[]>> batches = new ArrayList<>();
    boolean closed;

    FakeEngine(Function<int[], Scores> scoring) {
      this.scoring = scoring;
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public synchronized List<Scores> score(List<int[]> inputIds) {
      batches.add(List.copyOf(inputIds));
      return inputIds.stream().map(scoring).toList();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static ModelTriager triager(ScoringEngine engine, LexicalCompanion lexical) {
    return new ModelTriager(
        engine,
        TOKENIZER,
        new DecisionPolicy(TestArtifacts.THRESHOLDS),
        null,
        null,
        DESCRIPTION,
        lexical,
        null);
  }

  private static Scores scores(double[] byOrdinal, double billable, double urgent) {
    return new Scores(ResponderProbabilities.fromOrdinalArray(byOrdinal), billable, urgent);
  }

  /** 40 conversations of 1 to 11 repeated phrases, so that their input lengths vary. */
  private static List<Conversation> varied() {
    List<Conversation> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(LexicalFixtures.patient("v" + i, "please call me back ".repeat(1 + (i * 7) % 11)));
    }
    return many;
  }

  @Test
  void theTriagerDecidesOnTheEnginesScoresNormalized() {
    // Ordinal order: medical assistant, nurse, oncologist; sums to 0.9999 as a float softmax may.
    Scores engineScores = scores(new double[] {0.2, 0.3, 0.4999}, 0.7, 0.6);
    try (ModelTriager triager = triager(new FakeEngine(ids -> engineScores), null)) {
      TriageResult r = triager.triage(LexicalFixtures.patient("a", "please call me back"));
      ResponderProbabilities p = r.responder().probabilities();
      assertThat(p.medicalAssistant()).isEqualTo(0.2 / 0.9999);
      assertThat(p.nurse()).isEqualTo(0.3 / 0.9999);
      assertThat(p.oncologist()).isEqualTo(0.4999 / 0.9999);
      assertThat(r.responder().level()).isEqualTo(Responder.ONCOLOGIST);
      // Thresholds: urgent 0.5, billable 0.5.
      assertThat(r.urgent().flag()).isTrue();
      assertThat(r.urgent().probability()).isEqualTo(0.6);
      // A flag the model raises alone carries the sentence that drove it.
      assertThat(r.urgent().findings())
          .extracting(RedFlagFinding::rule)
          .containsExactly(LeaveOneSentenceOut.RULE);
      assertThat(r.route()).isEqualTo(Responder.ONCOLOGIST);
      assertThat(r.billable().probability()).isEqualTo(0.7);
      assertThat(r.billable().likely()).isTrue();
      assertThat(r.model().name()).isEqualTo("fake-model");
    }
  }

  @Test
  void batchesHoldAtMost32ConversationsGroupedByLengthAndResultsKeepTheInputOrder() {
    // The urgent probability carries the input length, so each result names its input.
    FakeEngine engine =
        new FakeEngine(ids -> scores(new double[] {0.5, 0.3, 0.2}, 0.1, ids.length / 1000.0));
    List<Conversation> many = varied();
    try (ModelTriager triager = triager(engine, null)) {
      List<TriageResult> results = triager.triageBatch(many);
      for (int i = 0; i < many.size(); i++) {
        assertThat(results.get(i).id()).isEqualTo(many.get(i).id());
        assertThat(results.get(i).urgent().probability())
            .isEqualTo(TOKENIZER.encode(many.get(i)).length / 1000.0);
      }
      assertThat(engine.batches).extracting(List::size).containsExactly(32, 8);
      int longestOfFirst =
          engine.batches.get(0).stream().mapToInt(a -> a.length).max().orElseThrow();
      int shortestOfSecond =
          engine.batches.get(1).stream().mapToInt(a -> a.length).min().orElseThrow();
      assertThat(longestOfFirst).isLessThanOrEqualTo(shortestOfSecond);
    }
  }

  @Test
  void scoresAreWhatTriageBatchDecidesOnFromTheSameBatches() {
    FakeEngine engine =
        new FakeEngine(ids -> scores(new double[] {0.25, 0.25, 0.4999}, ids.length / 100.0, 0.3));
    List<Conversation> many = varied();
    try (ModelTriager triager = triager(engine, null)) {
      List<Scores> scores = triager.scores(many);
      List<TriageResult> results = triager.triageBatch(many);
      for (int i = 0; i < many.size(); i++) {
        assertThat(scores.get(i).responder()).isEqualTo(results.get(i).responder().probabilities());
        assertThat(scores.get(i).billable()).isEqualTo(results.get(i).billable().probability());
        assertThat(scores.get(i).urgent()).isEqualTo(results.get(i).urgent().probability());
      }
      assertThat(engine.batches).extracting(List::size).containsExactly(32, 8, 32, 8);
    }
  }

  @Test
  void theLexicalCompanionIsBlendedWithTheEnginesScoresAsServed() {
    Scores engineScores = scores(new double[] {0.6, 0.3, 0.1}, 0.2, 0.9);
    LexicalCompanion lexical =
        new LexicalCompanion(new LexicalTraining(30, 1).train(LexicalFixtures.training()), 0.5);
    Conversation c = LexicalFixtures.patient("b", "Can I reschedule my appointment?");
    try (ModelTriager triager = triager(new FakeEngine(ids -> engineScores), lexical)) {
      Scores expected = ScoreBlend.served(engineScores, lexical.model().scores(c), 0.5);
      TriageResult r = triager.triage(c);
      assertThat(r.responder().probabilities()).isEqualTo(expected.responder());
      assertThat(r.billable().probability()).isEqualTo(expected.billable());
      assertThat(r.urgent().probability()).isEqualTo(0.9);
    }
  }

  @Test
  void closingTheTriagerClosesItsEngine() {
    FakeEngine engine = new FakeEngine(ids -> scores(new double[] {0.5, 0.3, 0.2}, 0.1, 0.1));
    ModelTriager triager = triager(engine, null);
    triager.close();
    assertThat(engine.closed).isTrue();
    assertThatThrownBy(() -> triager.triage(LexicalFixtures.patient("c", "hello")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEngineThatLosesConversationsIsNamed() {
    ScoringEngine lossy =
        new ScoringEngine() {
          @Override
          public String name() {
            return "fake";
          }

          @Override
          public List<Scores> score(List<int[]> inputIds) {
            return List.of();
          }

          @Override
          public void close() {}
        };
    try (ModelTriager triager = triager(lossy, null)) {
      assertThatThrownBy(() -> triager.triage(LexicalFixtures.patient("d", "hello")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("engine fake returned 0 scores for 1 conversations");
    }
  }
}
