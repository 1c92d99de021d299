package org.oncotriage.spark.score;

import java.io.Serializable;

/**
 * One input line after the first pass: either a conversation that decodes (its JSON document kept
 * as read, with the optional grouping columns) or a problem (pointer and reason, never the text).
 *
 * @param line 1-based line of a JSON Lines input, or row of a Parquet input
 * @param json the conversation's JSON document; null for a problem
 * @param practiceId the {@code practice_id} column, or null
 * @param providerId the {@code provider_id} column, or null
 * @param month {@code YYYY-MM} from {@code month}, else the conversation's {@code sent_at}, else
 *     its first message's; null when none is given
 * @param pointer JSON pointer of the offending field of a problem ({@code ""}: the whole line)
 * @param reason what is wrong with a problem; null for a conversation
 */
public record DecodedLine(
    long line,
    String json,
    String practiceId,
    String providerId,
    String month,
    String pointer,
    String reason)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static DecodedLine conversation(
      long line, String json, String practiceId, String providerId, String month) {
    return new DecodedLine(line, json, practiceId, providerId, month, null, null);
  }

  static DecodedLine problem(long line, String pointer, String reason) {
    return new DecodedLine(line, null, null, null, null, pointer, reason);
  }

  /** Whether the line holds a conversation that decodes. */
  public boolean valid() {
    return reason == null;
  }

  /** Never prints the document: it holds patient health information. */
  @Override
  public String toString() {
    return valid()
        ? "DecodedLine[line=" + line + ", practice=" + practiceId + ", month=" + month + "]"
        : "DecodedLine[line=" + line + ", pointer=" + pointer + ", reason=" + reason + "]";
  }
}
