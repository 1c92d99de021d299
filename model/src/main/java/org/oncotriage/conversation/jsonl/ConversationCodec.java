package org.oncotriage.conversation.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.policy.LabelPolicy;

/**
 * Turns one JSON document of the {@code LABELING.md} format into a {@link Conversation} and back.
 * Every rule of the format is checked here, once, for the file reader and the REST service alike; a
 * broken rule is a {@link ConversationFormatException} with the field's JSON pointer and a reason
 * that never quotes a value of the input (a wrong value may be message text pasted in the wrong
 * field). Stateless and thread-safe.
 */
public final class ConversationCodec {

  private ConversationCodec() {}

  /**
   * Decodes a conversation.
   *
   * @param node the parsed document
   * @param idIfMissing gives the id of a conversation that has none
   * @throws ConversationFormatException when the document breaks the format
   */
  public static Conversation decode(JsonNode node, Supplier<String> idIfMissing) {
    if (node == null || !node.isObject()) {
      throw ConversationFormatException.at("", "a conversation must be a JSON object");
    }
    String id = decodeId(node.get("id"), idIfMissing);
    List<Message> messages = decodeMessages(node.get("messages"));
    ConversationContext context = decodeContext(node.get("context"));
    Labels labels = decodeLabels(node.get("labels"));
    return new Conversation(id, messages, context, labels);
  }

  /** Encodes a conversation, its labels and context included when present. */
  public static ObjectNode encode(Conversation conversation) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("id", conversation.id());
    ArrayNode messages = root.putArray("messages");
    for (Message message : conversation.messages()) {
      ObjectNode m = messages.addObject();
      m.put("from", message.from().wireName());
      if (message.sentAt() != null) {
        m.put("sent_at", message.sentAt().toString());
      }
      m.put("text", message.text());
    }
    ConversationContext context = conversation.context();
    if (!context.equals(ConversationContext.EMPTY)) {
      ObjectNode c = root.putObject("context");
      if (context.daysSinceLastVisit() != null) {
        c.put("days_since_last_visit", context.daysSinceLastVisit());
      }
      if (context.onActiveTreatment() != null) {
        c.put("on_active_treatment", context.onActiveTreatment());
      }
    }
    if (conversation.labels() != null) {
      Labels labels = conversation.labels();
      ObjectNode l = root.putObject("labels");
      l.put("responder", labels.responder().wireName());
      l.put("billable", labels.billable());
      l.put("urgent", labels.urgent());
    }
    return root;
  }

  private static String decodeId(JsonNode id, Supplier<String> idIfMissing) {
    if (id == null || id.isNull()) {
      return idIfMissing.get();
    }
    if (id.isTextual() && !id.asText().isBlank()) {
      return id.asText();
    }
    if (id.isIntegralNumber()) {
      return id.asText();
    }
    throw ConversationFormatException.at("/id", "id must be a non-empty string");
  }

  private static List<Message> decodeMessages(JsonNode node) {
    if (node == null || node.isNull()) {
      throw ConversationFormatException.at("/messages", "no messages: the field is missing");
    }
    if (!node.isArray()) {
      throw ConversationFormatException.at("/messages", "messages must be an array");
    }
    if (node.isEmpty()) {
      throw ConversationFormatException.at("/messages", "no messages: the array is empty");
    }
    List<Message> messages = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      messages.add(decodeMessage(node.get(i), "/messages/" + i));
    }
    if (messages.stream().noneMatch(m -> m.from().isPatientSide())) {
      throw ConversationFormatException.at(
          "/messages",
          "no message from the patient or a caregiver: at least one is needed (a thread may start"
              + " with a clinic message)");
    }
    return messages;
  }

  private static Message decodeMessage(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw ConversationFormatException.at(pointer, "a message must be a JSON object");
    }
    JsonNode from = node.get("from");
    if (from == null || !from.isTextual()) {
      throw ConversationFormatException.at(
          pointer + "/from", "from must be one of patient, caregiver, clinic");
    }
    Sender sender =
        Sender.fromWireName(from.asText())
            .orElseThrow(
                () ->
                    ConversationFormatException.at(
                        pointer + "/from",
                        "unknown sender: expected patient, caregiver or clinic"));
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw ConversationFormatException.at(pointer + "/text", "text must be a string");
    }
    if (text.asText().isBlank()) {
      throw ConversationFormatException.at(pointer + "/text", "empty text");
    }
    return new Message(
        sender, decodeInstant(node.get("sent_at"), pointer + "/sent_at"), text.asText());
  }

  private static Instant decodeInstant(JsonNode node, String pointer) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw ConversationFormatException.at(pointer, "sent_at must be an ISO-8601 instant string");
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw ConversationFormatException.at(
          pointer, "sent_at is not an ISO-8601 instant such as 2025-03-02T14:05:00Z");
    }
  }

  private static ConversationContext decodeContext(JsonNode node) {
    if (node == null || node.isNull()) {
      return ConversationContext.EMPTY;
    }
    if (!node.isObject()) {
      throw ConversationFormatException.at("/context", "context must be a JSON object");
    }
    Integer days = null;
    JsonNode daysNode = node.get("days_since_last_visit");
    if (daysNode != null && !daysNode.isNull()) {
      if (!daysNode.isIntegralNumber() || !daysNode.canConvertToInt() || daysNode.asInt() < 0) {
        throw ConversationFormatException.at(
            "/context/days_since_last_visit", "days_since_last_visit must be a whole number >= 0");
      }
      days = daysNode.asInt();
    }
    Boolean active = null;
    JsonNode activeNode = node.get("on_active_treatment");
    if (activeNode != null && !activeNode.isNull()) {
      if (!activeNode.isBoolean()) {
        throw ConversationFormatException.at(
            "/context/on_active_treatment", "on_active_treatment must be true or false");
      }
      active = activeNode.asBoolean();
    }
    return new ConversationContext(days, active);
  }

  private static Labels decodeLabels(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw ConversationFormatException.at("/labels", "labels must be a JSON object");
    }
    JsonNode responderNode = node.get("responder");
    if (responderNode == null || !responderNode.isTextual()) {
      throw ConversationFormatException.at(
          "/labels/responder", "responder must be one of oncologist, nurse, medical_assistant");
    }
    Responder responder =
        Responder.fromWireName(responderNode.asText())
            .orElseThrow(
                () ->
                    ConversationFormatException.at(
                        "/labels/responder",
                        "responder is out of range: expected oncologist, nurse or"
                            + " medical_assistant"));
    Labels labels =
        new Labels(
            responder,
            decodeFlag(node.get("billable"), "/labels/billable"),
            decodeFlag(node.get("urgent"), "/labels/urgent"));
    LabelPolicy.violation(labels)
        .ifPresent(
            reason -> {
              throw ConversationFormatException.at("/labels", reason);
            });
    return labels;
  }

  private static boolean decodeFlag(JsonNode node, String pointer) {
    if (node == null || !node.isBoolean()) {
      throw ConversationFormatException.at(pointer, "must be true or false");
    }
    return node.asBoolean();
  }
}
