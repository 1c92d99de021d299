package org.oncotriage.evaluation.baseline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentSample;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.evaluation.DataProvenance;
import org.oncotriage.json.Json;
import org.oncotriage.lexical.BagOfWords;
import org.oncotriage.lexical.LexicalTraining;

/**
 * Trains the baseline: the product's lexical model ({@link LexicalTraining}: OpenNLP
 * maximum-entropy document categorizers over lowercase word unigrams and bigrams with sender
 * markers) for responder and billable, and one more categorizer of the same kind for urgent. It is
 * the yardstick the transformer must beat. Thread-safe (no state).
 *
 * @param iterations GIS iterations per categorizer
 * @param cutoff minimum count of a feature to be kept
 */
public record OpenNlpBaselineTrainer(int iterations, int cutoff) {

  /** {@link LexicalTraining#DEFAULT}'s settings: 100 iterations, cutoff 2. */
  public static final OpenNlpBaselineTrainer DEFAULT =
      new OpenNlpBaselineTrainer(
          LexicalTraining.DEFAULT.iterations(), LexicalTraining.DEFAULT.cutoff());

  /**
   * Trains on a labeled JSON Lines file (every line labeled).
   *
   * @throws ConversationFormatException on a bad or unlabeled line
   */
  public OpenNlpBaseline train(Path data) throws IOException {
    DataProvenance provenance = DataProvenance.of(data);
    List<Conversation> conversations = new ArrayList<>();
    List<DocumentSample> urgent = new ArrayList<>();
    try (ConversationReader reader = ConversationReader.openLabeled(data)) {
      Conversation c;
      while ((c = reader.read()) != null) {
        conversations.add(c);
        urgent.add(new DocumentSample(Boolean.toString(c.labels().urgent()), BagOfWords.tokens(c)));
      }
    }
    if (conversations.isEmpty()) {
      throw new IllegalArgumentException(data + " holds no conversations to train on");
    }
    LexicalTraining training = new LexicalTraining(iterations, cutoff);
    ObjectNode manifest = Json.mapper().createObjectNode();
    manifest.put("trainer", OpenNlpBaselineTrainer.class.getName());
    manifest.put("algorithm", "OpenNLP DocumentCategorizerME, maxent (GIS)");
    manifest.put("features", LexicalTraining.FEATURES);
    manifest.put("iterations", iterations);
    manifest.put("cutoff", cutoff);
    manifest.put("training_file", provenance.file());
    manifest.put("training_sha256", provenance.sha256());
    manifest.put("training_conversations", conversations.size());
    manifest.put("opennlp_version", opennlp.tools.util.Version.currentVersion().toString());
    manifest.put("java_version", System.getProperty("java.version"));
    manifest.put("trained_at", Instant.now().toString());
    return new OpenNlpBaseline(
        training.train(conversations), training.categorizer(urgent), manifest);
  }
}
