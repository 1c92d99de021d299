package org.oncotriage.datagen.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.ConversationGenerator;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.datagen.intent.RedFlag.Presence;

class RedFlagTest {

  private final ConversationGenerator generator = new ConversationGenerator(9, LabelMix.DEFAULT);

  private Labels labelsOf(Intent intent, long index) {
    return generator.generate(index, List.of(List.of(intent))).conversation().labels();
  }

  @Test
  void everyRedFlagOfTheUrgentListHasAPresentPhrasing() {
    assertThat(RedFlagCatalog.all()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(RedFlagCatalog.all().stream().map(RedFlag::name))
        .contains(
            "fever",
            "chills",
            "breathing",
            "chest_pain",
            "bleeding",
            "confusion",
            "seizure",
            "fainting",
            "leg_weakness",
            "incontinence",
            "cord_compression",
            "severe_diarrhea",
            "no_fluids",
            "no_urine",
            "clot",
            "face_swelling",
            "infusion_reaction",
            "port_infection",
            "severe_pain",
            "suicidal");
  }

  @Test
  void aPresentRedFlagIsUrgentOncologistAndNotBillable() {
    for (RedFlag flag : RedFlagCatalog.all()) {
      Intent present = generator.catalog().byName(flag.intentName(Presence.PRESENT));
      for (int i = 1; i <= 20; i++) {
        assertThat(labelsOf(present, i))
            .as(flag.name())
            .isEqualTo(new Labels(Responder.ONCOLOGIST, false, true));
      }
    }
  }

  @Test
  void negatedPastHypotheticalAndBelowThresholdMentionsAreNeverUrgent() {
    int checked = 0;
    for (RedFlag flag : RedFlagCatalog.all()) {
      for (Presence p : Presence.values()) {
        if (p == Presence.PRESENT || !flag.phrasings().containsKey(p)) {
          continue;
        }
        Intent intent = generator.catalog().byName(flag.intentName(p));
        for (int i = 1; i <= 10; i++) {
          Labels labels = labelsOf(intent, i);
          assertThat(labels.urgent()).as(intent.name()).isFalse();
          assertThat(labels.billable()).as(intent.name()).isFalse();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(400);
  }

  @Test
  void hypotheticalQuestionsGoToTheNurse() {
    Intent hypothetical = generator.catalog().byName("redflag.fever.hypothetical");
    assertThat(labelsOf(hypothetical, 1)).isEqualTo(new Labels(Responder.NURSE, false, false));
  }

  @Test
  void feverTextsCarryTheirTemperatureOnTheRightSideOfTheThreshold() {
    Intent high = generator.catalog().byName("redflag.fever.present");
    Intent low = generator.catalog().byName("redflag.fever.below_threshold");
    java.util.regex.Pattern temp =
        java.util.regex.Pattern.compile("(?<![\\d.])(\\d{2,3}(?:\\.\\d)?)(?![\\d])");
    for (int i = 1; i <= 200; i++) {
      String hi =
          generator.generate(i, List.of(List.of(high))).conversation().messages().get(0).text();
      String lo =
          generator.generate(i, List.of(List.of(low))).conversation().messages().get(0).text();
      assertThat(maxTemperature(temp, hi)).as(hi).isGreaterThanOrEqualTo(100.4 - 1e-9);
      assertThat(maxTemperature(temp, lo)).as(lo).isLessThan(100.4 - 1e-9);
    }
  }

  private static double maxTemperature(java.util.regex.Pattern p, String text) {
    double max = -1;
    // a dictated date of birth ("dob 5 4 38") is no temperature
    java.util.regex.Matcher m =
        p.matcher(text.replaceAll("(?i)\\b(?:dob|date of birth)[ :]*\\d+[ /.-]\\d+[ /.-]\\d+", ""));
    while (m.find()) {
      double v = Double.parseDouble(m.group(1));
      double f = v >= 35 && v < 43 ? v * 9 / 5 + 32 : v >= 95 && v < 110 ? v : -1;
      max = Math.max(max, f);
    }
    return max;
  }
}
