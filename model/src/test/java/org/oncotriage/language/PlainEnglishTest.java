package org.oncotriage.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain-English test on hand-written messages, and its agreement with Lingua on them. */
class PlainEnglishTest {

  private final LanguageIdentifier lingua = LinguaLanguageIdentifier.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi, I need to move my infusion appointment on Thursday to next week if that is possible.",
        "Since my last cycle I have had nausea on and off and the ondansetron only helps a little.",
        "My husband has had a new pain in his lower back for three days and it is getting worse.",
        "I’m running 101.2 tonight and I’ve got the chills. This is day 9 from the carboplatin.",
        "Can you send the refill for my blood pressure pills to the pharmacy? Thanks so much!"
      })
  void plainEnglishIsEnglishAsLinguaSaysToo(String text) {
    assertThat(PlainEnglish.test(text)).isTrue();
    assertThat(lingua.identify(text)).isEqualTo(ServedLanguages.ENGLISH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Spanish without accents
        "Hola, tengo fiebre de 39 y escalofrios desde anoche, despues de la quimioterapia.",
        "Mi esposo esta muy cansado y no quiere comer nada desde el martes, que hacemos?",
        // mixed Spanish and English
        "Hi doctor, I have fiebre since yesterday and the dolor in my stomach is worse today.",
        "My mom tiene mucho dolor in her back and she can't sleep, what should we do about it?",
        "Thank you for the call this morning, gracias, we will be there at the appointment.",
        // Spanish with accents
        "Tengo fiebre de 39 y escalofríos desde anoche, después de la quimioterapia.",
        // French
        "J'ai de la fievre depuis hier soir et des frissons, est-ce que je dois venir?",
        "Bonjour, je voudrais changer mon rendez-vous de jeudi pour la semaine prochaine.",
        // Portuguese
        "Tenho febre de 39 graus e calafrios desde ontem a noite, depois da quimioterapia.",
        "Eu estou com muita dor nas costas e nao consigo dormir, o que devo fazer agora?",
        // Italian, German, Tagalog, Vietnamese without accents, other scripts
        "Ho la febbre da ieri sera e ho molto dolore alla schiena, cosa devo fare adesso?",
        "Ich habe seit gestern Fieber und Schuttelfrost, soll ich in die Klinik kommen?",
        "Masakit po ang ulo ko at may lagnat ako simula kahapon, ano po ang dapat kong gawin?",
        "Toi bi sot cao tu hom qua va khong an duoc gi, toi co nen den benh vien khong?",
        "我从昨天晚上开始发烧，还有点发冷，化疗以后一直这样，需要去医院吗？",
      })
  void otherLanguagesAndMixedTextAreNotPlainEnglish(String text) {
    assertThat(PlainEnglish.test(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Is it ok to get a flu shot on Keytruda?",
        "What time is my appt tmrw",
        "Ok thx! Best, Frank",
        "the and is my",
        ""
      })
  void shortNotesAreLeftToTheModel(String text) {
    assertThat(PlainEnglish.test(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Chemo Tuesday, labs Monday, scan Friday, port flush Thursday, oncology visit Wednesday.",
        "Oxaliplatin neuropathy fingertips toes cold sensitivity worsening, dose reduction option?"
      })
  void englishWithTooFewFunctionWordsIsLeftToTheModel(String text) {
    assertThat(PlainEnglish.test(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "L'oncologo mi ha detto che the scan is fine, but I still have the pain in my back.",
        "C'est the third time this week that my port has been sore, is that normal for you?"
      })
  void anElidedFrenchOrItalianWordIsNotPlainEnglish(String text) {
    assertThat(PlainEnglish.test(text)).isFalse();
  }
}
