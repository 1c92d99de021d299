package org.oncotriage.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.feedback.FeedbackService.Submission;
import org.oncotriage.feedback.ReviewerRole;
import org.oncotriage.feedback.TriageRecord;
import org.oncotriage.policy.LabelPolicy;

/**
 * Reads the body of {@code POST /v1/feedback} into a {@link Submission}. A body of the wrong shape
 * (a field missing or of the wrong JSON type, a broken conversation) is 400 {@code
 * invalid-feedback}; well-formed values the service cannot accept (an unknown level or role, labels
 * that break the labeling policy, a conversation with another id) are 422 {@code
 * unprocessable-feedback}. Each problem points at its field and never quotes a value. The
 * conversation is decoded only when it is to be stored. Stateless.
 */
final class FeedbackRequest {

  private FeedbackRequest() {}

  /**
   * @param body the parsed body
   * @param storeText whether a conversation in it is to be stored (else it is not even decoded)
   */
  static Submission parse(JsonNode body, boolean storeText) {
    if (!body.isObject()) {
      throw invalid("", "the body must be a JSON object");
    }
    String id = id(body.get("id"));
    if (id.isBlank()) {
      throw invalid("/id", "id must not be empty");
    }
    if (id.length() > TriageRecord.MAX_ID_CHARS) {
      throw invalid("/id", "id is longer than " + TriageRecord.MAX_ID_CHARS + " characters");
    }
    Labels labels = labels(body.get("labels"));
    String roleName = text(body, "reviewer_role", "/reviewer_role");
    ReviewerRole role =
        ReviewerRole.fromWireName(roleName)
            .orElseThrow(
                () ->
                    unprocessable(
                        "/reviewer_role",
                        "reviewer_role must be oncologist, nurse, medical_assistant or manager"));
    JsonNode conversation = body.get("conversation");
    Optional<Conversation> decoded = Optional.empty();
    if (conversation != null && !conversation.isNull() && storeText) {
      decoded = Optional.of(conversation(conversation, id));
    }
    return new Submission(id, labels, role, decoded);
  }

  /** Whether the body carries a conversation (stored or not). */
  static boolean hasConversation(JsonNode body) {
    JsonNode c = body.get("conversation");
    return c != null && !c.isNull();
  }

  private static Labels labels(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw invalid("/labels", "labels must be an object with responder, billable and urgent");
    }
    String responderName = text(node, "responder", "/labels/responder");
    Responder responder =
        Responder.fromWireName(responderName)
            .orElseThrow(
                () ->
                    unprocessable(
                        "/labels/responder",
                        "responder must be oncologist, nurse or medical_assistant"));
    Labels labels =
        new Labels(
            responder,
            bool(node, "billable", "/labels/billable"),
            bool(node, "urgent", "/labels/urgent"));
    LabelPolicy.violation(labels)
        .ifPresent(
            reason -> {
              throw unprocessable("/labels", reason + " (LABELING.md)");
            });
    return labels;
  }

  private static Conversation conversation(JsonNode node, String id) {
    if (!node.isObject()) {
      throw invalid("/conversation", "conversation must be a JSON object");
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove("labels");
    Conversation c;
    try {
      c = ConversationCodec.decode(copy, () -> id);
    } catch (ConversationFormatException e) {
      throw invalid("/conversation" + e.pointer(), e.reason());
    }
    if (!c.id().equals(id)) {
      throw unprocessable("/conversation/id", "the conversation's id is not the feedback's id");
    }
    return c;
  }

  /** The id as the triage endpoints read it: a string, or an integer (so {@code 42} is "42"). */
  private static String id(JsonNode n) {
    if (n == null || !(n.isTextual() || n.isIntegralNumber())) {
      throw invalid("/id", "id must be a string (or the integer the conversation was sent with)");
    }
    return n.asText();
  }

  private static String text(JsonNode parent, String field, String pointer) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isTextual()) {
      throw invalid(pointer, field + " must be a string");
    }
    return n.asText();
  }

  private static boolean bool(JsonNode parent, String field, String pointer) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isBoolean()) {
      throw invalid(pointer, field + " must be true or false");
    }
    return n.asBoolean();
  }

  private static ProblemException invalid(String pointer, String detail) {
    return new ProblemException(
        Problem.of("invalid-feedback", "Invalid feedback", 400, detail).withPointer(pointer));
  }

  private static ProblemException unprocessable(String pointer, String detail) {
    return new ProblemException(
        Problem.of("unprocessable-feedback", "Unprocessable feedback", 422, detail)
            .withPointer(pointer));
  }
}
