package org.oncotriage.redflag;

import java.util.Objects;

/**
 * Evidence for an urgent symptom: where it stands in the conversation and what it is, in words.
 * Offsets are in UTF-16 code units into the text of message {@code messageIndex} as it was
 * received, {@code end} exclusive: the unit of Java's and JavaScript's string indices ({@code
 * text.substring(start, end)}, {@code text.slice(start, end)}), so a portal can highlight the span
 * as it is. Outside the Basic Multilingual Plane (emoji) a character takes two units. The span
 * itself is never copied here.
 *
 * @param messageIndex 0-based index of the message in the conversation
 * @param start first character of the evidence
 * @param end one past its last character
 * @param finding the finding in words, e.g. "temperature 101.2 F during chemotherapy"
 * @param rule the id of the rule that fired, as the rule file names it; {@code model.urgent} for
 *     the model's own evidence
 */
public record RedFlagFinding(int messageIndex, int start, int end, String finding, String rule) {

  public RedFlagFinding {
    if (messageIndex < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "invalid span: messageIndex=" + messageIndex + ", start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(rule, "rule");
  }
}
