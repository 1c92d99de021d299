package org.oncotriage.lexical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.model.MaxentModel;

/**
 * One trained OpenNLP maxent document categorizer over {@link BagOfWords} tokens.
 *
 * <p>Immutable and thread-safe. {@link DocumentCategorizerME} is not documented as thread-safe
 * (OpenNLP marks its thread-safe tools with {@code @ThreadSafe}, and it carries no such mark), so
 * each thread scores with its own instance over the one shared, read-only {@link DoccatModel}.
 */
public final class LexicalCategorizer {

  private final DoccatModel model;
  private final List<String> categories;
  private final ThreadLocal<DocumentCategorizerME> perThread;

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
    new DocumentCategorizerME(model);
    this.perThread = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
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

  /** The categories it knows, in the order of {@link #probabilities}. */
  List<String> categories() {
    return categories;
  }

  /** The probability of each category of {@link #categories()} for {@code tokens}; sums to 1. */
  double[] probabilities(String[] tokens) {
    return perThread.get().categorize(tokens);
  }

  /** The probability of {@code category}; 0 when training never saw it. */
  public double probability(String category, String[] tokens) {
    int index = categories.indexOf(category);
    return index < 0 ? 0.0 : probabilities(tokens)[index];
  }
}
