package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncotriage.conversation.Conversation;

/** Temperatures in both units, at and around the thresholds, with comma decimals. */
class TemperatureRuleTest {

  @ParameterizedTest(name = "{0} -> fires={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "My temp is 100.4 | true",
        "My temp is 100.3 | false",
        "Temperature 99.5 F this evening | false",
        "The thermometer says 38.0 | true",
        "The thermometer says 37.9 | false",
        "Temp 37.8 C under the tongue | false",
        "Temp 101,2 this morning | true",
        "Fever of 38,5 since noon | true",
        "It was 38.5C an hour ago and still hot | true",
        "Had a temp of 101 this afternoon | true",
        "fever 102 tonight | true",
        "running 101.2 and achy | true",
        "temp reads 39°C | true",
        "it says 102F | true",
        "Temp fine, I weigh 101 lbs | false",
        "Temp 98.6, blood pressure 140/101 | false",
        "Temp normal, day 101 after transplant | false",
        "Fever 101.2 day 10 after chemo | true",
        "temp 100.9 day 8 after chemo | true",
        "Temp fine, it has been 101 days since my transplant | false",
      })
  void readsTemperaturesAgainstTheThresholdOfTheirUnit(String text, boolean fires) {
    List<String> rules = Threads.rules(Threads.patient(text));

    assertThat(rules.contains("fever.temperature")).isEqualTo(fires);
  }

  @Test
  void theFindingStatesTheValueAndUnitAndChemotherapyTimingWhenGiven() {
    Conversation conversation = Threads.patient("Day 9 after chemo and my temp is 38,4.");

    RedFlagFinding finding = RedFlagRules.standard().detect(conversation).get(0);

    assertThat(finding.finding()).startsWith("temperature 38.4 C").endsWith("during chemotherapy");
    assertThat(Threads.evidence(conversation, finding)).isEqualTo("38,4");
  }

  @Test
  void theFindingLeavesTimingOutWhenTheTextDoesNotGiveIt() {
    RedFlagFinding finding =
        RedFlagRules.standard().detect(Threads.patient("My temp is 101.1.")).get(0);

    assertThat(finding.finding()).startsWith("temperature 101.1 F").doesNotContain("chemotherapy");
  }

  @Test
  void aNormalReadingAfterAFeverReducerDoesNotHideTheFever() {
    Conversation conversation =
        Threads.patient("Temp was 38.6, I took Tylenol and now it is 37.2 on the thermometer.");

    assertThat(Threads.rules(conversation)).containsExactly("fever.temperature");
  }
}
