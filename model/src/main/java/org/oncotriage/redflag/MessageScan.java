package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncotriage.text.TextSpan;

/**
 * The events of one patient-side message under one rule book, in text order: a group's finding
 * turned on, or (with a {@code null} finding) the group's findings of earlier sentences turned off.
 * When the message answers a clinic question, the scan runs over the {@link AnswerFrame} text and
 * the frame maps what it found back into the message.
 *
 * <p>One instance per message and book; not thread-safe, never shared.
 */
final class MessageScan {

  /**
   * A group's finding turned on, or (with {@code finding == null}) its findings of earlier
   * sentences turned off: within one sentence a present mention is not undone by a negated one
   * ("not making sense and seems confused").
   */
  record Event(int position, int sentenceStart, String group, RedFlagFinding finding) {}

  /**
   * A patient-side message as read: its text, its sentences and whether its writer is the patient.
   * That last is found only when a mention is first judged, since most messages mention no red
   * flag. Earlier ones serve requirements that may be met anywhere in the thread. One call's own.
   */
  static final class Seen {
    private final String text;
    private final List<TextSpan> sentences;
    private final BooleanSupplier writer;
    private Boolean writerIsPatient;

    /**
     * @param writerIsPatient tells whether the patient writes about themselves; asked at most once
     */
    Seen(String text, List<TextSpan> sentences, BooleanSupplier writerIsPatient) {
      this.text = text;
      this.sentences = sentences;
      this.writer = writerIsPatient;
    }

    String text() {
      return text;
    }

    List<TextSpan> sentences() {
      return sentences;
    }

    boolean writerIsPatient() {
      if (writerIsPatient == null) {
        writerIsPatient = writer.getAsBoolean();
      }
      return writerIsPatient;
    }
  }

  private final RuleBook book;
  private final Map<String, FirstChars> firstChars;
  private final int index;
  private final String text;
  private final Seen message;
  private final List<TextSpan> sentences;
  private final List<Seen> earlier;
  private final AnswerFrame frame;
  private final MentionBudget budget;
  private final int[] wordStarts;
  private final List<Event> events = new ArrayList<>();
  private final Map<String, Boolean> countSatisfied = new HashMap<>();
  private Boolean masked;
  private String timing;
  private int presentMentions;
  private boolean lastJudged = true;
  private int asideMentions;

  MessageScan(
      RuleBook book,
      Map<String, FirstChars> firstChars,
      int index,
      Seen message,
      List<Seen> earlier,
      AnswerFrame frame,
      MentionBudget budget) {
    this.book = book;
    this.firstChars = firstChars;
    this.index = index;
    this.text = frame == null ? message.text() : frame.text();
    this.sentences = frame == null ? message.sentences() : frame.sentences();
    this.message = message;
    this.earlier = earlier;
    this.frame = frame;
    this.budget = budget;
    this.wordStarts = wordStarts(text);
  }

