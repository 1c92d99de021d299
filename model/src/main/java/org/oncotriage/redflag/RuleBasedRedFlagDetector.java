package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.text.TextBounds;

/**
 * The generic engine that applies rule books, one per language, to a conversation.
 *
 * <p>It reads the patient's and caregivers' messages in order, sentence by sentence ({@link
 * RuleText#sentences}), and keeps, per rule group, the findings that are on: a present mention adds
 * one, a negated, past or normal one (a temperature below threshold for the fever group) turns the
 * group's earlier findings off, so a later message can turn a finding on or off. Clinic messages
 * are not patient reports and cannot turn a report off; a clinic question is read together with the
 * patient's short answer that follows it ({@link AnswerFrame}). Rules with {@code require_rules}
 * keep their findings only when one of those rules still holds one at the end.
 *
 * <p>Languages: a message in a language that has a book is read with that book; a message whose
 * language is not known (too short to tell, or not given) or has no book is read with every book,
 * so a missed red flag never hangs on language identification. Books share rule ids and groups, so
 * a Spanish message can turn off what an English one reported.
 *
 * <p>Each message is read within {@link TextBounds} (its first {@value TextBounds#MAX_TEXT_CHARS}
 * characters), like every other reader of the text, so the work per message is bounded.
 *
 * <p>Thread-safe: the rule books are immutable and every call keeps its state on the stack.
 */
public final class RuleBasedRedFlagDetector implements RedFlagDetector {

  private final Map<String, RuleBook> books;
  private final RuleBook defaultBook;
  private final Map<RuleBook, Map<String, FirstChars>> firstChars = new HashMap<>();
  private final Map<String, Rule> rulesById = new HashMap<>();
  private final Misspellings misspellings;

  /** A detector over one book; see {@link RedFlagRules#standard()} for the default one. */
  public RuleBasedRedFlagDetector(RuleBook book) {
    this(List.of(book));
  }

  /**
   * A detector over books of different languages, the first one the default.
   *
   * @throws IllegalArgumentException when two books state the same language
   */
  public RuleBasedRedFlagDetector(List<RuleBook> books) {
    Map<String, RuleBook> byLanguage = new LinkedHashMap<>();
    for (RuleBook book : books) {
      Objects.requireNonNull(book, "book");
      if (byLanguage.put(book.language(), book) != null) {
        throw new IllegalArgumentException("two rule books for language " + book.language());
      }
      Map<String, FirstChars> starts = new HashMap<>();
      for (Rule rule : book.rules()) {
        rulesById.putIfAbsent(rule.id(), rule);
        if (rule.trigger() != null) {
          starts.put(rule.id(), FirstChars.of(rule.trigger()));
        }
      }
      firstChars.put(book, starts);
    }
    if (byLanguage.isEmpty()) {
      throw new IllegalArgumentException("no rule book");
    }
    this.books = Map.copyOf(byLanguage);
    this.defaultBook = books.get(0);
    this.misspellings = Misspellings.of(books);
  }

  /** The default rule book (the first one given). */
  public RuleBook rules() {
    return defaultBook;
  }

  /** The languages (ISO 639-1) that have a rule book. */
  public Set<String> languages() {
    return books.keySet();
  }

  /**
   * Reads every message with the default book, as when every message is known to be in its
   * language; {@link #detect(Conversation, List)} reads each message with the book of its own.
   */
  @Override
  public List<RedFlagFinding> detect(Conversation conversation) {
    List<String> languages = new ArrayList<>();
    conversation.messages().forEach(m -> languages.add(defaultBook.language()));
    return detect(conversation, languages);
  }

