package org.oncotriage.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.text.EnglishText;
import org.oncotriage.text.TextSpan;

/**
 * Which patient-side sentences drove the model's urgent score: the conversation is scored again
 * once per sentence with that sentence left out, and a sentence is evidence when leaving it out
 * brings the score below the threshold; when no single sentence does, the sentence whose absence
 * lowers the score most is. Each piece of evidence is a {@link RedFlagFinding} with rule {@link
 * #RULE}, offsets in the message's UTF-16 code units like every finding, and a plain-words reason
 * ("the model's urgent score 0.93 falls to 0.12 without this sentence").
 *
 * <p>Cost: one extra scoring pass over at most {@link #MAX_SENTENCES} variants, run only for flags
 * that no rule explains. Thread-safe when the scorer is.
 */
public final class LeaveOneSentenceOut {

  /** The rule id of the model's evidence. */
  public static final String RULE = "model.urgent";

  /** The most sentences tried; a longer conversation is explained by its first ones. */
  public static final int MAX_SENTENCES = 48;

  /** What stands in for a message whose only sentence is left out. */
  static final String PLACEHOLDER = ".";

  private final Function<List<Conversation>, List<Double>> scorer;

  /**
   * @param scorer the model's urgent probability of each conversation, in order
   */
  public LeaveOneSentenceOut(Function<List<Conversation>, List<Double>> scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /** A patient-side sentence: its message and its span. */
  private record Sentence(int messageIndex, int start, int end) {}

  /**
   * The evidence for a conversation that the model flags on its own.
   *
   * @param score the conversation's urgent probability
   * @param threshold the urgent threshold the score reached
   * @return the evidence, in message order; empty only when the conversation has no patient-side
   *     sentence to leave out
   */
  public List<RedFlagFinding> explain(Conversation conversation, double score, double threshold) {
    Objects.requireNonNull(conversation, "conversation");
    List<Sentence> sentences = sentences(conversation);
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<Conversation> variants = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      variants.add(without(conversation, s));
    }
    List<Double> without = scorer.apply(variants);
    if (without.size() != variants.size()) {
      throw new IllegalStateException(
          "the scorer returned " + without.size() + " scores for " + variants.size());
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (without.get(i) < threshold) {
        chosen.add(i);
      }
    }
    if (chosen.isEmpty()) {
      int most = 0;
      for (int i = 1; i < sentences.size(); i++) {
        if (without.get(i) < without.get(most)) {
          most = i;
        }
      }
      chosen.add(most);
    }
    List<RedFlagFinding> out = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      Sentence s = sentences.get(i);
      out.add(
          new RedFlagFinding(
              s.messageIndex(), s.start(), s.end(), reason(score, without.get(i)), RULE));
    }
    out.sort(
        Comparator.comparingInt(RedFlagFinding::messageIndex)
            .thenComparingInt(RedFlagFinding::start));
    return List.copyOf(out);
  }

  private static String reason(double score, double without) {
    return String.format(
        Locale.ROOT,
        "the model's urgent score %.2f falls to %.2f without this sentence;"
            + " no red-flag rule recognizes it: check it",
        score,
        without);
  }

  private static List<Sentence> sentences(Conversation conversation) {
    List<Sentence> out = new ArrayList<>();
    List<Message> messages = conversation.messages();
    for (int m = 0; m < messages.size() && out.size() < MAX_SENTENCES; m++) {
      if (messages.get(m).from() == Sender.CLINIC) {
        continue;
      }
      for (TextSpan span : EnglishText.sentences(messages.get(m).text())) {
        if (out.size() < MAX_SENTENCES && span.end() > span.start()) {
          out.add(new Sentence(m, span.start(), span.end()));
        }
      }
    }
    return out;
  }

  private static Conversation without(Conversation conversation, Sentence s) {
    List<Message> messages = new ArrayList<>(conversation.messages());
    Message message = messages.get(s.messageIndex());
    String text = message.text();
    String left = (text.substring(0, s.start()) + " " + text.substring(s.end())).strip();
    messages.set(
        s.messageIndex(),
        new Message(message.from(), message.sentAt(), left.isEmpty() ? PLACEHOLDER : left));
    return new Conversation(conversation.id(), messages, conversation.context(), null);
  }
}
