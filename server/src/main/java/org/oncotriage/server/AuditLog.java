package org.oncotriage.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.oncotriage.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: one JSON object a line on its own logger, {@value #LOGGER} (its own appender in
 * {@code logback.xml}, not mixed into the service log's format), for every request to {@code
 * /v1/*}, answered or refused. A line says who called what and what came of it: time, request id,
 * client address, key id (a prefix of the key's SHA-256 digest, never the key), method, endpoint,
 * status, the conversation ids and the model version. Never message text or any other body field.
 * Stateless and thread-safe.
 */
final class AuditLog {

  /** The logger name; route it with logback like any other. */
  static final String LOGGER = "oncotriage.audit";

  /** Longest id written; a longer caller id is cut (ids are the caller's, not ours). */
  static final int MAX_ID_CHARS = 128;

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private AuditLog() {}

  /**
   * One audit line.
   *
   * @param record what is known of the request; absent parts are {@code null}
   */
  static void write(Entry record) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("time", Instant.now().toString());
    line.put("request_id", record.requestId());
    line.put("client", record.client());
    line.put("key_id", record.keyId());
    line.put("method", HttpMethods.label(record.method()));
    line.put("endpoint", record.endpoint());
    line.put("status", record.status());
    ArrayNode ids = line.putArray("conversations");
    if (record.conversationIds() != null) {
      for (String id : record.conversationIds()) {
        ids.add(id == null ? null : cut(id));
      }
    }
    line.put("model_version", record.modelVersion());
    try {
      LOG.info(Json.mapper().writeValueAsString(line));
    } catch (JsonProcessingException e) {
      LOG.info(
          "{\"request_id\":\"{}\",\"error\":\"unserializable audit line\"}", record.requestId());
    }
  }

  /**
   * One line for a change of the model life cycle that took effect (beside the request's own line):
   * time, request id, client, key id, {@code "event":"model_lifecycle"}, the action, the version it
   * acted on and the version serving after it.
   */
  static void modelAction(ModelAction action) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("time", Instant.now().toString());
    line.put("request_id", action.requestId());
    line.put("client", action.client());
    line.put("key_id", action.keyId());
    line.put("event", "model_lifecycle");
    line.put("action", action.action());
    line.put("version", action.version());
    line.put("model_version", action.servingVersion());
    LOG.info(line.toString());
  }

  private static String cut(String id) {
    return id.length() <= MAX_ID_CHARS ? id : id.substring(0, MAX_ID_CHARS);
  }

  /**
   * What one audit line records.
   *
   * @param requestId the request id
   * @param client the peer address
   * @param keyId the presented key's id, or {@code null} when none was presented
   * @param method the HTTP method (logged as {@link HttpMethods#label})
   * @param endpoint the route path, or {@code unmatched}
   * @param status the HTTP status
   * @param conversationIds the ids of the conversations in the request, in order, or {@code null}
   * @param modelVersion the model version that answered, or {@code null}
   */
  record Entry(
      String requestId,
      String client,
      String keyId,
      String method,
      String endpoint,
      int status,
      List<String> conversationIds,
      String modelVersion) {}

  /**
   * What one model life-cycle line records.
   *
   * @param requestId the request id
   * @param client the peer address
   * @param keyId the admin key's id
   * @param action {@code load}, {@code shadow}, {@code promote}, {@code rollback} or {@code unload}
   * @param version the version acted on
   * @param servingVersion the version serving after the action
   */
  record ModelAction(
      String requestId,
      String client,
      String keyId,
      String action,
      String version,
      String servingVersion) {}
}
