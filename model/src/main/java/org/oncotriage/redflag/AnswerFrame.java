package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.oncotriage.text.EnglishText;
import org.oncotriage.text.TextSpan;

/**
 * A patient's answer read together with the clinic question just before it ({@link ThreadCues}).
 * The rules scan {@link #text()}: the question in the patient's voice, then the answer; for a count
 * question the answer takes the place of "how many" ("how many times today" and "8" read "8 times
 * today"). {@link #toMessage} maps what the scan found back into the answer.
 *
 * <p>What a mention in the question part becomes depends on the answer: affirmed ("yes"), it is the
 * patient's report; counted ("8" after "how many times"), it is a report only for a rule that
 * counts; either way it is the patient's report with the answer's first words as evidence; denied
 * ("no"), it turns the symptom off; otherwise it is only context (the temperature cue of "did you
 * take your temperature" for a bare "38.6").
 *
 * <p>Immutable and thread-safe.
 */
final class AnswerFrame {

  /** How the answer speaks to the question. */
  enum Kind {
    /** A count that answers "how many": it affirms only what the question counts. */
    COUNTED,
    AFFIRMED,
    DENIED,
    CONTEXT
  }

  /** The most words a yes answer's first sentence may have. */
  static final int PLAIN_YES_WORDS = 6;

  private final String text;
  private final int answerStart;
  private final int answerLength;
  private final Kind kind;
  private final int keyStart;
  private final int keyEnd;

  private AnswerFrame(
      String text, int answerStart, int answerLength, Kind kind, int keyStart, int keyEnd) {
    this.text = text;
    this.answerStart = answerStart;
    this.answerLength = answerLength;
    this.kind = kind;
    this.keyStart = keyStart;
    this.keyEnd = keyEnd;
  }

  /**
   * The frame of {@code answer} (normalized) after the clinic message {@code clinic} (normalized),
   * or {@code null} when the clinic message asks nothing or the answer is too long.
   */
  static AnswerFrame of(String clinic, String answer, ThreadCues cues) {
    if (!cues.enabled() || clinic == null) {
      return null;
    }
    List<String> questions = questions(clinic, cues);
    int first = firstNonSpace(answer);
    if (questions.isEmpty()
        || first >= answer.length()
        || ThreadCues.words(answer).size() > cues.maxAnswerWords()) {
      return null;
    }
    Matcher count = cues.count().matcher(answer).region(first, answer.length());
    if (count.lookingAt()) {
      for (int i = questions.size() - 1; i >= 0; i--) {
        String voiced = questions.get(i);
        Matcher countWords = cues.countQuestion().matcher(voiced);
        if (countWords.find()) {
          String text =
              voiced.substring(0, countWords.start()) + answer + voiced.substring(countWords.end());
          return new AnswerFrame(
              text, countWords.start(), answer.length(), Kind.COUNTED, count.start(), count.end());
        }
      }
    }
    String voiced = String.join(" ; ", questions);
    String text = voiced + " : " + answer;
    int start = voiced.length() + 3;
    if (questions.size() == 1) {
      Matcher yes = cues.yes().matcher(answer).region(first, answer.length());
      if (yes.lookingAt() && plainYes(answer, yes.end(), cues)) {
        return new AnswerFrame(text, start, answer.length(), Kind.AFFIRMED, yes.start(), yes.end());
      }
      Matcher no = cues.no().matcher(answer).region(first, answer.length());
      if (no.lookingAt()) {
        return new AnswerFrame(text, start, answer.length(), Kind.DENIED, no.start(), no.end());
      }
    }
    return new AnswerFrame(text, start, answer.length(), Kind.CONTEXT, first, first);
  }

  /**
   * Whether the answer's first sentence is a plain yes: at most {@link #PLAIN_YES_WORDS} words,
   * with no denial after the yes ("yes, and none of those").
   */
  private static boolean plainYes(String answer, int yesEnd, ThreadCues cues) {
    int end = yesEnd;
    while (end < answer.length() && ".!?\n".indexOf(answer.charAt(end)) < 0) {
      end++;
    }
    String rest = answer.substring(yesEnd, end);
    return ThreadCues.words(answer.substring(0, end)).size() <= PLAIN_YES_WORDS
        && !cues.no().matcher(rest).find();
  }

  /**
   * The sentences of {@code clinic} that ask something, in the patient's voice, without their
   * question marks. A yes or no answers only a message that asks one thing: after "Are you taking
   * the antiemetic? Any fever?" a "yes" could answer either.
   */
  private static List<String> questions(String clinic, ThreadCues cues) {
    List<String> out = new ArrayList<>();
    for (TextSpan s : EnglishText.sentences(clinic)) {
      String sentence = clinic.substring(s.start(), s.end());
      if (sentence.indexOf('?') >= 0) {
        out.add(cues.inPatientVoice(sentence.replace('?', ' ').replace('¿', ' ').strip()));
      }
    }
    return out;
  }

  private static int firstNonSpace(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the answer starts in {@link #text()}. */
  int answerStart() {
    return answerStart;
  }

  /** The text the rules scan. */
  String text() {
    return text;
  }

  /** The sentences of {@link #text()}. */
  List<TextSpan> sentences() {
    return RuleText.sentences(text);
  }

  /**
   * The events of a scan of {@link #text()}, in the answer's offsets: events inside the answer
   * shift; findings in the question part move onto the answer's first words when affirmed, turn
   * their group off when denied, and are dropped otherwise; turn-offs in the question part are
   * dropped (the clinic's words cannot turn a report off).
   */
  List<MessageScan.Event> toMessage(List<MessageScan.Event> events) {
    List<MessageScan.Event> out = new ArrayList<>(events.size());
    int answerEnd = answerStart + answerLength;
    for (MessageScan.Event e : events) {
      if (e.position() >= answerStart && e.position() < answerEnd) {
        int sentenceStart = Math.max(0, e.sentenceStart() - answerStart);
        RedFlagFinding f = e.finding();
        out.add(
            new MessageScan.Event(
                e.position() - answerStart,
                sentenceStart,
                e.group(),
                f == null
                    ? null
                    : new RedFlagFinding(
                        f.messageIndex(),
                        f.start() - answerStart,
                        Math.min(f.end(), answerEnd) - answerStart,
                        f.finding(),
                        f.rule())));
      } else if (e.finding() != null && kind != Kind.DENIED && kind != Kind.CONTEXT) {
        RedFlagFinding f = e.finding();
        out.add(
            new MessageScan.Event(
                keyStart,
                0,
                e.group(),
                new RedFlagFinding(
                    f.messageIndex(),
                    keyStart,
                    keyEnd,
                    f.finding() + " (answer to the clinic's question)",
                    f.rule())));
      } else if (e.finding() != null && kind == Kind.DENIED) {
        out.add(new MessageScan.Event(keyStart, 0, e.group(), null));
      }
    }
    return out;
  }

  /**
   * Whether what stands at {@code position} of {@link #text()} is the patient's: the answer, or the
   * question when the answer affirms it.
   */
  boolean affirms(int position) {
    return kind == Kind.AFFIRMED || kind == Kind.COUNTED || !inQuestion(position);
  }

  /** Whether the answer is a count, which affirms only the counted symptom. */
  boolean counted() {
    return kind == Kind.COUNTED;
  }

  /** Whether {@code position} of {@link #text()} is in the question part. */
  boolean inQuestion(int position) {
    return position < answerStart || position >= answerStart + answerLength;
  }
}
