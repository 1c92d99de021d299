package org.oncotriage.spark.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.json.Json;

/**
 * Checks one input line with the project's conversation codec, exactly as {@code predict} reads it,
 * and reads the optional grouping columns {@code practice_id}, {@code provider_id} (strings or
 * whole numbers) and {@code month} ({@code YYYY-MM}; else the month of the top-level {@code
 * sent_at}, else of the first message's, in UTC). A conversation without an id is named {@code
 * "<source>:<line>"}, as {@code predict} names it. Stateless and thread-safe.
 */
public final class LineDecoder {

  private static final ObjectReader JSON = Json.mapper().reader();

  private LineDecoder() {}

  private static ConversationFormatException problem(String pointer, String reason) {
    return new ConversationFormatException(null, 0, pointer, reason);
  }

  /** Parses a line; throws {@link ConversationFormatException} when it is not valid JSON. */
  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending input, which may be message text.
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw problem("", "not valid JSON" + (column > 0 ? " (near column " + column + ")" : ""));
    }
  }

  /** Decodes a checked line's conversation; the same call in both passes gives the same result. */
  static Conversation conversation(String json, String source, long line) {
    return ConversationCodec.decode(parse(json), () -> source + ":" + line);
  }

  /**
   * The line's decoded form; null for a blank line (skipped, as {@code predict} skips it).
   *
   * @param text the line as read (a leading byte-order mark on line 1 is dropped)
   * @param line its 1-based number
   * @param source the input's name, for the ids of conversations without one
   */
  public static DecodedLine decode(String text, long line, String source) {
    Objects.requireNonNull(text, "text");
    if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      JsonNode node = parse(text);
      ConversationCodec.decode(node, () -> source + ":" + line);
      return DecodedLine.conversation(
          line, text, column(node, "practice_id"), column(node, "provider_id"), month(node));
    } catch (ConversationFormatException e) {
      return DecodedLine.problem(line, e.pointer(), e.reason());
    }
  }

  private static String column(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if ((value.isTextual() && !value.asText().isBlank()) || value.isIntegralNumber()) {
      return value.asText();
    }
    throw problem("/" + name, name + " must be a non-empty string");
  }

  private static String month(JsonNode node) {
    JsonNode month = node.get("month");
    if (month != null && !month.isNull()) {
      try {
        return YearMonth.parse(month.asText()).toString();
      } catch (DateTimeParseException e) {
        throw problem("/month", "month must be YYYY-MM, such as 2025-03");
      }
    }
    JsonNode sentAt = node.get("sent_at");
    if (sentAt != null && !sentAt.isNull()) {
      return monthOf(sentAt.asText(), "/sent_at");
    }
    JsonNode first = node.at("/messages/0/sent_at");
    return first.isMissingNode() || first.isNull() ? null : monthOf(first.asText(), null);
  }

  private static String monthOf(String instant, String pointer) {
    try {
      return YearMonth.from(Instant.parse(instant).atZone(ZoneOffset.UTC)).toString();
    } catch (DateTimeParseException e) {
      throw problem(pointer, "sent_at is not an ISO-8601 instant such as 2025-03-02T14:05:00Z");
    }
  }
}
