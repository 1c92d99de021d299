package org.oncotriage.lexical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * One trained OpenNLP maxent document categorizer over {@link BagOfWords} tokens.
 *
 * <p>Scores as OpenNLP's {@code DocumentCategorizerME#categorize} does (the model's feature
 * generators over the tokens, then the maxent model), split in two so that categorizers trained
 * with the same features score one conversation from features computed once ({@link #features},
 * {@link #probabilities(Features)}).
 *
 * <p>Immutable and thread-safe: the feature generators (bag of words, n-grams) keep no state, and
 * the maxent model's {@code eval} works in an array of its own per call. Nothing is kept per
 * thread, so an unloaded model leaves nothing behind in a server's pooled threads.
 */
public final class LexicalCategorizer {

  private final DoccatModel model;
  private final MaxentModel maxent;
  private final List<FeatureGenerator> generators;
  private final String featureSignature;
  private final List<String> categories;

  /**
   * The features of one token sequence, as the categorizers that share {@link #featureSignature}
   * see it.
   */
  public record Features(String signature, String[] context) {}

  LexicalCategorizer(DoccatModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.maxent = model.getMaxentModel();
    List<String> names = new ArrayList<>(maxent.getNumOutcomes());
    for (int i = 0; i < maxent.getNumOutcomes(); i++) {
      names.add(maxent.getOutcome(i));
    }
    this.categories = List.copyOf(names);
    // DoccatFactory loads its feature generators lazily into a plain field on first use; asking
    // here does that before the model is shared between threads
    this.generators = List.of(model.getFactory().getFeatureGenerators());
    // the factory writes its generators as class names and makes each with its default settings,
    // so the names in order say which features a categorizer uses
    this.featureSignature = describe(generators);
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

  /**
   * The categorizer in OpenNLP's model form (a zip archive), the same bytes for the same model:
   * OpenNLP stamps the archive's entries and its manifest with the time of writing, which would
   * make every written model differ from the one read back (and its checksum with it), so the
   * entries are written again with a fixed time and the manifest without its date comment.
   */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      model.serialize(out);
      return withoutTimes(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the categorizer", e);
    }
  }

  /** The fixed time of every entry of a written model: 1 January 1980, the zip format's first. */
  private static final long ENTRY_TIME = 315532800000L;

  private static byte[] withoutTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().endsWith(".properties")) {
          content = withoutCommentLines(content);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(ENTRY_TIME);
        rewritten.putNextEntry(copy);
        rewritten.write(content);
        rewritten.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] withoutCommentLines(byte[] properties) {
    StringBuilder kept = new StringBuilder();
    for (String line : new String(properties, StandardCharsets.ISO_8859_1).split("\n", -1)) {
      if (!line.startsWith("#")) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString().strip().concat("\n").getBytes(StandardCharsets.ISO_8859_1);
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
    return maxent.eval(context(tokens));
  }

  /** The features of {@code tokens}, for this categorizer and any other with the same ones. */
  Features features(String[] tokens) {
    return new Features(featureSignature, context(tokens));
  }

  /**
   * As {@link #probabilities(String[])} for the tokens {@code features} were made from.
   *
   * @throws IllegalArgumentException when another categorizer's features differ from this one's
   */
  double[] probabilities(Features features) {
    if (!featureSignature.equals(features.signature())) {
      throw new IllegalArgumentException(
          "features made with "
              + features.signature()
              + ", this categorizer uses "
              + featureSignature);
    }
    return maxent.eval(features.context());
  }

  /** Whether {@link #features} of this categorizer serve {@code other} as well. */
  boolean sharesFeaturesWith(LexicalCategorizer other) {
    return featureSignature.equals(other.featureSignature);
  }

  private String[] context(String[] tokens) {
    List<String> context = new ArrayList<>();
    for (FeatureGenerator generator : generators) {
      context.addAll(generator.extractFeatures(tokens, Map.of()));
    }
    return context.toArray(String[]::new);
  }

  private static String describe(List<FeatureGenerator> generators) {
    StringBuilder out = new StringBuilder();
    for (FeatureGenerator g : generators) {
      out.append(g.getClass().getName()).append(';');
    }
    return out.toString();
  }

  /** The probability of {@code category}; 0 when training never saw it. */
  public double probability(String category, String[] tokens) {
    int index = categories.indexOf(category);
    return index < 0 ? 0.0 : probabilities(tokens)[index];
  }

  /** As {@link #probability(String, String[])} from the tokens' {@link #features}. */
  double probability(String category, Features features) {
    int index = categories.indexOf(category);
    return index < 0 ? 0.0 : probabilities(features)[index];
  }
}
