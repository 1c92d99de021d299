package org.oncotriage.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.oncotriage.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every write and read of feedback to the audit trail, the logger {@value #LOGGER} (the same
 * trail as the service's request lines): one JSON object a line with the time, the event and its
 * fields (ids, roles, model versions, counts). Never text. Stateless and thread-safe.
 */
public final class FeedbackAudit {

  /** The audit logger's name. */
  public static final String LOGGER = "oncotriage.audit";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private FeedbackAudit() {}

  /**
   * One audit line.
   *
   * @param event what happened, e.g. {@code feedback.recorded}
   * @param fields its fields, in order; values are strings, numbers, booleans or {@code null}
   */
  public static void write(String event, Map<String, ?> fields) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("time", Instant.now().toString());
    line.put("event", event);
    fields.forEach((k, v) -> line.set(k, Json.mapper().valueToTree(v)));
    try {
      LOG.info(Json.mapper().writeValueAsString(line));
    } catch (JsonProcessingException e) {
      LOG.info("{\"event\":\"{}\",\"error\":\"unserializable audit line\"}", event);
    }
  }
}
