package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.text.EnglishText;
import org.oncotriage.text.TextSpan;

/**
 * The generic engine that applies a {@link RuleBook} to a conversation.
 *
 * <p>It reads the patient's and caregivers' messages in order, sentence by sentence ({@link
 * EnglishText#sentences}), and keeps, per rule group, the findings that are on: a present mention
 * adds one, a negated, past or normal one (a temperature below threshold for the fever group) turns
 * the group's earlier findings off, so a later message can turn a finding on or off. Clinic
 * messages are skipped: they are not patient reports and cannot turn a report off. Rules with
 * {@code require_rules} keep their findings only when one of those rules still holds one at the
 * end.
 *
 * <p>Thread-safe: the rule book is immutable and every call keeps its state on the stack.
 */
public final class RuleBasedRedFlagDetector implements RedFlagDetector {

  private final RuleBook book;
  private final Map<String, FirstChars> firstChars = new HashMap<>();

  /** A detector over {@code book}; see {@link RedFlagRules#standard()} for the default one. */
  RuleBasedRedFlagDetector(RuleBook book) {
    this.book = Objects.requireNonNull(book, "book");
    for (Rule rule : book.rules()) {
      if (rule.trigger() != null) {
        firstChars.put(rule.id(), FirstChars.of(rule.trigger()));
      }
    }
  }

  /** The rules this detector applies. */
  RuleBook rules() {
    return book;
  }

