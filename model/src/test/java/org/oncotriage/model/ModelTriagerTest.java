package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.triage.TriageResult;

class ModelTriagerTest {

  @TempDir static Path dir;
  private static Path model;
  private static ModelTriager triager;

  @BeforeAll
  static void load() throws IOException {
    model = TestArtifacts.writeTiny(dir.resolve("m"));
    triager = TriageModels.load(model);
  }

  @AfterAll
  static void close() {
    triager.close();
  }

  private static Conversation conversation(String id, String text) {
    return Conversation.of(id, List.of(Message.of(Sender.PATIENT, text)));
  }

  @Test
  void aResultCarriesTheIdProbabilitiesThatSumToOneAndTheModelIdentity() {
    TriageResult r = triager.triage(conversation("c-1", "I need to reschedule."));
    var p = r.responder().probabilities();
    assertThat(r.id()).isEqualTo("c-1");
    assertThat(p.oncologist() + p.nurse() + p.medicalAssistant()).isCloseTo(1.0, within());
    assertThat(r.responder().level()).isEqualTo(p.mostLikely());
    assertThat(r.route().compareTo(r.responder().level())).isGreaterThanOrEqualTo(0);
    assertThat(r.model().name()).isEqualTo("test-model");
  }

  @Test
  void batchResultsEqualSingleResultsInOrder() {
    List<Conversation> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(
          conversation(
              "c" + i, i % 2 == 0 ? "fever and chills" : "reschedule my appointment please"));
    }
    List<TriageResult> batch = triager.triageBatch(many);
    assertThat(batch).hasSize(40);
    for (int i : new int[] {0, 1, 33, 39}) {
      TriageResult single = triager.triage(many.get(i));
      assertThat(batch.get(i).id()).isEqualTo(single.id());
      assertThat(batch.get(i).responder().probabilities().oncologist())
          .isCloseTo(single.responder().probabilities().oncologist(), within());
    }
  }

  @Test
  void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
    Conversation c = conversation("c", "I have a fever and chills.");
    TriageResult expected = triager.triage(c);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<TriageResult>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> triager.triage(c)));
      }
      for (Future<TriageResult> f : futures) {
        assertThat(f.get().responder().probabilities().nurse())
            .isCloseTo(expected.responder().probabilities().nurse(), within());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void redFlagFindingsMakeAConversationUrgentAndRouteItToAnOncologist() {
    RedFlagFinding finding = new RedFlagFinding(0, 0, 5, "test finding", "test-rule");
    try (ModelTriager withRules =
        TriageModels.builder().directory(model).optRedFlagDetector(c -> List.of(finding)).build()) {
      TriageResult r = withRules.triage(conversation("u", "fever"));
      assertThat(r.urgent().flag()).isTrue();
      assertThat(r.urgent().findings()).containsExactly(finding);
      assertThat(r.route()).isEqualTo(Responder.ONCOLOGIST);
      assertThat(r.billable().eligible()).isFalse();
    }
  }

  @Test
  void billingEligibilityUsesTheCallersContext() {
    Conversation c =
        new Conversation(
            "ctx",
            List.of(Message.of(Sender.PATIENT, "reschedule")),
            new ConversationContext(2, true),
            null);
    TriageResult r = triager.triage(c);
    if (!r.urgent().flag()) {
      assertThat(r.billable().eligible()).isFalse();
      assertThat(r.billable().reasons().get(0)).contains("2 days ago");
    }
  }

  @Test
  void aClosedTriagerRefusesWork() throws IOException {
    ModelTriager other = TriageModels.load(model);
    other.close();
    assertThatThrownBy(() -> other.triage(conversation("x", "hello")))
        .isInstanceOf(IllegalStateException.class);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  @Test
  void loadedModelsApplyTheStandardRedFlagRulesUnlessToldNotTo() {
    Conversation fever =
        conversation("c-fever", "Day 8 after my carboplatin and my temp is 101.6 with chills.");

    TriageResult withRules = triager.triage(fever);
    assertThat(withRules.urgent().flag()).isTrue();
    assertThat(withRules.urgent().findings()).isNotEmpty();
    assertThat(withRules.route()).isEqualTo(Responder.ONCOLOGIST);

    try (ModelTriager headOnly =
        TriageModels.builder().directory(model).withoutRedFlagRules().build()) {
      assertThat(headOnly.triage(fever).urgent().findings()).isEmpty();
    }
  }

  @Test
  void preparedConversationsGiveTheSameResultsAsTriageBatchInOrder() {
    List<Conversation> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // lengths that vary so that the passes above 32 regroup conversations by length
      many.add(conversation("p" + i, "please call me back ".repeat(1 + (i * 7) % 11)));
    }
    List<ModelTriager.PreparedConversation> prepared = new ArrayList<>();
    for (Conversation c : many) {
      prepared.add(triager.prepare(c));
    }
    List<TriageResult> staged = triager.triagePrepared(prepared);
    assertThat(staged)
        .extracting(TriageResult::id)
        .containsExactlyElementsOf(many.stream().map(Conversation::id).toList());
    for (int i = 0; i < many.size(); i++) {
      TriageResult single = triager.triage(many.get(i));
      assertThat(staged.get(i).responder().probabilities().nurse())
          .isCloseTo(single.responder().probabilities().nurse(), within());
      assertThat(staged.get(i).urgent().probability())
          .isCloseTo(single.urgent().probability(), within());
    }
  }

  @Test
  void preparingRunsTheRedFlagRulesAndCountsTokens() {
    RedFlagFinding finding = new RedFlagFinding(0, 0, 5, "test finding", "test-rule");
    try (ModelTriager withRules =
        TriageModels.builder().directory(model).optRedFlagDetector(c -> List.of(finding)).build()) {
      ModelTriager.PreparedConversation p = withRules.prepare(conversation("u", "fever"));
      assertThat(p.tokens()).isGreaterThanOrEqualTo(2);
      assertThat(p.conversation().id()).isEqualTo("u");
      assertThat(withRules.triagePrepared(List.of(p)).get(0).urgent().findings())
          .containsExactly(finding);
    }
  }

  @Test
  void aConversationPreparedByAnotherTriagerIsRefused() throws IOException {
    try (ModelTriager other = TriageModels.load(model)) {
      ModelTriager.PreparedConversation foreign = other.prepare(conversation("f", "hello"));
      assertThatThrownBy(() -> triager.triagePrepared(List.of(foreign)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
