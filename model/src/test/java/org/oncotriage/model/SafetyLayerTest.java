package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.engine.ScoringEngine;
import org.oncotriage.evidence.LeaveOneSentenceOut;
import org.oncotriage.heads.Heads;
import org.oncotriage.json.Json;
import org.oncotriage.language.LanguageIdentifier;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.redflag.RedFlagRules;
import org.oncotriage.text.ConversationTokenizer;
import org.oncotriage.text.VocabularyBuilder;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;
import org.oncotriage.triage.TriageResult;

/**
 * The safety layer of {@link ModelTriager} with a fake engine: languages, the rules of each
 * language, evidence for the model's own flags. Thresholds: urgent 0.5.
 */
class SafetyLayerTest {

  private static final ConversationTokenizer TOKENIZER =
      new ConversationTokenizer(
          new VocabularyBuilder().addText("fever chest pain question schedule").build(80, 1), 64);

  private static final ModelDescription DESCRIPTION =
      new ModelDescription(
          "fake-model",
          "1",
          Heads.RESPONDER.classes(),
          TestArtifacts.THRESHOLDS.asMap(),
          Json.mapper().createObjectNode(),
          Map.of());

  /** A medical-assistant-level conversation; urgent as {@code urgent} says of the input ids. */
  private static ScoringEngine engine(Function<int[], Double> urgent) {
    return new ScoringEngine() {
      @Override
      public String name() {
        return "fake";
      }

      @Override
      public List<Scores> score(List<int[]> inputIds) {
        return inputIds.stream()
            .map(
                ids ->
                    new Scores(
                        ResponderProbabilities.fromOrdinalArray(new double[] {0.9, 0.05, 0.05}),
                        0.1,
                        urgent.apply(ids)))
            .toList();
      }

      @Override
      public void close() {}
    };
  }

  /** Knows the fixture texts' languages by heart. */
  private static final LanguageIdentifier LANGUAGES =
      text ->
          Map.of(
                  "J'ai une question sur mon rendez-vous.", "fr",
                  "Tengo fiebre de 39 y escalofríos.", "es")
              .getOrDefault(text, "en");

  private static ModelTriager triager(Function<int[], Double> urgent) {
    return new ModelTriager(
        engine(urgent),
        TOKENIZER,
        new DecisionPolicy(TestArtifacts.THRESHOLDS),
        RedFlagRules.standard(),
        LANGUAGES,
        DESCRIPTION,
        null,
        null);
  }

  private static Conversation patient(String... texts) {
    return Conversation.of(
        "c", java.util.Arrays.stream(texts).map(t -> Message.of(Sender.PATIENT, t)).toList());
  }

  @Test
  void aMessageInALanguageNotServedGoesAtLeastToANurseWithTheReason() {
    try (ModelTriager triager = triager(ids -> 0.01)) {
      TriageResult r = triager.triage(patient("J'ai une question sur mon rendez-vous."));

      assertThat(r.responder().level()).isEqualTo(Responder.MEDICAL_ASSISTANT);
      assertThat(r.route()).isEqualTo(Responder.NURSE);
      assertThat(r.language())
          .isEqualTo(
              new TriageResult.LanguageAssessment(
                  "fr", false, List.of("fr"), "message language not supported: fr"));
    }
  }

  @Test
  void aSpanishMessageIsReadByTheSpanishRules() {
    try (ModelTriager triager = triager(ids -> 0.01)) {
      TriageResult r = triager.triage(patient("Tengo fiebre de 39 y escalofríos."));

      assertThat(r.language().served()).isTrue();
      assertThat(r.urgent().flag()).isTrue();
      assertThat(r.urgent().findings())
          .extracting(RedFlagFinding::rule)
          .contains("fever.temperature", "fever.chills");
    }
  }

  @Test
  void aFlagTheModelRaisesAloneCarriesTheSentenceThatDroveIt() {
    // Urgent when the tokens hold more than a few ids: the long first sentence drives it.
    try (ModelTriager triager = triager(ids -> ids.length > 12 ? 0.9 : 0.1)) {
      Conversation c =
          patient("My stomach has felt strange and heavy all week since the long drive. Thanks.");

      TriageResult r = triager.triage(c);

      assertThat(r.urgent().flag()).isTrue();
      assertThat(r.urgent().findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo(LeaveOneSentenceOut.RULE);
                assertThat(c.messages().get(0).text().substring(f.start(), f.end()))
                    .startsWith("My stomach");
              });
    }
  }

  @Test
  void aModelFlagDrivenOnlyByASentenceThatSpeaksOfNoSymptomIsNotRaised() {
    try (ModelTriager triager = triager(ids -> ids.length > 12 ? 0.9 : 0.1)) {
      TriageResult r =
          triager.triage(
              patient("I have a question about my treatment schedule and the plan for next week."));

      assertThat(r.urgent().probability()).isEqualTo(0.9);
      assertThat(r.urgent().flag()).isFalse();
      assertThat(r.urgent().findings()).isEmpty();
    }
  }

  @Test
  void aModelFlagDrivenOnlyByAMentionTheRulesSetAsideIsNotRaised() {
    try (ModelTriager triager = triager(ids -> ids.length > 8 ? 0.9 : 0.1)) {
      TriageResult r = triager.triage(patient("No fever and no chest pain since Sunday."));

      assertThat(r.urgent().probability()).isEqualTo(0.9);
      assertThat(r.urgent().flag()).isFalse();
      assertThat(r.urgent().findings()).isEmpty();
    }
  }
}
