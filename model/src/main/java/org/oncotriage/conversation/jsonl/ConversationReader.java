package org.oncotriage.conversation.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.json.Json;

/**
 * Streams conversations from a JSON Lines source, one line at a time, so that a file of gigabytes
 * never sits in memory whole. Blank lines are ignored. A conversation without an id gets {@code
 * "<source>:<line>"}.
 *
 * <p>In {@link Mode#FAIL_FAST} the first bad line throws a {@link ConversationFormatException}
 * naming the source, the line and what is wrong. In {@link Mode#SKIP_INVALID} bad lines are skipped
 * and counted, and the first {@value #MAX_KEPT_PROBLEMS} problems are kept for a report.
 *
 * <p>Labels are optional, except in a reader of labeled data ({@link #labeled}, {@link
 * #openLabeled}, {@link #readAllLabeled}): training and evaluation read their files with one of
 * those, and there a conversation without labels is a bad line like any other ({@code /labels}), so
 * that every labeled file fails the same way, naming file and line.
 *
 * <p>Not thread-safe: one reader, one consumer.
 */
public final class ConversationReader implements Closeable, Iterable<Conversation> {

  /** How a bad line is handled. */
  public enum Mode {
    /** Throw on the first bad line. */
    FAIL_FAST,
    /** Skip bad lines and report them through {@link #problems()}. */
    SKIP_INVALID
  }

  /** How many skipped-line problems are kept; the rest are only counted. */
  static final int MAX_KEPT_PROBLEMS = 100;

  private static final ObjectReader JSON = Json.mapper().reader();

  private final BufferedReader input;
  private final String sourceName;
  private final Mode mode;
  private final boolean labelsRequired;
  private final List<ConversationFormatException> problems = new ArrayList<>();
  private long lineNumber;
  private long skipped;
  private long read;
  private Conversation pending;
  private boolean iterated;

  /** Reads {@code input}, naming it {@code sourceName} in errors; labels are optional. */
  ConversationReader(Reader input, String sourceName, Mode mode) {
    this(input, sourceName, mode, false);
  }

  private ConversationReader(Reader input, String sourceName, Mode mode, boolean labelsRequired) {
    Objects.requireNonNull(input, "input");
    this.input = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.labelsRequired = labelsRequired;
  }

  /** A reader of labeled data: a conversation without labels is a bad line. */
  static ConversationReader labeled(Reader input, String sourceName, Mode mode) {
    return new ConversationReader(input, sourceName, mode, true);
  }

  /** Opens a UTF-8 file; labels are optional. */
  public static ConversationReader open(Path file, Mode mode) throws IOException {
    return new ConversationReader(
        Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), mode);
  }

  /** Opens a UTF-8 file of labeled data, failing on the first bad or unlabeled line. */
  public static ConversationReader openLabeled(Path file) throws IOException {
    return labeled(
        Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), Mode.FAIL_FAST);
  }

  /** Reads a whole file, failing on the first bad line. For small files and tests. */
  public static List<Conversation> readAll(Path file) throws IOException {
    try (ConversationReader reader = open(file, Mode.FAIL_FAST)) {
      return readRest(reader);
    }
  }

  /** Reads a whole file of labeled data, failing on the first bad or unlabeled line. */
  public static List<Conversation> readAllLabeled(Path file) throws IOException {
    try (ConversationReader reader = openLabeled(file)) {
      return readRest(reader);
    }
  }

  private static List<Conversation> readRest(ConversationReader reader) {
    List<Conversation> all = new ArrayList<>();
    reader.forEach(all::add);
    return all;
  }

  /**
   * The next conversation, or {@code null} at the end of the source.
   *
   * @throws ConversationFormatException in fail-fast mode, on a bad line
   * @throws UncheckedIOException when the source cannot be read
   */
  public Conversation read() {
    if (pending != null) {
      Conversation next = pending;
      pending = null;
      return next;
    }
    String line;
    while ((line = nextLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      try {
        Conversation conversation = parse(line);
        read++;
        return conversation;
      } catch (ConversationFormatException e) {
        ConversationFormatException located = e.atLine(sourceName, lineNumber);
        if (mode == Mode.FAIL_FAST) {
          throw located;
        }
        skipped++;
        if (problems.size() < MAX_KEPT_PROBLEMS) {
          problems.add(located);
        }
      }
    }
    return null;
  }

  private Conversation parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending input, which may be message text.
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw ConversationFormatException.at(
          "", "not valid JSON" + (column > 0 ? " (near column " + column + ")" : ""));
    }
    long thisLine = lineNumber;
    Conversation conversation = ConversationCodec.decode(node, () -> sourceName + ":" + thisLine);
    if (labelsRequired && conversation.labels() == null) {
      throw ConversationFormatException.at(
          "/labels", "missing: labeled data needed (conversation id " + conversation.id() + ")");
    }
    return conversation;
  }

  private String nextLine() {
    try {
      String line = input.readLine();
      if (line != null) {
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + " after line " + lineNumber, e);
    }
  }

  /**
   * Iterates over the remaining conversations. A reader can be iterated once.
   *
   * @throws IllegalStateException on a second call
   */
  @Override
  public Iterator<Conversation> iterator() {
    if (iterated) {
      throw new IllegalStateException("a ConversationReader can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (pending == null) {
          pending = read();
        }
        return pending != null;
      }

      @Override
      public Conversation next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Conversation next = pending;
        pending = null;
        return next;
      }
    };
  }

  /** The remaining conversations as a sequential stream; closing the stream does not close this. */
  Stream<Conversation> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The name used for the source in errors. */
  String sourceName() {
    return sourceName;
  }

  /** Conversations returned so far. */
  long conversationsRead() {
    return read;
  }

  /** Bad lines skipped so far (always 0 in fail-fast mode). */
  long skippedLines() {
    return skipped;
  }

  /** The first {@value #MAX_KEPT_PROBLEMS} problems of skipped lines, in file order. */
  List<ConversationFormatException> problems() {
    return Collections.unmodifiableList(problems);
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
