package org.oncotriage.training.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oncotriage.evaluation.HeadlineFigures;
import org.oncotriage.json.Json;
import org.oncotriage.metrics.Bootstrap;

/**
 * The adaptation report, written beside the adapted model as {@code adapt-report.json} and {@code
 * adapt-report.md}: the base model's figures on the practice data next to the adapted model's
 * out-of-fold figures, each with its bootstrap interval, and every choice the adaptation made.
 * Immutable.
 *
 * @param before the base model on the practice conversations (nothing was fitted on them)
 * @param after the adapted model, out-of-fold: each conversation triaged by a fold model that was
 *     not fitted on it
 * @param choices the adaptation's provenance (settings, data, calibration, thresholds)
 */
public record AdaptReport(
    List<HeadlineFigures.Figure> before, List<HeadlineFigures.Figure> after, ObjectNode choices) {

  public AdaptReport {
    before = List.copyOf(before);
    after = List.copyOf(after);
    Objects.requireNonNull(choices, "choices");
    if (before.size() != after.size()) {
      throw new IllegalArgumentException(
          "before and after must list the same figures, received "
              + before.size()
              + " and "
              + after.size());
    }
  }

  /** The report as JSON. */
  public ObjectNode toJson() {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put(
        "what",
        "Base model on the practice data beside the adapted model's out-of-fold figures (k-fold"
            + " cross-validation: every conversation scored by a model not fitted on it)");
    ObjectNode figures = root.putObject("figures");
    for (int i = 0; i < before.size(); i++) {
      ObjectNode figure = figures.putObject(before.get(i).key());
      figure.put("description", before.get(i).description());
      figure.put("higher_is_better", before.get(i).higherIsBetter());
      figure.set("before", interval(before.get(i).interval()));
      figure.set("after_out_of_fold", interval(after.get(i).interval()));
    }
    root.set("adaptation", choices);
    return root;
  }

  /** The report as Markdown. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    JsonNode base = choices.path("base_model");
    JsonNode practice = choices.path("practice_data");
    md.append("# Practice adaptation\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Base model `%s` %s, adapted on `%s` (%d conversations, SHA-256 `%s`).%n%n",
            base.path("name").asText(),
            base.path("version").asText(),
            practice.path("file_name").asText(),
            practice.path("conversations").asInt(),
            practice.path("sha256").asText()));
    md.append(
        "**Before** is the base model on the practice data, which it was never fitted on."
            + " **After** is out-of-fold: with "
            + choices.path("folds").asInt()
            + "-fold cross-validation, every conversation was triaged by an adapted model (lexical"
            + " part, calibration and thresholds) fitted without it. Intervals are 95% bootstrap"
            + " intervals.\n\n");
    md.append("| figure | before | after (out-of-fold) |\n| --- | --- | --- |\n");
    for (int i = 0; i < before.size(); i++) {
      md.append("| ")
          .append(before.get(i).description())
          .append(" | ")
          .append(format(before.get(i).interval()))
          .append(" | ")
          .append(format(after.get(i).interval()))
          .append(" |\n");
    }
    JsonNode policy = choices.path("decision_policy");
    md.append(
        String.format(
            Locale.ROOT,
            "%nRouting thresholds chosen for an under-triage budget of %.1f%% on %s: there they"
                + " route %.1f%% below the label and %.1f%% above it.%n",
            100 * policy.path("max_under_triage").asDouble(),
            policy.path("chosen_on").asText(),
            100 * policy.path("under_triage_rate").asDouble(),
            100 * policy.path("over_triage_rate").asDouble()));
    md.append("\n## Choices\n\n```json\n").append(choices.toPrettyString()).append("\n```\n");
    return md.toString();
  }

  /** One line for the console: the figures the issue of adaptation is judged by. */
  public String headline() {
    StringBuilder line = new StringBuilder("out-of-fold, before -> after:");
    for (int i = 0; i < before.size(); i++) {
      line.append(
          String.format(
              Locale.ROOT,
              " %s %.3f -> %.3f;",
              before.get(i).key(),
              before.get(i).interval().estimate(),
              after.get(i).interval().estimate()));
    }
    return line.substring(0, line.length() - 1);
  }

  private static ObjectNode interval(Bootstrap.Interval interval) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("estimate", interval.estimate());
    node.put("lower", interval.lower());
    node.put("upper", interval.upper());
    node.put("level", interval.level());
    return node;
  }

  private static String format(Bootstrap.Interval interval) {
    return String.format(
        Locale.ROOT, "%.3f [%.3f, %.3f]", interval.estimate(), interval.lower(), interval.upper());
  }
}
