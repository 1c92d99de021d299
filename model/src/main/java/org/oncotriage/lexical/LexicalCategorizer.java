package org.oncotriage.lexical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
