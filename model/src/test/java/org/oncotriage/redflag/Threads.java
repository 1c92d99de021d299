package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.List;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;

/** Small conversations for red-flag tests. */
final class Threads {

  private Threads() {}

  /** Language codes used by the tests. */
  static final class ServedLanguagesForTests {
    static final String SPANISH = "es";

    private ServedLanguagesForTests() {}
  }

  /** One message from the patient. */
  static Conversation patient(String text) {
    return Conversation.of("t", List.of(Message.of(Sender.PATIENT, text)));
  }

  /** One message from a caregiver. */
  static Conversation caregiver(String text) {
    return Conversation.of("t", List.of(Message.of(Sender.CAREGIVER, text)));
  }

  /** Messages alternating as given: each argument is {@code sender wire name + ": " + text}. */
  static Conversation thread(String... messages) {
    List<Message> out = new ArrayList<>();
    for (String m : messages) {
      int colon = m.indexOf(": ");
      Sender from = Sender.fromWireName(m.substring(0, colon)).orElseThrow();
      out.add(Message.of(from, m.substring(colon + 2)));
    }
    return Conversation.of("t", out);
  }

  /** The rule ids that fire, in finding order. */
  static List<String> rules(Conversation conversation) {
    return RedFlagRules.standard().detect(conversation).stream().map(RedFlagFinding::rule).toList();
  }

  /** The rule ids that fire when every message is read as Spanish. */
  static List<String> spanishRules(Conversation conversation) {
    return spanish(conversation).stream().map(RedFlagFinding::rule).toList();
  }

  /** The findings when every message is read as Spanish. */
  static List<RedFlagFinding> spanish(Conversation conversation) {
    List<String> languages =
        conversation.messages().stream().map(m -> ServedLanguagesForTests.SPANISH).toList();
    return RedFlagRules.standard().detect(conversation, languages);
  }

  /** The evidence text of a finding. */
  static String evidence(Conversation conversation, RedFlagFinding finding) {
    return conversation
        .messages()
        .get(finding.messageIndex())
        .text()
        .substring(finding.start(), finding.end());
  }
}
