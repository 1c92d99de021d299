package org.oncotriage.datagen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;

class TermStatsTest {

  private static Conversation conv(Responder level, String patient, String clinic) {
    List<Message> messages =
        clinic == null
            ? List.of(new Message(Sender.PATIENT, null, patient))
            : List.of(
                new Message(Sender.PATIENT, null, patient),
                new Message(Sender.CLINIC, null, clinic));
    return new Conversation("c", messages, null, new Labels(level, false, false));
  }

  /**
   * Four conversations: two medical assistant, one nurse, one oncologist (base 1/2, 1/4, 1/4).
   * "zofran" is in one of each level (1/3 each): lean (1/6 + 1/12 + 1/12) / 2 = 1/6. "oxycodone" is
   * only in the oncologist one (a clinic message naming it does not count): lean (1/2 + 1/4 + 3/4)
   * / 2 = 3/4, tied to the oncologist by the policy. "port" never matches inside "support".
   */
  private static TermStats fixture() {
    TermStats stats =
        new TermStats(
            ClinicalTerms.of(
                List.of(
                    new ClinicalTerms.Term("zofran", "antiemetic"),
                    new ClinicalTerms.Term("oxycodone", "controlled"),
                    new ClinicalTerms.Term("port", "artifact"))));
    stats.add(conv(Responder.MEDICAL_ASSISTANT, "Prior auth for my Zofran?", null));
    stats.add(conv(Responder.MEDICAL_ASSISTANT, "Reschedule, support group night", "oxycodone"));
    stats.add(conv(Responder.NURSE, "Zofran helps, same dose refill please", null));
    stats.add(conv(Responder.ONCOLOGIST, "Oxycodone refill; zofran too.", null));
    return stats;
  }

  private static TermStats.Row row(TermStats stats, String term) {
    return stats.rows().stream()
        .filter(r -> r.term().term().equals(term))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTermSpreadOverEveryLevelLeansLittle() {
    TermStats.Row zofran = row(fixture(), "zofran");
    assertThat(zofran.total()).isEqualTo(3);
    assertThat(zofran.distance()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(zofran.leansTo()).isEqualTo(Responder.NURSE);
    assertThat(zofran.lift()).isCloseTo(4.0 / 3, within(1e-9));
  }

  @Test
  void aPolicyTiedTermLeansButIsNotFlaggedAndClinicTextDoesNotCount() {
    TermStats stats = fixture();
    TermStats.Row oxy = row(stats, "oxycodone");
    assertThat(oxy.total()).isEqualTo(1);
    assertThat(oxy.distance()).isCloseTo(0.75, within(1e-9));
    assertThat(oxy.policyTied()).isTrue();
    assertThat(stats.flagged(1, 0.1)).extracting(r -> r.term().term()).containsExactly("zofran");
    assertThat(stats.weightedMeanDistance(1)).isCloseTo(1.0 / 6, within(1e-9));
  }

  @Test
  void termsMatchWholeWordsOnly() {
    assertThat(fixture().rows()).noneMatch(r -> r.term().term().equals("port"));
    assertThat(ClinicalTerms.normalize("CA 15-3, PET/CT!")).isEqualTo(" ca 15 3 pet ct ");
  }

  @Test
  void theStandardTermsCoverTheCatalogsAndLeaveOutAmbiguousShortOnes() {
    List<String> terms =
        ClinicalTerms.standard().terms().stream().map(ClinicalTerms.Term::term).toList();
    assertThat(terms)
        .contains("folfox", "pet scan", "ca 125", "platelets", "ondansetron", "oxycodone");
    assertThat(terms).doesNotContain("ac", "mm");
  }
}
