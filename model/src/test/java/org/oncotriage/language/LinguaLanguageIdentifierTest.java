package org.oncotriage.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Languages of short patient messages. */
class LinguaLanguageIdentifierTest {

  private final LanguageIdentifier identifier = LinguaLanguageIdentifier.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Can I move my appointment to Friday? | en",
        "My temp is 101.2 and I have chills | en",
        "Hola, necesito cambiar mi cita | es",
        "Tengo fiebre de 39 y escalofríos desde anoche | es",
        "Mi esposo está confundido y no puede hablar bien | es",
        "J'ai 39 de fièvre et des frissons depuis hier | fr",
        "Tenho febre de 39 graus e calafrios desde ontem à noite, depois da quimioterapia | pt",
        "Ich habe seit gestern Fieber und Schüttelfrost | de"
      })
  void shortMessagesAreToldApart(String text, String expected) {
    assertThat(identifier.identify(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ok thx!  Best, Frank", "Tenho febre e calafrios"})
  void aShortTextCloseToAServedLanguageIsUndeterminedRatherThanUnsupported(String text) {
    assertThat(identifier.identify(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "38.6", "ok", "Yes!", "  ", "101.4 F"})
  void textTooShortToTellIsUndetermined(String text) {
    assertThat(identifier.identify(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }
}
