package org.oncotriage.training.urgent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.decision.ThresholdSelector;
import org.oncotriage.decision.ValidationOutcome;
import org.oncotriage.json.Json;
import org.oncotriage.language.ConversationLanguage;
import org.oncotriage.language.LanguageIdentifier;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagRules;
import org.oncotriage.training.train.LabeledData;
import org.oncotriage.triage.Scores;

/**
 * An urgent threshold chosen for recall, never for precision: the highest threshold of {@link
 * ThresholdSelector#selectUrgent} at which the shipped red-flag rules ({@link #flaggedByRules}) and
 * the model's urgent head together flag at least {@link ThresholdSelector#URGENT_RECALL} of the
 * urgent validation conversations, on their scores (as {@code train} chooses); the served triage's
 * recall at it, which the evidence test of a flag the model raises alone can lower, is measured
 * beside it.
 *
 * @param threshold the chosen threshold, on the model's served (calibrated) urgent probability
 * @param conversations validation conversations scored
 * @param urgent of them, labeled urgent
 * @param missedByRules urgent conversations the rules do not flag, which the head must catch
 * @param recall share of the urgent conversations that the rules or the head at {@code threshold}
 *     flag
 * @param recallTarget the recall the threshold is chosen for
 * @param servedRecall the share the served triage flags at {@code threshold} (rules, head and the
 *     evidence test); NaN until measured
 */
public record UrgentThresholdChoice(
    double threshold,
    int conversations,
    int urgent,
    int missedByRules,
    double recall,
    double recallTarget,
    double servedRecall) {

  /** Scores {@code validation} with {@code triager} and chooses the threshold on the scores. */
  public static UrgentThresholdChoice on(ModelTriager triager, List<Conversation> validation) {
    return on(
        triager.scores(validation),
        validation,
        RedFlagRules.standard(),
        TriageModels.defaultLanguageIdentifier());
  }

  /**
   * Whether the shipped red-flag rules flag each conversation, every message read in its own
   * language as a triager reads it: the rules' side of the safety layer, for choosing the head's
   * threshold beside them.
   */
  public static boolean[] flaggedByRules(List<Conversation> conversations) {
    return flaggedByRules(
        conversations, RedFlagRules.standard(), TriageModels.defaultLanguageIdentifier());
  }

  private static boolean[] flaggedByRules(
      List<Conversation> conversations, RedFlagDetector rules, LanguageIdentifier languages) {
    boolean[] flagged = new boolean[conversations.size()];
    for (int i = 0; i < flagged.length; i++) {
      Conversation c = conversations.get(i);
      flagged[i] = !rules.detect(c, ConversationLanguage.of(c, languages).messages()).isEmpty();
    }
    return flagged;
  }

  /**
   * This choice with the recall the served triage reaches at its threshold: lower than the scores'
   * when a flag the model raises alone lacks evidence a nurse can check and is not raised.
   */
  public UrgentThresholdChoice withServedRecall(double served) {
    return new UrgentThresholdChoice(
        threshold, conversations, urgent, missedByRules, recall, recallTarget, served);
  }

  /** The choice for served {@code scores} of {@code validation}, in the same order. */
  static UrgentThresholdChoice on(
      List<Scores> scores,
      List<Conversation> validation,
      RedFlagDetector rules,
      LanguageIdentifier languages) {
    if (scores.size() != validation.size()) {
      throw new IllegalArgumentException(
          "must be the same length, received scores.size()="
              + scores.size()
              + ", validation.size()="
              + validation.size());
    }
    List<ValidationOutcome> outcomes = new ArrayList<>(validation.size());
    boolean[] rulesUrgent = flaggedByRules(validation, rules, languages);
    int urgent = 0;
    int missedByRules = 0;
    for (int i = 0; i < validation.size(); i++) {
      ValidationOutcome outcome =
          new ValidationOutcome(scores.get(i), validation.get(i).labelsIfKnown().orElseThrow());
      outcomes.add(outcome);
      if (outcome.truth().urgent()) {
        urgent++;
        missedByRules += rulesUrgent[i] ? 0 : 1;
      }
    }
    if (urgent == 0) {
      throw new IllegalArgumentException(
          "the validation data hold no urgent conversation to measure recall on");
    }
    double threshold = ThresholdSelector.selectUrgent(outcomes, rulesUrgent);
    int flagged = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      ValidationOutcome o = outcomes.get(i);
      if (o.truth().urgent() && (rulesUrgent[i] || o.scores().urgent() >= threshold)) {
        flagged++;
      }
    }
    return new UrgentThresholdChoice(
        threshold,
        validation.size(),
        urgent,
        missedByRules,
        flagged / (double) urgent,
        ThresholdSelector.URGENT_RECALL,
        Double.NaN);
  }

  /** The provenance entry: how and on what the threshold was chosen, and the one it replaced. */
  ObjectNode toJson(LabeledData data, double previousThreshold) {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("chosen_by", "choose-urgent-threshold");
    json.put("rule", "highest threshold at which rules and head flag the recall target");
    json.put("recall_target", recallTarget);
    json.put("threshold", threshold);
    json.put("previous_threshold", previousThreshold);
    ObjectNode on = json.putObject("validation_data");
    on.put("file_name", data.file().getFileName().toString());
    on.put("sha256", data.sha256());
    on.put("conversations", conversations);
    on.put("urgent", urgent);
    on.put("missed_by_rules", missedByRules);
    json.put("recall", recall);
    if (!Double.isNaN(servedRecall)) {
      json.put("served_recall", servedRecall);
    }
    return json;
  }
}
