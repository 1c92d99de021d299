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
 *
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
 * @param proxyWriter cues that a message sent from the patient's account is written by a caregiver
 */
record ContextCues(
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

  /**
   * How far, in characters, context is looked for on either side of a phrase. Keeps the work per
   * phrase bounded, so a long run-on sentence costs time linear in its length.
   */
  static final int WINDOW = 240;

  private static final Pattern WORD = Pattern.compile("[\\w']+");

  /**
   * Words a negation may stand before a temperature reading ("no temp of 101"): a reading is a
   * measurement, and a "not" further back belongs to something else ("my english is not so good
   * sorry temp 38.6").
   */
  static final int TEMPERATURE_NEGATION_WORDS = 2;

  ContextCues {
    Objects.requireNonNull(clauseBreak, "clauseBreak");
    Objects.requireNonNull(negation, "negation");
    Objects.requireNonNull(hypothetical, "hypothetical");
    Objects.requireNonNull(thresholdTalk, "thresholdTalk");
    Objects.requireNonNull(past, "past");
    Objects.requireNonNull(ongoing, "ongoing");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(pastTense, "pastTense");
    Objects.requireNonNull(chronic, "chronic");
    Objects.requireNonNull(otherPerson, "otherPerson");
    Objects.requireNonNull(firstPerson, "firstPerson");
    Objects.requireNonNull(proxyWriter, "proxyWriter");
    if (negationWindowWords < 0) {
      throw new RedFlagRulesException("negation_window_words must not be negative");
    }
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
    int clauseStart = clauseStart(text, sentenceStart, start);
    int clauseEnd = clauseEnd(text, end, sentenceEnd);
    if (rule.considers(Mention.HYPOTHETICAL)) {
      if (found(hypothetical, text, clauseStart, start)
          || (rule.isFever() && found(thresholdTalk, text, clauseStart, clauseEnd))) {
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
    if (rule.considers(Mention.CHRONIC) && found(chronic, text, sentenceStart, sentenceEnd)) {
      return Mention.CHRONIC;
    }
    return Mention.PRESENT;
  }

  /** Every cue list, for what must know the words of context (never mended as misspellings). */
  List<Pattern> patterns() {
    return List.of(
        clauseBreak,
        negation,
        hypothetical,
        thresholdTalk,
        past,
        ongoing,
        resolution,
        pastTense,
        chronic,
        otherPerson,
        firstPerson,
        proxyWriter);
  }

  /** Whether a caregiver writes this message from the patient's account. */
  boolean writtenByProxy(String text) {
    return proxyWriter.matcher(text).find();
  }

  private boolean negated(String text, int clauseStart, int start, int window) {
    Matcher cue = within(negation, text, clauseStart, start);
    int lastCueEnd = -1;
    while (cue.find()) {
      lastCueEnd = cue.end();
    }
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
    boolean ongoingNow = found(ongoing, text, clauseStart, clauseEnd);
    if (found(resolution, text, clauseStart, start) || found(resolution, text, end, clauseEnd)) {
      return true;
    }
    if (!ongoingNow && found(past, text, clauseStart, clauseEnd)) {
      return true;
    }
    return found(pastTense, text, clauseStart, clauseEnd)
        && found(resolution, text, clauseEnd, nextClauseEnd(text, clauseEnd, sentenceEnd));
  }

  /**
   * Where the clause after the one ending at {@code clauseEnd} ends: a later resolution reaches
   * back one clause ("had a fever yesterday, but it's gone now"), not across a run-on sentence.
   */
  private int nextClauseEnd(String text, int clauseEnd, int sentenceEnd) {
    if (clauseEnd >= sentenceEnd) {
      return sentenceEnd;
    }
    Matcher breakHere = within(clauseBreak, text, clauseEnd, sentenceEnd);
    int from = breakHere.lookingAt() ? Math.max(breakHere.end(), clauseEnd + 1) : clauseEnd + 1;
    return clauseEnd(text, Math.min(from, sentenceEnd), sentenceEnd);
  }

  private boolean otherPersonIsSubject(String text, int clauseStart, int start) {
    int lastOther = lastEnd(otherPerson, text, clauseStart, start);
    if (lastOther < 0) {
      return false;
    }
    return lastOther > lastEnd(firstPerson, text, clauseStart, start);
  }

  private int clauseStart(String text, int sentenceStart, int start) {
    return Math.max(sentenceStart, lastEnd(clauseBreak, text, sentenceStart, start));
  }

  private int clauseEnd(String text, int end, int sentenceEnd) {
    Matcher m = within(clauseBreak, text, end, sentenceEnd);
    return m.find() ? m.start() : sentenceEnd;
  }

  private static int lastEnd(Pattern pattern, String text, int from, int to) {
    if (from >= to) {
      return -1;
    }
    Matcher m = within(pattern, text, from, to);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  /**
   * A matcher of {@code pattern} over {@code [from, to)} whose look-arounds see the text around it:
   * a clause break such as {@code ", (?=took)"} ends where the next phrase starts, and a word
   * boundary at {@code from} looks at the character before it.
   */
  private static Matcher within(Pattern pattern, String text, int from, int to) {
    return pattern.matcher(text).region(from, to).useTransparentBounds(true);
  }

  static boolean found(Pattern pattern, String text, int from, int to) {
    return from < to && within(pattern, text, from, to).find();
  }
}
