package org.oncotriage.evaluation.baseline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.evaluation.DataProvenance;
import org.oncotriage.json.Json;

/**
 * Trains the baseline: three Apache OpenNLP maximum-entropy document categorizers (responder,
 * billable, urgent) over lowercase word unigrams and bigrams of the whole conversation. It is the
 * yardstick the transformer must beat. Thread-safe (no state).
 *
 * @param iterations GIS iterations per categorizer
 * @param cutoff minimum count of a feature to be kept
 */
public record OpenNlpBaselineTrainer(int iterations, int cutoff) {

  /** 100 iterations, cutoff 2. */
  public static final OpenNlpBaselineTrainer DEFAULT = new OpenNlpBaselineTrainer(100, 2);

  /**
   * Trains on a labeled JSON Lines file (every line labeled).
   *
   * @throws ConversationFormatException on a bad or unlabeled line
   */
  public OpenNlpBaseline train(Path data) throws IOException {
    DataProvenance provenance = DataProvenance.of(data);
    List<DocumentSample> responder = new ArrayList<>();
    List<DocumentSample> billable = new ArrayList<>();
    List<DocumentSample> urgent = new ArrayList<>();
    try (ConversationReader reader =
        ConversationReader.open(data, ConversationReader.Mode.FAIL_FAST)) {
      Conversation c;
      long index = 0;
      while ((c = reader.read()) != null) {
        index++;
        if (c.labels() == null) {
          throw new ConversationFormatException(
              data.toString(), index, "/labels", "missing: training needs labeled conversations");
        }
        String[] tokens = BagOfWords.tokens(c);
        responder.add(new DocumentSample(c.labels().responder().wireName(), tokens));
        billable.add(new DocumentSample(Boolean.toString(c.labels().billable()), tokens));
        urgent.add(new DocumentSample(Boolean.toString(c.labels().urgent()), tokens));
      }
    }
    if (responder.isEmpty()) {
      throw new IllegalArgumentException(data + " holds no conversations to train on");
    }
    ObjectNode manifest = Json.mapper().createObjectNode();
    manifest.put("trainer", OpenNlpBaselineTrainer.class.getName());
    manifest.put("algorithm", "OpenNLP DocumentCategorizerME, maxent (GIS)");
    manifest.put("features", "lowercase word unigrams + bigrams, sender markers");
    manifest.put("iterations", iterations);
    manifest.put("cutoff", cutoff);
    manifest.put("training_file", provenance.file());
    manifest.put("training_sha256", provenance.sha256());
    manifest.put("training_conversations", responder.size());
    manifest.put("opennlp_version", opennlp.tools.util.Version.currentVersion().toString());
    manifest.put("java_version", System.getProperty("java.version"));
    manifest.put("trained_at", Instant.now().toString());
    return new OpenNlpBaseline(
        categorizer(responder), categorizer(billable), categorizer(urgent), manifest);
  }

  private DocumentCategorizerME categorizer(List<DocumentSample> samples) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    FeatureGenerator[] features = {
      new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
    };
    DoccatModel model =
        DocumentCategorizerME.train(
            "en", new CollectionObjectStream<>(samples), params, new DoccatFactory(features));
    return new DocumentCategorizerME(model);
  }
}
