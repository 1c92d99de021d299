package org.oncotriage.lexical;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.oncotriage.conversation.Labels;

/**
 * Trains lexical categorizers: Apache OpenNLP maximum-entropy document categorizers (GIS, one
 * thread, so the result depends only on the samples) over the {@link BagOfWords} tokens' unigrams
 * and bigrams. Stateless and thread-safe.
 *
 * @param iterations GIS iterations per categorizer; positive
 * @param cutoff fewest occurrences of a feature for it to be kept; at least 1
 */
public record LexicalTraining(int iterations, int cutoff) {

  /** 100 iterations, cutoff 2. */
  public static final LexicalTraining DEFAULT = new LexicalTraining(100, 2);

  /** What the categorizers see, for provenance. */
  public static final String FEATURES =
      "sender markers + lowercase OpenNLP tokens; word unigrams and bigrams";

  public LexicalTraining {
    if (iterations < 1 || cutoff < 1) {
      throw new IllegalArgumentException(
          "lexical iterations and cutoff must be positive, received iterations="
              + iterations
              + ", cutoff="
              + cutoff);
    }
  }

  /**
   * Trains the responder and billable categorizers on labeled conversations.
   *
   * @throws IllegalArgumentException when {@code conversations} is empty or one is unlabeled
   */
  public LexicalModel train(List<Conversation> conversations) {
    if (conversations.isEmpty()) {
      throw new IllegalArgumentException("the lexical model needs training conversations");
    }
    List<DocumentSample> responder = new ArrayList<>(conversations.size());
    List<DocumentSample> billable = new ArrayList<>(conversations.size());
    for (Conversation c : conversations) {
      Labels labels =
          c.labelsIfKnown()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "conversation " + c.id() + " has no labels to train on"));
      String[] tokens = BagOfWords.tokens(c);
      responder.add(new DocumentSample(labels.responder().wireName(), tokens));
      billable.add(new DocumentSample(Boolean.toString(labels.billable()), tokens));
    }
    return LexicalModel.of(categorizer(responder), categorizer(billable));
  }

  /** Trains one categorizer on {@code samples} (category and {@link BagOfWords} tokens). */
  public LexicalCategorizer categorizer(List<DocumentSample> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("a categorizer needs training samples");
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      FeatureGenerator[] features = {
        new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
      };
      DoccatModel model =
          DocumentCategorizerME.train(
              "en", new CollectionObjectStream<>(samples), params, new DoccatFactory(features));
      return new LexicalCategorizer(model);
    } catch (IOException e) {
      throw new UncheckedIOException("OpenNLP categorizer training failed", e);
    }
  }
}
