package org.oncotriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oncotriage.calibration.Calibration;
import org.oncotriage.calibration.LogitPool;
import org.oncotriage.calibration.SoftmaxPool;
import org.oncotriage.conversation.Responder;
import org.oncotriage.json.Json;

/**
 * The {@code calibration.json} of a model directory ({@link ArtifactFormat}): the fitted values of
 * a {@link Calibration}, written so that a reader can see them (responder biases by level name,
 * source weights in the order {@code sources} lists). The same form records the calibration in an
 * adapted model's provenance and in {@code GET /v1/model}. Stateless.
 */
public final class CalibrationFile {

  static final String NETWORK = "network";
  static final String LEXICAL = "lexical";

  private CalibrationFile() {}

  /** The calibration as {@code calibration.json} holds it. */
  public static ObjectNode toJson(Calibration calibration) {
    ObjectMapper json = Json.mapper();
    ObjectNode node = json.createObjectNode();
    node.put("method", Calibration.METHOD);
    node.put("fitted_on", calibration.fittedOn());
    ArrayNode sources = node.putArray("sources");
    sources.add(NETWORK);
    if (calibration.sources() == 2) {
      sources.add(LEXICAL);
    }
    ObjectNode responder = node.putObject("responder");
    weights(responder, calibration.responder().weights());
    ObjectNode bias = responder.putObject("bias");
    double[] b = calibration.responder().bias();
    for (Responder r : Responder.values()) {
      bias.put(r.wireName(), b[r.ordinal()]);
    }
    pool(node.putObject("billable"), calibration.billable());
    pool(node.putObject("urgent"), calibration.urgent());
    return node;
  }

  /**
   * @throws ModelFormatException naming {@code described} when a value is missing or not a number
   */
  static Calibration fromJson(JsonNode node, String described) {
    try {
      JsonNode responder = node.path("responder");
      double[] bias = new double[Responder.values().length];
      for (Responder r : Responder.values()) {
        bias[r.ordinal()] = number(responder.path("bias").path(r.wireName()), "responder.bias");
      }
      return new Calibration(
          new SoftmaxPool(weights(responder, "responder"), bias),
          pool(node.path("billable"), "billable"),
          pool(node.path("urgent"), "urgent"),
          text(node.path("fitted_on"), "fitted_on"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(described, "invalid: " + e.getMessage(), e);
    }
  }

  private static void pool(ObjectNode node, LogitPool pool) {
    weights(node, pool.weights());
    node.put("intercept", pool.intercept());
  }

  private static LogitPool pool(JsonNode node, String name) {
    return new LogitPool(weights(node, name), number(node.path("intercept"), name + ".intercept"));
  }

  private static void weights(ObjectNode node, double[] weights) {
    ArrayNode array = node.putArray("weights");
    for (double w : weights) {
      array.add(w);
    }
  }

  private static double[] weights(JsonNode node, String name) {
    JsonNode array = node.path("weights");
    if (!array.isArray() || array.isEmpty() || array.size() > 2) {
      throw new IllegalArgumentException(name + ".weights must be an array of 1 or 2 numbers");
    }
    double[] weights = new double[array.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = number(array.get(i), name + ".weights[" + i + "]");
    }
    return weights;
  }

  private static double number(JsonNode node, String name) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(name + " must be a number");
    }
    return node.asDouble();
  }

  private static String text(JsonNode node, String name) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException(name + " must be a string");
    }
    return node.asText();
  }
}
