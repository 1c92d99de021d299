package org.oncotriage.redflag;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The context that turns a mention of a symptom off, and how far each cue reaches: negation within
 * a few words before the phrase in the same clause; hypotheticals before it in the same clause or a
 * threshold question anywhere in the sentence; the past or a resolution in the same clause (unless
 * the clause also says the symptom is ongoing), or a resolution later in the sentence when the
 * phrase's clause is in the past tense ("was 101 on Tuesday but normal since"); another person as
 * the last subject before the phrase in its clause, when the patient writes for themselves.
 *
 * <p>Immutable and thread-safe.
 */
final class ContextCues {

  private final CueScan clauseBreak;
  private final CueScan negation;
  private final int negationWindowWords;
  private final CueScan hypothetical;
  private final CueScan thresholdTalk;
  private final CueScan past;
  private final CueScan ongoing;
  private final CueScan resolution;
  private final CueScan pastTense;
  private final CueScan chronic;
  private final CueScan otherPerson;
  private final CueScan firstPerson;
  private final CueScan proxyWriter;

  /**
   * How far, in characters, context is looked for on either side of a phrase. Keeps the work per
   * phrase bounded, so a long run-on sentence costs time linear in its length.
   */
  static final int WINDOW = 240;

  /**
   * How many characters beyond {@link #WINDOW} the cues' look-arounds may see (the longest looks
   * back a few words, "until all this "). Context is read from a copy of the text cut to the window
   * and this margin, so that no regular expression sees, or is slowed by, the rest of a long
   * message.
   */
  static final int LOOK_AROUND = 64;

  private static final Pattern WORD = Pattern.compile("[\\w']+");

  /**
   * Words a negation may stand before a temperature reading ("no temp of 101"): a reading is a
   * measurement, and a "not" further back belongs to something else ("my english is not so good
   * sorry temp 38.6").
   */
  static final int TEMPERATURE_NEGATION_WORDS = 2;

  /**
   * @param clauseBreak where a clause ends: punctuation and conjunctions such as "but"
   * @param negation negation cues
   * @param negationWindowWords how many words may stand between a negation cue and the phrase
   * @param hypothetical cues of a hypothetical or a conditional
   * @param thresholdTalk cues of talk about thresholds, for temperatures and fever, in the same
   *     clause
   * @param past cues of the past
   * @param ongoing cues that the symptom goes on now, which overrule {@code past}
   * @param resolution cues that a symptom has resolved
   * @param pastTense past-tense verbs that let a later resolution reach back
   * @param chronic cues of an unchanged, usual state
   * @param otherPerson mentions of someone other than the writer
   * @param firstPerson mentions of the writer
   * @param proxyWriter cues that a message sent from the patient's account is written by a
   *     caregiver
   */
  ContextCues(
      Pattern clauseBreak,
      Pattern negation,
      int negationWindowWords,
      Pattern hypothetical,
      Pattern thresholdTalk,
      Pattern past,
      Pattern ongoing,
      Pattern resolution,
      Pattern pastTense,
      Pattern chronic,
      Pattern otherPerson,
      Pattern firstPerson,
      Pattern proxyWriter) {
    if (negationWindowWords < 0) {
      throw new RedFlagRulesException("negation_window_words must not be negative");
    }
    this.clauseBreak = scan(clauseBreak, "clauseBreak");
    this.negation = scan(negation, "negation");
    this.negationWindowWords = negationWindowWords;
    this.hypothetical = scan(hypothetical, "hypothetical");
    this.thresholdTalk = scan(thresholdTalk, "thresholdTalk");
    this.past = scan(past, "past");
    this.ongoing = scan(ongoing, "ongoing");
    this.resolution = scan(resolution, "resolution");
    this.pastTense = scan(pastTense, "pastTense");
    this.chronic = scan(chronic, "chronic");
    this.otherPerson = scan(otherPerson, "otherPerson");
    this.firstPerson = scan(firstPerson, "firstPerson");
    this.proxyWriter = scan(proxyWriter, "proxyWriter");
  }

  private static CueScan scan(Pattern pattern, String name) {
    return new CueScan(Objects.requireNonNull(pattern, name));
  }

