package org.oncotriage.redflag;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a patient's short answer to a clinic question is read together with the question: "How many
 * times today?" then "8"; "Did you take your temperature?" then "38.6"; "Are you dizzy?" then
 * "yes". The question is turned to the patient's voice ({@code secondPerson}: "your" to "my") and
 * put before the answer, so the rules read both; evidence always points into the answer, never into
 * the clinic's message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param yes answers that affirm the question, at the start of the answer
 * @param no answers that deny the question, at the start of the answer
 * @param countQuestion words of a question that asks for a count ("how many"), which the answer
 *     takes the place of
 * @param count what a count answer looks like (a number, "every hour", "a dozen")
 * @param secondPerson words of the clinic's voice and their replacement in the patient's voice, in
 *     order
 * @param maxAnswerWords the longest answer, in words, that is read with the question
 */
record ThreadCues(
    Pattern yes,
    Pattern no,
    Pattern countQuestion,
    Pattern count,
    Map<Pattern, String> secondPerson,
    int maxAnswerWords) {

  /** A rule file without a {@code thread} section: answers are read alone. */
  static final ThreadCues NONE = new ThreadCues(null, null, null, null, Map.of(), 0);

  ThreadCues {
    secondPerson =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secondPerson));
    if (maxAnswerWords < 0) {
      throw new RedFlagRulesException("thread.max_answer_words must not be negative");
    }
    if (maxAnswerWords > 0) {
      Objects.requireNonNull(yes, "thread.yes");
      Objects.requireNonNull(no, "thread.no");
      Objects.requireNonNull(countQuestion, "thread.count_question");
      Objects.requireNonNull(count, "thread.count");
    }
  }

  boolean enabled() {
    return maxAnswerWords > 0;
  }

  /** The question in the patient's voice: "have you had" becomes "have i had". */
  String inPatientVoice(String question) {
    String out = question;
    for (Map.Entry<Pattern, String> e : secondPerson.entrySet()) {
      out = e.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }

  static List<String> words(String text) {
    return List.of(text.trim().split("\\s+"));
  }
}
