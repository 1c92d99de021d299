package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncotriage.conversation.Conversation;

/** The Spanish rule book: one report per rule kind, with its evidence, and the context cues. */
class SpanishRedFlagRulesTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "fever.temperature", "patient", "Tengo 38,6 de temperatura desde anoche.", "38,6"),
        Arguments.of(
            "fever.temperature", "patient", "Ando con 39 grados y escalofríos.", "39 grados"),
        Arguments.of("fever.reported", "patient", "Creo que tengo fiebre alta.", "tengo fiebre"),
        Arguments.of("fever.chills", "patient", "Tengo escalofríos muy fuertes.", "escalofríos"),
        Arguments.of(
            "breathing.trouble",
            "patient",
            "Desde la mañana me falta el aire.",
            "me falta el aire"),
        Arguments.of(
            "chest.pain", "patient", "Tengo un dolor de pecho muy fuerte.", "dolor de pecho"),
        Arguments.of(
            "bleeding.uncontrolled",
            "patient",
            "La herida no para de sangrar.",
            "no para de sangrar"),
        Arguments.of(
            "gi.black-or-bloody-stool",
            "patient",
            "Hoy las heces salieron negras.",
            "heces salieron negras"),
        Arguments.of(
            "bleeding.vomit-or-cough", "patient", "Estoy vomitando sangre.", "vomitando sangre"),
        Arguments.of(
            "neuro.confusion",
            "caregiver",
            "Mi esposo está confundido y no puede hablar bien.",
            "está confundido"),
        Arguments.of(
            "neuro.seizure",
            "caregiver",
            "Mi mamá tuvo una convulsión hace una hora.",
            "convulsión"),
        Arguments.of("neuro.fainting", "patient", "Me desmayé en el baño.", "desmayé"),
        Arguments.of(
            "cord.leg-weakness",
            "patient",
            "No puedo mover las piernas desde hoy.",
            "No puedo mover las piernas"),
        Arguments.of(
            "cord.bladder-bowel",
            "patient",
            "Perdí el control de la vejiga esta mañana.",
            "Perdí el control de la vejiga"),
        Arguments.of(
            "gi.diarrhea-count",
            "patient",
            "Tengo diarrea, ocho veces desde la mañana.",
            "diarrea"),
        Arguments.of(
            "gi.diarrhea-dizzy", "patient", "Tengo diarrea y estoy muy mareada.", "diarrea"),
        Arguments.of(
            "gi.no-fluids-down",
            "patient",
            "No puedo retener ni el agua.",
            "No puedo retener ni el agua"),
        Arguments.of("renal.no-urine", "patient", "No he orinado desde ayer.", "No he orinado"),
        Arguments.of(
            "vascular.swollen-limb",
            "patient",
            "La pantorrilla está hinchada y me duele.",
            "pantorrilla"),
        Arguments.of(
            "airway.face-neck-swelling",
            "patient",
            "Se me hinchó la cara y los labios.",
            "Se me hinchó la cara"),
        Arguments.of(
            "airway.infusion-reaction",
            "patient",
            "Después de la quimio me salieron ronchas.",
            "ronchas"),
        Arguments.of(
            "pain.uncontrolled",
            "patient",
            "El dolor es insoportable y la morfina no me ayuda.",
            "dolor"),
        Arguments.of(
            "mental.self-harm", "patient", "Ya no quiero vivir así.", "Ya no quiero vivir"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("examples")
  void aPresentReportFiresItsRuleWithTheEvidenceSpan(
      String rule, String from, String text, String evidence) {
    Conversation conversation = Threads.thread(from + ": " + text);

    List<RedFlagFinding> findings = Threads.spanish(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).contains(rule);
    RedFlagFinding finding =
        findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    assertThat(Threads.evidence(conversation, finding)).isEqualTo(evidence);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "No tengo fiebre ni escalofríos.",
        "Sin dolor de pecho, solo cansancio.",
        "No me falta el aire."
      })
  void negatedMentionsDoNotFire(String text) {
    assertThat(Threads.spanishRules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "La semana pasada tuve fiebre, ya se me quitó.",
        "El dolor de pecho ya se pasó.",
        "Hace dos meses tuve una convulsión."
      })
  void pastAndResolvedMentionsDoNotFire(String text) {
    assertThat(Threads.spanishRules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "¿Qué hago si tengo fiebre de 38?",
        "Si me da dolor de pecho, ¿voy a urgencias?",
        "¿A qué temperatura debo llamar?"
      })
  void hypotheticalsDoNotFire(String text) {
    assertThat(Threads.spanishRules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mi hijo tiene fiebre de 39, ¿puedo ir a la quimio?",
        "Mi esposa tiene tos con sangre."
      })
  void symptomsOfSomeoneElseDoNotFireWhenThePatientWrites(String text) {
    assertThat(Threads.spanishRules(Threads.patient(text))).isEmpty();
  }

  @Test
  void aTemperatureBelowThresholdDoesNotFire() {
    assertThat(Threads.spanishRules(Threads.patient("Tengo 37,5 de temperatura."))).isEmpty();
  }

  @Test
  void aBareCountAnswersCuantasVeces() {
    Conversation conversation =
        Threads.thread(
            "patient: Tengo diarrea desde ayer.",
            "clinic: ¿Cuántas veces ha ido al baño hoy?",
            "patient: 9");

    List<RedFlagFinding> findings = Threads.spanish(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("gi.diarrhea-count");
    assertThat(Threads.evidence(conversation, findings.get(0))).isEqualTo("9");
  }

  @Test
  void selfHarmNamesTheCrisisPathwayWithTheSpanishLine() {
    List<RedFlagFinding> findings = Threads.spanish(Threads.patient("Pienso en quitarme la vida."));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.finding()).contains("988"));
  }

  @Test
  void englishTextReadAsEnglishIsNotReadByTheSpanishBook() {
    assertThat(Threads.rules(Threads.patient("I'm not suicidal, just tired."))).isEmpty();
  }
}