  /**
   * The findings, reading each message with the book of its language.
   *
   * @param messageLanguages ISO 639-1 code per message, in message order; a missing entry, {@code
   *     null} or a language without a book reads the message with every book
   */
  @Override
  public List<RedFlagFinding> detect(Conversation conversation, List<String> messageLanguages) {
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(messageLanguages, "messageLanguages");
    Map<String, List<RedFlagFinding>> onByGroup = new LinkedHashMap<>();
    Map<RuleBook, List<MessageScan.Seen>> earlier = new HashMap<>();
    MentionBudget budget = MentionBudget.perReading();
    List<Message> messages = conversation.messages();
    String clinic = null;
    for (int index = 0; index < messages.size(); index++) {
      Message message = messages.get(index);
      String text = misspellings.mend(RuleText.normalize(TextBounds.cap(message.text())));
      if (message.from() == Sender.CLINIC) {
        clinic = text;
        continue;
      }
      String language = index < messageLanguages.size() ? messageLanguages.get(index) : null;
      List<MessageScan.Event> events = new ArrayList<>();
      var sentences = RuleText.sentences(text);
      List<RuleBook> reading = booksFor(language);
      for (RuleBook book : books.values()) {
        String written = text;
        MessageScan.Seen seen =
            new MessageScan.Seen(
                text,
                sentences,
                () -> message.from() == Sender.PATIENT && !book.cues().writtenByProxy(written));
        List<MessageScan.Seen> before = earlier.computeIfAbsent(book, b -> new ArrayList<>());
        if (reading.contains(book)) {
          AnswerFrame frame = AnswerFrame.of(clinic, text, book.thread());
          events.addAll(
              new MessageScan(book, firstChars.get(book), index, seen, before, frame, budget)
                  .events());
        }
        before.add(seen);
      }
      events.sort(Comparator.comparingInt(MessageScan.Event::position));
      clinic = null;
      int current = index;
      for (MessageScan.Event event : events) {
        List<RedFlagFinding> on = onByGroup.computeIfAbsent(event.group(), g -> new ArrayList<>());
        if (event.finding() == null) {
          int sentenceStart = event.sentenceStart();
          on.removeIf(f -> f.messageIndex() < current || f.start() < sentenceStart);
        } else {
          on.add(event.finding());
        }
      }
    }
    return resolveDependencies(onByGroup);
  }

  /**
   * How the rules read {@code text} alone, as a patient's own message in {@code language} ("und" or
   * {@code null}: every book): for telling whether a sentence that drove the model's urgent score
   * is one the rules deliberately set aside ("no fever", "the chest pain last month").
   */
  @Override
  public Reading read(String text, String language) {
    Objects.requireNonNull(text, "text");
    String normalized = misspellings.mend(RuleText.normalize(TextBounds.cap(text)));
    var sentences = RuleText.sentences(normalized);
    int present = 0;
    int aside = 0;
    MentionBudget budget = MentionBudget.perReading();
    for (RuleBook book : booksFor(language)) {
      MessageScan.Seen seen = new MessageScan.Seen(normalized, sentences, () -> true);
      MessageScan scan =
          new MessageScan(book, firstChars.get(book), 0, seen, List.of(), null, budget);
      scan.events();
      present += scan.mentions()[0];
      aside += scan.mentions()[1];
    }
    if (present > 0) {
      return Reading.PRESENT;
    }
    if (aside > 0) {
      return Reading.SET_ASIDE;
    }
    for (RuleBook book : booksFor(language)) {
      if (book.symptomWords() != null && book.symptomWords().matcher(normalized).find()) {
        return Reading.SYMPTOM;
      }
    }
    return Reading.NO_MENTION;
  }

  private List<RuleBook> booksFor(String language) {
    RuleBook book = language == null ? null : books.get(language);
    return book != null ? List.of(book) : List.copyOf(books.values());
  }

  private List<RedFlagFinding> resolveDependencies(Map<String, List<RedFlagFinding>> onByGroup) {
    Set<String> firing = new HashSet<>();
    onByGroup.values().forEach(list -> list.forEach(f -> firing.add(f.rule())));
    Set<RedFlagFinding> out = new LinkedHashSet<>();
    for (List<RedFlagFinding> list : onByGroup.values()) {
      for (RedFlagFinding finding : list) {
        Rule rule = rulesById.get(finding.rule());
        if (rule.requireRules().isEmpty()
            || rule.requireRules().stream().anyMatch(firing::contains)) {
          out.add(finding);
        }
      }
    }
    List<RedFlagFinding> sorted = new ArrayList<>(out);
    sorted.sort(
        Comparator.comparingInt(RedFlagFinding::messageIndex)
            .thenComparingInt(RedFlagFinding::start)
            .thenComparing(RedFlagFinding::rule));
    return List.copyOf(sorted);
  }
}
