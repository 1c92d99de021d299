package org.oncotriage.conversation.jsonl;

/**
 * A conversation that breaks the JSON Lines format of {@code LABELING.md}. The message names the
 * source, the line (when read from a file), the field as a JSON pointer and what is wrong; it never
 * quotes message text.
 */
public final class ConversationFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String pointer;
  private final String reason;

  /**
   * @param source the file or stream name, or {@code null} for a single document
   * @param line the 1-based line number, or 0 when not from a file
   * @param pointer the JSON pointer of the offending field ({@code ""} for the whole document)
   * @param reason what is wrong, in words
   */
  public ConversationFormatException(String source, long line, String pointer, String reason) {
    super(describe(source, line, pointer, reason));
    this.source = source;
    this.line = line;
    this.pointer = pointer;
    this.reason = reason;
  }

  /** A problem in a single JSON document, not tied to a file line. */
  static ConversationFormatException at(String pointer, String reason) {
    return new ConversationFormatException(null, 0, pointer, reason);
  }

  /** This problem, placed at a line of a named source. */
  ConversationFormatException atLine(String newSource, long newLine) {
    return new ConversationFormatException(newSource, newLine, pointer, reason);
  }

  String source() {
    return source;
  }

  long line() {
    return line;
  }

  /** The JSON pointer of the offending field, {@code ""} for the document as a whole. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without location. */
  public String reason() {
    return reason;
  }

  private static String describe(String source, long line, String pointer, String reason) {
    StringBuilder text = new StringBuilder();
    if (source != null) {
      text.append(source).append(':').append(line).append(": ");
    }
    if (pointer != null && !pointer.isEmpty()) {
      text.append(pointer).append(": ");
    }
    return text.append(reason).toString();
  }
}
