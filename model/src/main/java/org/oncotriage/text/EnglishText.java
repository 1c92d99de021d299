package org.oncotriage.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English sentence detector and tokenizer (UD EWT models, shipped as Maven
 * artifacts), loaded once per process. Both read a text within {@link TextBounds}: its first
 * {@value TextBounds#MAX_TEXT_CHARS} characters, with runs longer than {@value
 * TextBounds#MAX_RUN_CHARS} characters broken; the spans they return are offsets into the text
 * given.
 *
 * <p>Thread-safe: the models are immutable and shared; the detector and tokenizer, which keep state
 * between calls, are created per thread.
 */
public final class EnglishText {

  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private static final class Models {
    static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
  }

  private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
  private static final ThreadLocal<TokenizerME> TOKENIZER =
      ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));

  private EnglishText() {}

  /**
   * The sentences of {@code text} within {@link TextBounds}, as spans in document order; none for a
   * blank text.
   */
  public static List<TextSpan> sentences(String text) {
    return toTextSpans(SENTENCE_DETECTOR.get().sentPosDetect(bounded(text)));
  }

  /**
   * The word tokens of {@code text} within {@link TextBounds}, as spans in order: OpenNLP's
   * tokenizer splits each whitespace-delimited word on its own, so each distinct word is split once
   * ({@link WordSplits}) and the spans are the same as the tokenizer's over the whole text.
   */
  public static List<TextSpan> tokens(String text) {
    String bounded = bounded(text);
    List<TextSpan> out = new ArrayList<>();
    for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(bounded)) {
      int start = word.getStart();
      int[] pieces = WordSplits.of(bounded.substring(start, word.getEnd()));
      for (int i = 0; i < pieces.length; i += 2) {
        out.add(new TextSpan(start + pieces[i], start + pieces[i + 1]));
      }
    }
    return out;
  }

  /**
   * The tokenizer's pieces of one whitespace-delimited word, as start and end offsets in pairs,
   * remembered for the most recent words: the maxent model is asked once per character of a word,
   * which made tokenizing a fifth of a triage's time, and messages repeat their words. At most
   * {@link #MAX_WORDS} words are kept (then forgotten all at once); they are held in memory only.
   * Thread-safe.
   */
  static final class WordSplits {
    static final int MAX_WORDS = 100_000;
    private static final Map<String, int[]> KNOWN = new ConcurrentHashMap<>();

    private WordSplits() {}

    static int[] of(String word) {
      int[] known = KNOWN.get(word);
      if (known != null) {
        return known;
      }
      Span[] spans = TOKENIZER.get().tokenizePos(word);
      int[] pieces = new int[spans.length * 2];
      for (int i = 0; i < spans.length; i++) {
        pieces[2 * i] = spans[i].getStart();
        pieces[2 * i + 1] = spans[i].getEnd();
      }
      if (KNOWN.size() >= MAX_WORDS) {
        KNOWN.clear();
      }
      KNOWN.put(word, pieces);
      return pieces;
    }
  }

  private static String bounded(String text) {
    return TextBounds.breakLongRuns(TextBounds.cap(text));
  }

  private static List<TextSpan> toTextSpans(Span[] spans) {
    List<TextSpan> out = new ArrayList<>(spans.length);
    for (Span span : spans) {
      out.add(new TextSpan(span.getStart(), span.getEnd()));
    }
    return out;
  }

  private interface ModelFactory<M> {
    M create(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelFactory<M> factory) {
    try (InputStream in = EnglishText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0)");
      }
      return factory.create(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
