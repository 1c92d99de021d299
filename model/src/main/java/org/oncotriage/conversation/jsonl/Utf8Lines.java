package org.oncotriage.conversation.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line ({@code \n}, a trailing {@code \r} dropped) and decodes each
 * line as strict UTF-8 on its own, so that a byte sequence that is not UTF-8 is reported at its
 * line ({@link MalformedLineException}) and the next line reads normally. Not thread-safe.
 */
final class Utf8Lines implements Closeable {

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /**
   * The next line, or {@code null} at the end.
   *
   * @throws MalformedLineException when the line is not UTF-8 (the line is consumed)
   */
  String next() throws IOException {
    line.reset();
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      line.write(buffer, start, position - start);
      if (position < limit) {
        position++;
        break;
      }
    }
    if (!any) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    int length =
        bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      return decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedLineException();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** A line that is not UTF-8. */
  static final class MalformedLineException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedLineException() {
      super("invalid UTF-8", null);
    }
  }
}
