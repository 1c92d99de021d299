package org.oncotriage.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;

/**
 * The languages of a conversation: one code per message, and for the patient side (patient and
 * caregiver messages, which the labels describe) its language, told from all its text together
 * (longer text is told more surely), and whether it is served.
 *
 * @param detected the language of the patient side's text, ISO 639-1, or "und" when it is too short
 *     to tell
 * @param served whether the patient side and each of its messages is in a served language or
 *     undetermined
 * @param messages the code of each message, in message order ("und" for a message too short)
 */
public record ConversationLanguage(String detected, boolean served, List<String> messages) {

  public ConversationLanguage {
    Objects.requireNonNull(detected, "detected");
    messages = List.copyOf(messages);
  }

  /** The languages of {@code conversation} as {@code identifier} tells them. */
  public static ConversationLanguage of(Conversation conversation, LanguageIdentifier identifier) {
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(identifier, "identifier");
    List<String> codes = new ArrayList<>();
    List<String> patientTexts = new ArrayList<>();
    String patientCode = null;
    boolean served = true;
    for (Message message : conversation.messages()) {
      String text = message.text().strip();
      String code = identifier.identify(text);
      codes.add(code);
      if (message.from() != Sender.CLINIC) {
        patientTexts.add(text);
        patientCode = code;
        served &= ServedLanguages.isServed(code);
      }
    }
    // One patient-side message is the whole patient side: its language is already told.
    String detected =
        patientTexts.size() == 1
            ? patientCode
            : identifier.identify(String.join("\n", patientTexts).strip());
    return new ConversationLanguage(detected, served && ServedLanguages.isServed(detected), codes);
  }

  /**
   * The reason to send the conversation at least to a nurse when a patient-side message is in a
   * language not served, naming that language: "message language not supported: fr".
   */
  public Optional<String> unsupportedReason() {
    if (served) {
      return Optional.empty();
    }
    String language =
        ServedLanguages.isServed(detected)
            ? messages.stream().filter(c -> !ServedLanguages.isServed(c)).findFirst().orElseThrow()
            : detected;
    return Optional.of("message language not supported: " + language);
  }
}
