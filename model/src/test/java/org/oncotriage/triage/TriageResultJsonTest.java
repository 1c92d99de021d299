package org.oncotriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Responder;
import org.oncotriage.json.Json;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.triage.TriageResult.BillableAssessment;
import org.oncotriage.triage.TriageResult.ModelIdentity;
import org.oncotriage.triage.TriageResult.ResponderAssessment;
import org.oncotriage.triage.TriageResult.UrgentAssessment;

class TriageResultJsonTest {

  private static TriageResult result(Responder level, Responder route) {
    return new TriageResult(
        "c-000123",
        route,
        new ResponderAssessment(level, new ResponderProbabilities(0.08, 0.83, 0.09)),
        new BillableAssessment(0.04, false, null, List.of()),
        new UrgentAssessment(
            true,
            0.01,
            List.of(new RedFlagFinding(2, 10, 24, "temperature 101.2 F", "fever_during_chemo"))),
        new ModelIdentity("oncotriage-default", "1"));
  }

  @Test
  void serializesToTheShapeThatApiMdFixes() throws Exception {
    JsonNode json = Json.mapper().valueToTree(result(Responder.NURSE, Responder.ONCOLOGIST));

    assertThat(json.get("id").asText()).isEqualTo("c-000123");
    assertThat(json.get("route").asText()).isEqualTo("oncologist");
    assertThat(json.at("/responder/level").asText()).isEqualTo("nurse");
    assertThat(json.at("/responder/probabilities").fieldNames())
        .toIterable()
        .containsExactly("oncologist", "nurse", "medical_assistant");
    assertThat(json.at("/billable/probability").asDouble()).isEqualTo(0.04);
    assertThat(json.at("/billable/likely").asBoolean()).isFalse();
    assertThat(json.at("/billable/eligible").isNull()).isTrue();
    assertThat(json.at("/billable/reasons").isArray()).isTrue();
    assertThat(json.at("/urgent/flag").asBoolean()).isTrue();
    assertThat(json.at("/urgent/findings/0/message_index").asInt()).isEqualTo(2);
    assertThat(json.at("/urgent/findings/0/start").asInt()).isEqualTo(10);
    assertThat(json.at("/urgent/findings/0/end").asInt()).isEqualTo(24);
    assertThat(json.at("/urgent/findings/0/finding").asText()).isEqualTo("temperature 101.2 F");
    assertThat(json.at("/model/name").asText()).isEqualTo("oncotriage-default");
  }

  @Test
  void theLanguageIsAddedWhenToldAndAbsentOtherwise() {
    TriageResult plain = result(Responder.NURSE, Responder.NURSE);
    TriageResult told =
        new TriageResult(
            plain.id(),
            plain.route(),
            plain.responder(),
            plain.billable(),
            plain.urgent(),
            plain.model(),
            new TriageResult.LanguageAssessment(
                "fr", false, List.of("fr"), "message language not supported: fr"));

    assertThat(Json.mapper().valueToTree(plain).has("language")).isFalse();
    JsonNode json = Json.mapper().valueToTree(told);
    assertThat(json.at("/language/detected").asText()).isEqualTo("fr");
    assertThat(json.at("/language/served").asBoolean()).isFalse();
    assertThat(json.at("/language/messages/0").asText()).isEqualTo("fr");
    assertThat(json.at("/language/reason").asText())
        .isEqualTo("message language not supported: fr");
  }

  @Test
  void aServedLanguageHasNoReason() {
    JsonNode json =
        Json.mapper()
            .valueToTree(new TriageResult.LanguageAssessment("es", true, List.of("es"), null));

    assertThat(json.has("reason")).isFalse();
  }

  @Test
  void aRouteBelowTheModelsLevelIsRefused() {
    assertThatThrownBy(() -> result(Responder.NURSE, Responder.MEDICAL_ASSISTANT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("routes only go up");
  }

  @Test
  void probabilitiesMustSumToOne() {
    assertThatThrownBy(() -> new ResponderProbabilities(0.5, 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1");
  }

  @Test
  void probabilityHelpersFollowTheLevelOrder() {
    ResponderProbabilities p =
        ResponderProbabilities.fromOrdinalArray(new double[] {0.2, 0.5, 0.3});

    assertThat(p.medicalAssistant()).isEqualTo(0.2);
    assertThat(p.mostLikely()).isEqualTo(Responder.NURSE);
    assertThat(p.atLeast(Responder.NURSE))
        .isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(new ResponderProbabilities(0.4, 0.4, 0.2).mostLikely())
        .as("ties go to the higher level")
        .isEqualTo(Responder.ONCOLOGIST);
  }
}
