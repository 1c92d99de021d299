package org.oncotriage.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;

/** The patient side's language and whether it is served, from per-message codes. */
class ConversationLanguageTest {

  /** Knows the language of each fixture text by heart. */
  private static final LanguageIdentifier FIXED =
      text ->
          Map.of(
                  "english words", "en",
                  "palabras en espanol", "es",
                  "mots en francais", "fr",
                  "longer english words here", "en",
                  "longer english words here\nmots en francais", "en")
              .getOrDefault(text, LanguageIdentifier.UNDETERMINED);

  private static Conversation of(Message... messages) {
    return Conversation.of("c", List.of(messages));
  }

  @Test
  void aSpanishConversationIsServed() {
    ConversationLanguage language =
        ConversationLanguage.of(of(Message.of(Sender.PATIENT, "palabras en espanol")), FIXED);

    assertThat(language).isEqualTo(new ConversationLanguage("es", true, List.of("es")));
    assertThat(language.unsupportedReason()).isEmpty();
  }

  @Test
  void aFrenchMessageIsNotServedAndTheReasonNamesIt() {
    ConversationLanguage language =
        ConversationLanguage.of(of(Message.of(Sender.PATIENT, "mots en francais")), FIXED);

    assertThat(language.served()).isFalse();
    assertThat(language.unsupportedReason()).hasValue("message language not supported: fr");
  }

  @Test
  void oneUnsupportedPatientMessageInAnEnglishThreadIsNamed() {
    ConversationLanguage language =
        ConversationLanguage.of(
            of(
                Message.of(Sender.PATIENT, "longer english words here"),
                Message.of(Sender.CAREGIVER, "mots en francais")),
            FIXED);

    assertThat(language.detected()).isEqualTo("en");
    assertThat(language.unsupportedReason()).hasValue("message language not supported: fr");
  }

  @Test
  void clinicMessagesDoNotDecideTheLanguage() {
    ConversationLanguage language =
        ConversationLanguage.of(
            of(
                Message.of(Sender.PATIENT, "english words"),
                Message.of(Sender.CLINIC, "mots en francais")),
            FIXED);

    assertThat(language).isEqualTo(new ConversationLanguage("en", true, List.of("en", "fr")));
  }

  @Test
  void aThreadOfBareAnswersIsUndeterminedAndServed() {
    ConversationLanguage language =
        ConversationLanguage.of(of(Message.of(Sender.PATIENT, "8")), FIXED);

    assertThat(language).isEqualTo(new ConversationLanguage("und", true, List.of("und")));
  }

  @Test
  void aPatientSideOfOneMessageIsToldOnceAndMessagesAreReadWithoutSurroundingSpace() {
    List<String> asked = new ArrayList<>();
    LanguageIdentifier counting =
        text -> {
          asked.add(text);
          return FIXED.identify(text);
        };

    ConversationLanguage language =
        ConversationLanguage.of(
            of(
                Message.of(Sender.CLINIC, "english words"),
                Message.of(Sender.PATIENT, "  palabras en espanol\n")),
            counting);

    assertThat(language).isEqualTo(new ConversationLanguage("es", true, List.of("en", "es")));
    assertThat(asked).containsExactly("english words", "palabras en espanol");
  }
}
