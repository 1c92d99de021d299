package org.oncotriage.redflag;

import java.util.List;
import org.oncotriage.conversation.Conversation;

/**
 * Finds urgent symptoms ({@code LABELING.md}, label 3) reported as present in a conversation, with
 * their evidence. A conversation is urgent by the rules when the list is not empty. Implementations
 * are thread-safe.
 */
public interface RedFlagDetector {

  /** The evidence of present red flags, in message order; empty when there is none. */
  List<RedFlagFinding> detect(Conversation conversation);

  /**
   * The evidence when each message's language is known, so that each is read in its own language.
   * Detectors of one language ignore the languages.
   *
   * @param messageLanguages an ISO 639-1 code (or "und") per message, in message order
   */
  default List<RedFlagFinding> detect(Conversation conversation, List<String> messageLanguages) {
    return detect(conversation);
  }

  /** How the rules read a piece of text on its own. */
  public enum Reading {
    /** No red flag is mentioned, and no symptom or part of the body either. */
    NO_MENTION,
    /**
     * No red flag is mentioned, but a symptom or a part of the body is (the book's {@code
     * symptom_words}): a sentence a nurse can check.
     */
    SYMPTOM,
    /** The detector cannot tell. */
    UNKNOWN,
    /** At least one red flag is mentioned as present (whether or not its rule is met). */
    PRESENT,
    /**
     * Red flags are mentioned, and every mention is negated, past, hypothetical, about someone
     * else, unchanged or below threshold.
     */
    SET_ASIDE
  }

  /**
   * How the detector reads {@code text} alone, as a patient's own words in {@code language}: for
   * telling whether a sentence that drove the model's urgent score is one the rules deliberately
   * set aside, or that speaks of no symptom at all. Detectors that cannot tell say {@link
   * Reading#UNKNOWN}.
   */
  default Reading read(String text, String language) {
    return Reading.UNKNOWN;
  }
}
