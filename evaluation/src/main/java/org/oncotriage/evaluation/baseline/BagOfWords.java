package org.oncotriage.evaluation.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.text.EnglishText;
import org.oncotriage.text.TextSpan;

/**
 * Turns a conversation into the lowercase word tokens that the baseline categorizers see: every
 * message in order (OpenNLP's English tokenizer), a sender marker before each message. Thread-safe.
 */
final class BagOfWords {

  private BagOfWords() {}

  static String[] tokens(Conversation conversation) {
    List<String> out = new ArrayList<>();
    for (Message message : conversation.messages()) {
      out.add("<" + message.from().wireName() + ">");
      String text = message.text();
      for (TextSpan span : EnglishText.tokens(text)) {
        out.add(text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT));
      }
    }
    return out.toArray(String[]::new);
  }
}