  /** The events, in the message's offsets and in text order. */
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
    if (frame != null && frame.counted()) {
      events.removeIf(
          e ->
              e.finding() != null
                  && frame.inQuestion(e.position())
                  && book.rule(e.finding().rule()).count() == null);
    }
    List<Event> out = frame == null ? events : frame.toMessage(events);
    out.sort(Comparator.comparingInt(Event::position));
    return out;
  }

  /**
   * After {@link #events()}: {present, set aside} counts of the red-flag mentions read, a set-aside
   * one being negated, past, hypothetical, about someone else, unchanged or below threshold.
   */
  int[] mentions() {
    return new int[] {presentMentions, asideMentions};
  }

  private void count(boolean present) {
    if (present) {
      presentMentions++;
    } else {
      asideMentions++;
    }
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
   * Trigger phrases start with a word character, so they are tried only where a word starts with
   * two characters the rule's phrases can start with ({@link FirstChars}), rather than at every
   * character.
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
      Pattern trigger = at < next ? null : starts.patternAt(text, at);
      if (trigger == null) {
        continue;
      }
      m = CueScan.over(m, trigger, text, at, sentence.end());
      if (!m.lookingAt()) {
        continue;
      }
      next = Math.max(m.end(), at + 1);
      Mention mention = classify(rule, sentence, m.start(), m.end());
      count(mention.isEvidence());
      if (rule.turnedOffBy(mention)) {
        if (mentionsRequirements(rule, sentence)) {
          events.add(new Event(m.start(), sentence.start(), rule.group(), null));
        }
      } else if (mention.isEvidence() && !fired && qualified != Boolean.FALSE) {
        qualified = qualifies(rule, sentence);
        if (!qualified) {
          continue;
        }
        fired = !inQuestion(m.start());
        events.add(finding(rule, m.start(), m.end(), rule.finding(), sentence));
      }
    }
  }

  private Event finding(Rule rule, int start, int end, String words, TextSpan sentence) {
    return new Event(
        start,
        sentence.start(),
        rule.group(),
        new RedFlagFinding(index, start, end, words, rule.id()));
  }

  /** Whether {@code position} is in the clinic's question of an answer frame. */
  private boolean inQuestion(int position) {
    return frame != null && frame.inQuestion(position);
  }

  private int firstWordAtOrAfter(int position) {
    int i = Arrays.binarySearch(wordStarts, position);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * Negated or past mentions of the rule's topic turn its group off. A present mention in a clinic
   * question ("any fever?") is a finding that only the answer can confirm or deny.
   */
  private void scanTopic(Rule rule, TextSpan sentence) {
    Matcher m = rule.topic().matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      Mention mention = classify(rule, sentence, m.start(), m.end());
      if (rule.turnedOffBy(mention)) {
        count(false);
        events.add(new Event(m.start(), sentence.start(), rule.group(), null));
      } else if (mention.isEvidence() && frame != null && frame.inQuestion(m.start())) {
        events.add(finding(rule, m.start(), m.end(), rule.finding(), sentence));
        return;
      }
    }
  }

  private void scanTemperatures(Rule rule, TextSpan sentence) {
    TemperatureSpec spec = rule.temperature();
    if (masked == null) {
      masked = ContextCues.found(spec.masking(), text, 0, text.length());
    }
    boolean fired = false;
    for (TemperatureSpec.Reading reading : spec.readings(text, sentence.start(), sentence.end())) {
      Mention mention = classify(rule, sentence, reading.start(), reading.end());
      count(mention.isEvidence() && reading.fever());
      boolean normalReading = mention.isEvidence() && !reading.fever() && !masked && lastJudged;
      if (rule.turnedOffBy(mention) || normalReading) {
        events.add(new Event(reading.start(), sentence.start(), rule.group(), null));
      } else if (mention.isEvidence() && reading.fever() && !fired) {
        fired = !inQuestion(reading.start());
        if (timing == null) {
          timing =
              ContextCues.found(spec.timing(), text, 0, text.length()) ? spec.timingFinding() : "";
        }
        String words = rule.finding().replace("{value}", reading.words()) + timing;
        events.add(finding(rule, reading.start(), reading.end(), words, sentence));
      }
    }
  }

  /**
   * How the sentence speaks of the phrase at {@code [start, end)}. In an answer frame, the answer's
   * words are judged by the answer alone: the question gives no negation or hypothetical to them.
   */
  private Mention classify(Rule rule, TextSpan sentence, int start, int end) {
    int from = sentence.start();
    if (frame != null && !frame.inQuestion(start)) {
      from = Math.max(from, frame.answerStart());
    }
    return judge(text, from, sentence.end(), start, end, rule, message.writerIsPatient());
  }

  /**
   * {@link ContextCues#classify} while the reading's budget lasts, then present, unjudged ({@link
   * #lastJudged} false): such a mention may turn a finding on, never off.
   */
  private Mention judge(
      String in,
      int sentenceStart,
      int sentenceEnd,
      int start,
      int end,
      Rule rule,
      boolean writerIsPatient) {
    lastJudged = budget.take();
    if (!lastJudged) {
      return Mention.PRESENT;
    }
    return book.cues().classify(in, sentenceStart, sentenceEnd, start, end, rule, writerIsPatient);
  }

  /**
   * Whether the words the rule requires are in the sentence at all, present or not, so that a
   * negated or past mention speaks of the rule's symptom: "the clot in my arm is gone" does not
   * turn off a swollen, painful calf, "no swelling in my arm anymore" does, and "the chest pain
   * last week was a pulled muscle" does not turn off a severe, uncontrolled pain reported in
   * another sentence.
   */
  private boolean mentionsRequirements(Rule rule, TextSpan sentence) {
    for (Pattern required : rule.require()) {
      if (!ContextCues.found(required, text, sentence.start(), sentence.end())) {
        return false;
      }
    }
    return true;
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
    for (Pattern required : rule.require()) {
      boolean found =
          switch (rule.requireScope()) {
            case SENTENCE ->
                presentIn(required, rule, text, List.of(sentence), message.writerIsPatient());
            case MESSAGE -> presentIn(required, rule, text, sentences, message.writerIsPatient());
            case THREAD -> presentInThread(required, rule);
          };
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private boolean presentInThread(Pattern required, Rule rule) {
    if (presentIn(required, rule, text, sentences, message.writerIsPatient())) {
      return true;
    }
    for (Seen seen : earlier) {
      if (presentIn(required, rule, seen.text(), seen.sentences(), seen.writerIsPatient())) {
        return true;
      }
    }
    return false;
  }

  private boolean presentIn(
      Pattern phrases, Rule rule, String in, List<TextSpan> scope, boolean patientWrites) {
    for (TextSpan s : scope) {
      Matcher m = phrases.matcher(in).region(s.start(), s.end());
      while (m.find()) {
        if (in == text && frame != null && !frame.affirms(m.start())) {
          continue;
        }
        Mention mention = judge(in, s.start(), s.end(), m.start(), m.end(), rule, patientWrites);
        if (mention.isEvidence()) {
          return true;
        }
      }
    }
    return false;
  }
}
