package org.oncotriage.evaluation.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.evaluation.PredictionSink;
import org.oncotriage.json.Json;
import org.oncotriage.json.JsonLinesWriter;
import org.oncotriage.triage.TriageResult;

/**
 * Writes {@code predictions.jsonl} as the evaluator goes: each line a triage result in the API.md
 * shape plus a {@code truth} field holding the conversation's labels. No message text. Not
 * thread-safe.
 */
final class PredictionsFile implements PredictionSink, Closeable {

  private final JsonLinesWriter writer;

  PredictionsFile(Path file) throws IOException {
    this.writer = JsonLinesWriter.create(file);
  }

  @Override
  public void accept(Conversation conversation, TriageResult result) throws IOException {
    ObjectNode line = Json.mapper().valueToTree(result);
    line.set("truth", Json.mapper().valueToTree(conversation.labels()));
    writer.write(line);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
