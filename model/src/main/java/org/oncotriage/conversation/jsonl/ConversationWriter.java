package org.oncotriage.conversation.jsonl;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.json.JsonLinesWriter;

/** Writes conversations in the JSON Lines format of {@code LABELING.md}. Not thread-safe. */
public final class ConversationWriter implements Closeable {

  private final JsonLinesWriter lines;

  ConversationWriter(Writer output) {
    this.lines = new JsonLinesWriter(output);
  }

  private ConversationWriter(JsonLinesWriter lines) {
    this.lines = lines;
  }

  /** Creates or truncates {@code file}, creating its parent folders. */
  public static ConversationWriter create(Path file) throws IOException {
    return new ConversationWriter(JsonLinesWriter.create(file));
  }

  public void write(Conversation conversation) throws IOException {
    lines.write(ConversationCodec.encode(conversation));
  }

  long conversationsWritten() {
    return lines.linesWritten();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