  /**
   * How the sentence {@code [sentenceStart, sentenceEnd)} of {@code text} speaks of the phrase at
   * {@code [start, end)}, looking at most {@link #WINDOW} characters either side.
   *
   * @param rule the rule that found the phrase, for its own choices of context
   * @param writerIsPatient whether the patient writes about themselves (not a caregiver or proxy)
   */
  Mention classify(
      String text,
      int sentenceStart,
      int sentenceEnd,
      int start,
      int end,
      Rule rule,
      boolean writerIsPatient) {
    sentenceStart = Math.max(sentenceStart, start - WINDOW);
    sentenceEnd = Math.min(sentenceEnd, end + WINDOW);
    int from = Math.max(0, sentenceStart - LOOK_AROUND);
    if (from > 0 || sentenceEnd + LOOK_AROUND < text.length()) {
      text = text.substring(from, Math.min(text.length(), sentenceEnd + LOOK_AROUND));
      sentenceStart -= from;
      sentenceEnd -= from;
      start -= from;
      end -= from;
    }
    int clauseStart = clauseStart(text, sentenceStart, start);
    int clauseEnd = clauseEnd(text, end, sentenceEnd);
    if (rule.considers(Mention.HYPOTHETICAL)) {
      if (hypothetical.found(text, clauseStart, start)
          || (rule.isFever() && thresholdTalk.found(text, clauseStart, clauseEnd))) {
        return Mention.HYPOTHETICAL;
      }
    }
    if (writerIsPatient
        && rule.considers(Mention.OTHER_PERSON)
        && otherPersonIsSubject(text, clauseStart, start)) {
      return Mention.OTHER_PERSON;
    }
    int window =
        rule.temperature() != null
            ? Math.min(TEMPERATURE_NEGATION_WORDS, negationWindowWords)
            : negationWindowWords;
    if (rule.considers(Mention.NEGATED) && negated(text, clauseStart, start, window)) {
      return Mention.NEGATED;
    }
    if (rule.considers(Mention.PAST)
        && past(text, clauseStart, clauseEnd, start, end, sentenceEnd)) {
      return Mention.PAST;
    }
    if (rule.considers(Mention.CHRONIC) && chronic.found(text, sentenceStart, sentenceEnd)) {
      return Mention.CHRONIC;
    }
    return Mention.PRESENT;
  }

  /** Every cue list, for what must know the words of context (never mended as misspellings). */
  List<Pattern> patterns() {
    return List.of(
        clauseBreak.pattern(),
        negation.pattern(),
        hypothetical.pattern(),
        thresholdTalk.pattern(),
        past.pattern(),
        ongoing.pattern(),
        resolution.pattern(),
        pastTense.pattern(),
        chronic.pattern(),
        otherPerson.pattern(),
        firstPerson.pattern(),
        proxyWriter.pattern());
  }

  /** Whether a caregiver writes this message from the patient's account. */
  boolean writtenByProxy(String text) {
    return proxyWriter.found(text, 0, text.length());
  }

  private boolean negated(String text, int clauseStart, int start, int window) {
    int lastCueEnd = negation.lastEnd(text, clauseStart, start);
    if (lastCueEnd < 0) {
      return false;
    }
    Matcher words = WORD.matcher(text).region(lastCueEnd, start);
    int count = 0;
    while (words.find()) {
      count++;
    }
    return count <= window;
  }

  /** Past or resolved; cues inside the phrase itself ("so this is over") do not count. */
  private boolean past(
      String text, int clauseStart, int clauseEnd, int start, int end, int sentenceEnd) {
    boolean ongoingNow = ongoing.found(text, clauseStart, clauseEnd);
    if (resolution.found(text, clauseStart, start) || resolution.found(text, end, clauseEnd)) {
      return true;
    }
    if (!ongoingNow && past.found(text, clauseStart, clauseEnd)) {
      return true;
    }
    return pastTense.found(text, clauseStart, clauseEnd)
        && resolution.found(text, clauseEnd, nextClauseEnd(text, clauseEnd, sentenceEnd));
  }

  /**
   * Where the clause after the one ending at {@code clauseEnd} ends: a later resolution reaches
   * back one clause ("had a fever yesterday, but it's gone now"), not across a run-on sentence.
   */
  private int nextClauseEnd(String text, int clauseEnd, int sentenceEnd) {
    if (clauseEnd >= sentenceEnd) {
      return sentenceEnd;
    }
    Matcher breakHere = within(clauseBreak.pattern(), text, clauseEnd, sentenceEnd);
    int from = breakHere.lookingAt() ? Math.max(breakHere.end(), clauseEnd + 1) : clauseEnd + 1;
    return clauseEnd(text, Math.min(from, sentenceEnd), sentenceEnd);
  }

  private boolean otherPersonIsSubject(String text, int clauseStart, int start) {
    int lastOther = otherPerson.lastEnd(text, clauseStart, start);
    if (lastOther < 0) {
      return false;
    }
    return lastOther > firstPerson.lastEnd(text, clauseStart, start);
  }

  private int clauseStart(String text, int sentenceStart, int start) {
    return Math.max(sentenceStart, clauseBreak.lastEnd(text, sentenceStart, start));
  }

  private int clauseEnd(String text, int end, int sentenceEnd) {
    int next = clauseBreak.firstStart(text, end, sentenceEnd);
    return next < 0 ? sentenceEnd : next;
  }

  /**
   * A matcher of {@code pattern} over {@code [from, to)} whose look-arounds see the text around it:
   * a clause break such as {@code ", (?=took)"} ends where the next phrase starts, and a word
   * boundary at {@code from} looks at the character before it.
   */
  static Matcher within(Pattern pattern, String text, int from, int to) {
    return pattern.matcher(text).region(from, to).useTransparentBounds(true);
  }

  static boolean found(Pattern pattern, String text, int from, int to) {
    return from < to && within(pattern, text, from, to).find();
  }
}
