package org.oncotriage.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.text.EnglishText;
import org.oncotriage.text.TextSpan;

/**
 * Turns a conversation into the tokens that the lexical categorizers see: every message in order, a
 * sender marker (e.g. {@code <patient>}) before each message, then the message's OpenNLP English
 * tokens in lower case. Stateless and thread-safe.
 */
public final class BagOfWords {

  private BagOfWords() {}

  /** The conversation's tokens, in order. */
  public static String[] tokens(Conversation conversation) {
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
