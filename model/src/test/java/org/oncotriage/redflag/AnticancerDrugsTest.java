package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The maintained list of anticancer treatments, and the rules that use it. */
class AnticancerDrugsTest {

  private static AnticancerDrugs read(String text) throws Exception {
    return AnticancerDrugs.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void theShippedListKnowsEachClass() {
    AnticancerDrugs drugs = AnticancerDrugs.standard();

    assertThat(drugs.size()).isGreaterThan(250);
    assertThat(drugs.classOf("Pembrolizumab")).isEqualTo("immunotherapy");
    assertThat(drugs.classOf("capecitabine")).isEqualTo("chemotherapy");
    assertThat(drugs.classOf("osimertinib")).isEqualTo("targeted");
    assertThat(drugs.classOf("folfirinox")).isEqualTo("regimen");
    assertThat(drugs.classOf("aspirin")).isNull();
  }

  @Test
  void aHyphenInANameAlsoMatchesTheNameWrittenWithoutIt() throws Exception {
    assertThat(read("5-fu\tchemotherapy\n").phrases()).containsExactly("5[-\\s]?fu");
  }

  @Test
  void anUnknownClassIsNamedWithItsLine() {
    assertThatThrownBy(() -> read("# list\nkeytruda\tmagic\n"))
        .isInstanceOf(RedFlagRulesException.class)
        .hasMessageContaining("test.tsv:2");
  }

  @Test
  void hivesAfterADrugTheListNamesAreAnInfusionReaction() {
    assertThat(Threads.rules(Threads.patient("Got my Opdivo this morning and now I have hives.")))
        .containsExactly("airway.infusion-reaction");
  }

  @Test
  void hivesWithoutAnyTreatmentMentionedAreNotAnInfusionReaction() {
    assertThat(Threads.rules(Threads.patient("I have hives from the new laundry soap."))).isEmpty();
  }

  @Test
  void aFeverAfterADrugTheListNamesSaysDuringChemotherapy() {
    var findings =
        RedFlagRules.standard().detect(Threads.patient("Day 8 after gemcitabine, temp 101.1."));

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.finding()).endsWith("during chemotherapy"));
  }
}
