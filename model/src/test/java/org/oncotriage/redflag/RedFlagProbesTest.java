package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.json.Json;
import org.oncotriage.language.ConversationLanguage;
import org.oncotriage.language.LinguaLanguageIdentifier;

/**
 * The probe file {@code red-flag-probes.jsonl}: short single-message probes written for issue 12
 * from the triage protocols of LABELING.md, present red flags (with the rule expected) and negated,
 * past, hypothetical, below-threshold, other-person and everyday messages, in English and Spanish.
 * Each is read as the service reads it: its language told by the identifier, then the rules of that
 * language. Every probe must hold.
 */
class RedFlagProbesTest {

  /** One probe. */
  record Probe(String id, String language, String from, String text, boolean urgent, String rule) {
    @Override
    public String toString() {
      return id;
    }
  }

  /** The probes' texts as the rules read them ({@link RuleText#normalize}). */
  static List<String> normalizedTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Probe probe : probes()) {
      texts.add(RuleText.normalize(probe.text()));
    }
    return texts;
  }

  /** The two shipped rule books, English and Spanish. */
  static List<RuleBook> shippedBooks() {
    return List.of(
        RedFlagRules.resource(RedFlagRules.STANDARD_RESOURCE),
        RedFlagRules.resource(RedFlagRules.SPANISH_RESOURCE));
  }

  static List<Probe> probes() throws IOException {
    List<Probe> out = new ArrayList<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    RedFlagProbesTest.class.getResourceAsStream("red-flag-probes.jsonl")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        out.add(
            new Probe(
                n.path("id").asText(),
                n.path("language").asText(),
                n.path("from").asText(),
                n.path("text").asText(),
                n.path("urgent").asBoolean(),
                n.path("rule").asText(null)));
      }
    }
    return out;
  }

  private static List<String> rulesFired(Probe probe) {
    Sender from = Sender.fromWireName(probe.from()).orElseThrow();
    Conversation conversation =
        Conversation.of(probe.id(), List.of(Message.of(from, probe.text())));
    ConversationLanguage language =
        ConversationLanguage.of(conversation, LinguaLanguageIdentifier.standard());
    return RedFlagRules.standard().detect(conversation, language.messages()).stream()
        .map(RedFlagFinding::rule)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void theProbeHolds(Probe probe) {
    List<String> fired = rulesFired(probe);

    if (probe.urgent()) {
      assertThat(fired).as("rules fired on %s", probe.id()).contains(probe.rule());
    } else {
      assertThat(fired).as("rules fired on %s", probe.id()).isEmpty();
    }
  }

  @Test
  void theProbeFileHasAtLeast150ProbesInBothLanguagesAndPrintsItsFigures() throws IOException {
    List<Probe> probes = probes();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Probe probe : probes) {
      boolean flagged = !rulesFired(probe).isEmpty();
      if (probe.urgent()) {
        tp += flagged ? 1 : 0;
        fn += flagged ? 0 : 1;
      } else {
        fp += flagged ? 1 : 0;
        tn += flagged ? 0 : 1;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "red-flag probes: %d (urgent %d, not urgent %d) recall=%.3f precision=%.3f"
            + " false-alarm rate=%.3f%n",
        probes.size(),
        tp + fn,
        fp + tn,
        tp / (double) (tp + fn),
        tp + fp == 0 ? 0.0 : tp / (double) (tp + fp),
        fp / (double) (fp + tn));

    assertThat(probes).hasSizeGreaterThanOrEqualTo(150);
    assertThat(probes).extracting(Probe::language).contains("en", "es");
    assertThat(probes).extracting(Probe::urgent).contains(true, false);
  }
}
