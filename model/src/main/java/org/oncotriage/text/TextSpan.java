package org.oncotriage.text;

/**
 * A span of a text: UTF-16 character offsets, {@code end} exclusive.
 *
 * @param start first character
 * @param end one past the last character
 */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span: start=" + start + ", end=" + end);
    }
  }

  /** The covered part of {@code text}. */
  String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  int length() {
    return end - start;
  }
}