  @Override
  public List<RedFlagFinding> detect(Conversation conversation) {
    Objects.requireNonNull(conversation, "conversation");
    Map<String, List<RedFlagFinding>> onByGroup = new LinkedHashMap<>();
    List<Message> messages = conversation.messages();
    for (int index = 0; index < messages.size(); index++) {
      Message message = messages.get(index);
      if (message.from() == Sender.CLINIC) {
        continue;
      }
      String text = normalize(message.text());
      boolean writerIsPatient =
          message.from() == Sender.PATIENT && !book.cues().writtenByProxy(text);
      MessageScan scan = new MessageScan(index, text, writerIsPatient, EnglishText.sentences(text));
      int current = index;
      for (Event event : scan.events()) {
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

  private List<RedFlagFinding> resolveDependencies(Map<String, List<RedFlagFinding>> onByGroup) {
    Set<String> firing = new HashSet<>();
    onByGroup.values().forEach(list -> list.forEach(f -> firing.add(f.rule())));
    List<RedFlagFinding> out = new ArrayList<>();
    for (List<RedFlagFinding> list : onByGroup.values()) {
      for (RedFlagFinding finding : list) {
        Rule rule = book.rule(finding.rule());
        if (rule.requireRules().isEmpty()
            || rule.requireRules().stream().anyMatch(firing::contains)) {
          out.add(finding);
        }
      }
    }
    out.sort(
        Comparator.comparingInt(RedFlagFinding::messageIndex)
            .thenComparingInt(RedFlagFinding::start)
            .thenComparing(RedFlagFinding::rule));
    return List.copyOf(out);
  }

  /**
   * The text as the rules read it: lower case, curly apostrophes straight. One character for one,
   * so offsets stay those of the message text.
   */
  static String normalize(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      chars[i] = c == '\u2019' || c == '\u2018' || c == '\u02bc' ? '\'' : Character.toLowerCase(c);
    }
    return new String(chars);
  }

  /** Offsets where a word (letters, digits, underscore) starts, in order. */
  static int[] wordStarts(String text) {
    int[] out = new int[text.length() / 2 + 1];
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = Character.isLetterOrDigit(c) || c == '_';
      if (word && !inWord) {
        out[n++] = i;
      }
      inWord = word || (inWord && c == '\'');
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * A group's finding turned on, or (with {@code finding == null}) its findings of earlier
   * sentences turned off: within one sentence a present mention is not undone by a negated one
   * ("not making sense and seems confused").
   */
  private record Event(int position, int sentenceStart, String group, RedFlagFinding finding) {}

  /** The events of one message, in text order. */
  private final class MessageScan {
    private final int index;
    private final String text;
    private final boolean writerIsPatient;
    private final List<TextSpan> sentences;
    private final int[] wordStarts;
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Boolean> countSatisfied = new HashMap<>();
    private Boolean masked;
    private String timing;

    MessageScan(int index, String text, boolean writerIsPatient, List<TextSpan> sentences) {
      this.index = index;
      this.text = text;
      this.writerIsPatient = writerIsPatient;
      this.sentences = sentences;
      this.wordStarts = wordStarts(text);
    }

    List<Event> events() {
      for (TextSpan sentence : sentences) {
        for (Rule rule : book.rules()) {
          if (rule.temperature() != null) {
            scanTemperatures(rule, sentence);
          } else {
            scanPhrases(rule, sentence);
          }
          if (rule.topic() != null) {
            scanTopic(rule, sentence);
          }
        }
      }
      events.sort(Comparator.comparingInt(Event::position));
      return events;
    }

    /**
     * Trigger phrases start with a word character, so they are tried only where a word starts with
     * a character the rule's phrases can start with, rather than at every character.
     */
    private void scanPhrases(Rule rule, TextSpan sentence) {
      FirstChars starts = firstChars.get(rule.id());
      Matcher m = null;
      boolean fired = false;
      Boolean qualified = null;
      int next = sentence.start();
      for (int i = firstWordAtOrAfter(sentence.start()); i < wordStarts.length; i++) {
        int at = wordStarts[i];
        if (at >= sentence.end()) {
          break;
        }
        if (at < next || !starts.mayStartWith(text.charAt(at))) {
          continue;
        }
        if (m == null) {
          m = rule.trigger().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (!m.region(at, sentence.end()).lookingAt()) {
          continue;
        }
        next = Math.max(m.end(), at + 1);
        Mention mention = classify(rule, sentence, m.start(), m.end());
        if (mention.turnsOff()) {
          events.add(new Event(m.start(), sentence.start(), rule.group(), null));
        } else if (mention.isEvidence() && !fired && qualified != Boolean.FALSE) {
          qualified = qualifies(rule, sentence);
          if (!qualified) {
            continue;
          }
          fired = true;
          events.add(
              new Event(
                  m.start(),
                  sentence.start(),
                  rule.group(),
                  new RedFlagFinding(index, m.start(), m.end(), rule.finding(), rule.id())));
        }
      }
    }

    private int firstWordAtOrAfter(int position) {
      int i = Arrays.binarySearch(wordStarts, position);
      return i >= 0 ? i : -i - 1;
    }

    /** Negated or past mentions of the rule's topic turn its group off; others do nothing. */
    private void scanTopic(Rule rule, TextSpan sentence) {
      Matcher m = rule.topic().matcher(text).region(sentence.start(), sentence.end());
      while (m.find()) {
        if (classify(rule, sentence, m.start(), m.end()).turnsOff()) {
          events.add(new Event(m.start(), sentence.start(), rule.group(), null));
        }
      }
    }

    private void scanTemperatures(Rule rule, TextSpan sentence) {
      TemperatureSpec spec = rule.temperature();
      if (masked == null) {
        masked = ContextCues.found(spec.masking(), text, 0, text.length());
      }
      boolean fired = false;
      for (TemperatureSpec.Reading reading :
          spec.readings(text, sentence.start(), sentence.end())) {
        Mention mention = classify(rule, sentence, reading.start(), reading.end());
        if (mention.turnsOff() || (mention.isEvidence() && !reading.fever() && !masked)) {
          events.add(new Event(reading.start(), sentence.start(), rule.group(), null));
        } else if (mention.isEvidence() && reading.fever() && !fired) {
          fired = true;
          if (timing == null) {
            timing =
                ContextCues.found(spec.timing(), text, 0, text.length())
                    ? spec.timingFinding()
                    : "";
          }
          String words = rule.finding().replace("{value}", reading.words()) + timing;
          events.add(
              new Event(
                  reading.start(),
                  sentence.start(),
                  rule.group(),
                  new RedFlagFinding(index, reading.start(), reading.end(), words, rule.id())));
        }
      }
    }

    private Mention classify(Rule rule, TextSpan sentence, int start, int end) {
      return book.cues()
          .classify(text, sentence.start(), sentence.end(), start, end, rule, writerIsPatient);
    }

    /** Whether the rule's other conditions hold for a present mention in {@code sentence}. */
    private boolean qualifies(Rule rule, TextSpan sentence) {
      if (rule.unless() != null
          && ContextCues.found(rule.unless(), text, sentence.start(), sentence.end())) {
        return false;
      }
      if (rule.count() != null
          && !countSatisfied.computeIfAbsent(rule.id(), id -> rule.count().satisfiedBy(text))) {
        return false;
      }
      List<TextSpan> scope =
          rule.requireScope() == Rule.Scope.SENTENCE ? List.of(sentence) : sentences;
      for (var required : rule.require()) {
        if (!presentIn(required, rule, scope)) {
          return false;
        }
      }
      return true;
    }

    private boolean presentIn(java.util.regex.Pattern phrases, Rule rule, List<TextSpan> scope) {
      for (TextSpan s : scope) {
        Matcher m = phrases.matcher(text).region(s.start(), s.end());
        while (m.find()) {
          if (classify(rule, s, m.start(), m.end()).isEvidence()) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
