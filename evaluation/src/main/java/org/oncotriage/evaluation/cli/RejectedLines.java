package org.oncotriage.evaluation.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.json.Json;
import org.oncotriage.json.JsonLinesWriter;

/**
 * The side file of {@code --skip-invalid}: one JSON object per skipped input line, {@code {"line":
 * 7, "pointer": "/messages/0/from", "reason": "unknown sender: ..."}}. Reasons never quote the
 * line's content. Not thread-safe.
 */
final class RejectedLines implements Closeable {

  private final JsonLinesWriter writer;
  private long count;

  RejectedLines(Path file) throws IOException {
    this.writer = JsonLinesWriter.create(file);
  }

  /** Records one skipped line. */
  void accept(ConversationFormatException e) {
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("line", e.line());
    line.put("pointer", e.pointer());
    line.put("reason", e.reason());
    try {
      writer.write(line);
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
    count++;
  }

  long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
