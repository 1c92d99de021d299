package org.oncotriage.datagen.stats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;

/**
 * Label mix and text diversity of a set of conversations. Words are maximal runs of letters, digits
 * and apostrophes, lower-cased; word 5-grams do not cross message boundaries. Not thread-safe:
 * accumulate with {@link #add}, then read.
 */
public final class DiversityStats {

  private long conversations;
  private long messages;
  private long words;
  private final Map<Responder, Long> responders = new HashMap<>();
  private long billable;
  private long urgent;
  private long labeled;
  private final Set<String> vocabulary = new HashSet<>();
  private final Set<String> fiveGrams = new HashSet<>();
  private final Set<String> texts = new HashSet<>();
  private long duplicateTexts;

  public void add(Conversation conversation) {
    conversations++;
    StringBuilder whole = new StringBuilder();
    for (Message message : conversation.messages()) {
      messages++;
      whole.append(message.text()).append('\u0001');
      List<String> tokens = tokens(message.text());
      words += tokens.size();
      vocabulary.addAll(tokens);
      for (int i = 0; i + 5 <= tokens.size(); i++) {
        fiveGrams.add(String.join(" ", tokens.subList(i, i + 5)));
      }
    }
    if (!texts.add(whole.toString())) {
      duplicateTexts++;
    }
    countLabels(conversation.labels());
  }

  /** Counts only the labels of {@code conversation} (cheap; for summaries). */
  public void addLabels(Conversation conversation) {
    conversations++;
    countLabels(conversation.labels());
  }

  private void countLabels(Labels labels) {
    if (labels != null) {
      labeled++;
      responders.merge(labels.responder(), 1L, Long::sum);
      billable += labels.billable() ? 1 : 0;
      urgent += labels.urgent() ? 1 : 0;
    }
  }

  static List<String> tokens(String text) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }

  public long conversations() {
    return conversations;
  }

  /** Distinct word 5-grams per 1,000 words. */
  public double distinctFiveGramsPerThousandWords() {
    return words == 0 ? 0 : 1000.0 * fiveGrams.size() / words;
  }

  /** Conversations whose text (all messages) equals an earlier one's. */
  public long duplicateTexts() {
    return duplicateTexts;
  }

  /** Distinct lower-cased words. */
  public int vocabularySize() {
    return vocabulary.size();
  }

  public double messagesPerConversation() {
    return conversations == 0 ? 0 : (double) messages / conversations;
  }

  /** Share of labeled conversations with this responder, in [0, 1]. */
  public double share(Responder responder) {
    return labeled == 0 ? 0 : (double) responders.getOrDefault(responder, 0L) / labeled;
  }

  public double billableShare() {
    return labeled == 0 ? 0 : (double) billable / labeled;
  }

  public double urgentShare() {
    return labeled == 0 ? 0 : (double) urgent / labeled;
  }

  /** The label mix in one line, e.g. {@code oncologist 30.1%, nurse 37.2%, ...}. */
  public String labelMixLine() {
    return String.format(
        Locale.ROOT,
        "oncologist %.1f%%, nurse %.1f%%, medical_assistant %.1f%%, billable %.1f%%, urgent %.1f%%",
        100 * share(Responder.ONCOLOGIST),
        100 * share(Responder.NURSE),
        100 * share(Responder.MEDICAL_ASSISTANT),
        100 * billableShare(),
        100 * urgentShare());
  }

  /** Every figure, one per line. */
  public String report() {
    return String.format(
        Locale.ROOT,
        "conversations: %d%nlabel mix: %s%nmessages per conversation: %.2f%nwords: %d%n"
            + "distinct word 5-grams per 1,000 words: %.1f%nduplicate texts: %d%nvocabulary: %d words%n",
        conversations,
        labelMixLine(),
        messagesPerConversation(),
        words,
        distinctFiveGramsPerThousandWords(),
        duplicateTexts,
        vocabularySize());
  }
}
