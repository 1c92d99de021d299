package org.oncotriage.spark.projection;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.json.Json;

/**
 * A model's measured error rates, read from an evaluation's {@code report.json}: how often each
 * route is right, and the billable and urgent decisions' predictive values. The projection turns
 * what the model decided on a history into an estimate of the truth, with a 95% interval.
 *
 * @param routeCounts conversations of the evaluation by labeled responder (rows) and route
 *     (columns), both in {@link Responder} order
 * @param billable the billable {@code likely} decision against the label
 * @param urgent the urgent flag against the label
 * @param source where the rates come from (the report's path), for the projection's page
 */
public record ErrorRates(long[][] routeCounts, Binary billable, Binary urgent, String source) {

  private static final int LEVELS = Responder.values().length;

  public ErrorRates {
    Objects.requireNonNull(routeCounts, "routeCounts");
    if (routeCounts.length != LEVELS) {
      throw new IllegalArgumentException(
          "routeCounts must be " + LEVELS + " x " + LEVELS + ", received " + routeCounts.length);
    }
    long[][] copy = new long[LEVELS][];
    for (int i = 0; i < LEVELS; i++) {
      if (routeCounts[i].length != LEVELS) {
        throw new IllegalArgumentException("routeCounts row " + i + " must have " + LEVELS);
      }
      copy[i] = routeCounts[i].clone();
    }
    routeCounts = copy;
    Objects.requireNonNull(billable, "billable");
    Objects.requireNonNull(urgent, "urgent");
  }

  /**
   * A binary decision against its label on the evaluation data.
   *
   * @param conversations conversations evaluated
   * @param labeled labeled positive
   * @param flagged decided positive
   * @param truePositives decided and labeled positive
   */
  public record Binary(long conversations, long labeled, long flagged, long truePositives) {
    public Binary {
      if (truePositives < 0
          || truePositives > labeled
          || truePositives > flagged
          || labeled > conversations
          || flagged > conversations
          || labeled - truePositives > conversations - flagged) {
        throw new IllegalArgumentException(
            "inconsistent counts: conversations="
                + conversations
                + ", labeled="
                + labeled
                + ", flagged="
                + flagged
                + ", truePositives="
                + truePositives);
      }
    }

    /** Positive predictive value: labeled positive among the flagged, as counts. */
    Wilson.Share positivePredictive() {
      return new Wilson.Share(truePositives, flagged);
    }

    /** False omission rate: labeled positive among the not flagged, as counts. */
    Wilson.Share falseOmission() {
      return new Wilson.Share(labeled - truePositives, conversations - flagged);
    }
  }

  /** The share of conversations routed to {@code route} whose label is {@code truth}, as counts. */
  Wilson.Share truthGivenRoute(Responder truth, Responder route) {
    long column = 0;
    for (int t = 0; t < LEVELS; t++) {
      column += routeCounts[t][route.ordinal()];
    }
    return new Wilson.Share(routeCounts[truth.ordinal()][route.ordinal()], column);
  }

  /**
   * Reads {@code report.json} of the {@code evaluate} command (the model's evaluation, at the top
   * or under {@code "evaluation"}).
   *
   * @throws IllegalArgumentException naming the file and the missing field
   */
  public static ErrorRates read(Path report) throws IOException {
    JsonNode root = Json.mapper().readTree(Files.readAllBytes(report));
    JsonNode e = root.has("evaluation") ? root.get("evaluation") : root;
    JsonNode matrix = require(report, e, "/route/confusion_matrix");
    JsonNode labels = require(report, matrix, "/labels");
    JsonNode counts = require(report, matrix, "/counts");
    long[][] byOrdinal = new long[LEVELS][LEVELS];
    for (int i = 0; i < labels.size(); i++) {
      Responder truth = level(report, labels.get(i).asText());
      for (int j = 0; j < labels.size(); j++) {
        Responder route = level(report, labels.get(j).asText());
        byOrdinal[truth.ordinal()][route.ordinal()] = counts.get(i).get(j).asLong();
      }
    }
    long n = require(report, e, "/conversations").asLong();
    Binary billable =
        new Binary(
            n,
            require(report, e, "/billable/labeled_billable").asLong(),
            require(report, e, "/billable/flagged_likely").asLong(),
            require(report, e, "/billable/true_positives").asLong());
    Binary urgent =
        new Binary(
            n,
            require(report, e, "/urgent/labeled_urgent").asLong(),
            require(report, e, "/urgent/flagged").asLong(),
            require(report, e, "/urgent/true_positives").asLong());
    return new ErrorRates(byOrdinal, billable, urgent, report.toString());
  }

  private static JsonNode require(Path report, JsonNode node, String pointer) {
    JsonNode value = node.at(pointer);
    if (value.isMissingNode() || value.isNull()) {
      throw new IllegalArgumentException(
          report + ": not an evaluation report.json, " + pointer + " is missing");
    }
    return value;
  }

  private static Responder level(Path report, String wireName) {
    return Responder.fromWireName(wireName)
        .orElseThrow(
            () -> new IllegalArgumentException(report + ": unknown responder level " + wireName));
  }
}
