package org.oncotriage.lexical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.model.MaxentModel;

/**
 * One trained OpenNLP maxent document categorizer over {@link BagOfWords} tokens.
 *
 * <p>Immutable and thread-safe. {@link DocumentCategorizerME} is not documented as thread-safe
 * (OpenNLP marks its thread-safe tools with {@code @ThreadSafe}, and it carries no such mark), so
 * each call scores with an instance of its own over the one shared, read-only {@link DoccatModel}.
 * Instances are kept in a pool owned by this categorizer (at most one per thread scoring at once),
 * not in a {@code ThreadLocal}: a thread-local value outlives its categorizer in every pooled
 * thread that used it, so a model unloaded from a running server would stay in memory.
 */
public final class LexicalCategorizer {

  private final DoccatModel model;
  private final List<String> categories;
  private final Queue<DocumentCategorizerME> idle = new ConcurrentLinkedQueue<>();

  LexicalCategorizer(DoccatModel model) {
    this.model = Objects.requireNonNull(model, "model");
    MaxentModel maxent = model.getMaxentModel();
    List<String> names = new ArrayList<>(maxent.getNumOutcomes());
    for (int i = 0; i < maxent.getNumOutcomes(); i++) {
      names.add(maxent.getOutcome(i));
    }
    this.categories = List.copyOf(names);
    // DoccatFactory loads its feature generators lazily into a plain field on first use; using it
    // once here does that before the model is shared between threads.
    idle.add(new DocumentCategorizerME(model));
  }

  /**
   * Reads a categorizer in OpenNLP's model form ({@link #toBytes()}).
   *
   * @throws IOException when the bytes are not an OpenNLP document categorizer model
   */
  public static LexicalCategorizer read(byte[] bytes) throws IOException {
    try {
      return new LexicalCategorizer(new DoccatModel(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException("not an OpenNLP document categorizer model: " + e, e);
    }
  }

  /** The categorizer in OpenNLP's model form (a zip archive). */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      model.serialize(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the categorizer", e);
    }
    return out.toByteArray();
  }

  /** The OpenNLP model it scores with (for tests of what holds it). */
  DoccatModel doccatModel() {
    return model;
  }

  /** The categories it knows, in the order of {@link #probabilities}. */
  List<String> categories() {
    return categories;
  }

  /** The probability of each category of {@link #categories()} for {@code tokens}; sums to 1. */
  double[] probabilities(String[] tokens) {
    DocumentCategorizerME categorizer = idle.poll();
    if (categorizer == null) {
      categorizer = new DocumentCategorizerME(model);
    }
    try {
      return categorizer.categorize(tokens);
    } finally {
      idle.add(categorizer);
    }
  }

  /** The probability of {@code category}; 0 when training never saw it. */
  public double probability(String category, String[] tokens) {
    int index = categories.indexOf(category);
    return index < 0 ? 0.0 : probabilities(tokens)[index];
  }
}
