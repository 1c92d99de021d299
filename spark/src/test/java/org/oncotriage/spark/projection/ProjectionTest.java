package org.oncotriage.spark.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The projection's arithmetic on a hand-computed group of 100 conversations: routed 40 oncologist,
 * 30 nurse, 30 medical assistant; most likely level 30 / 35 / 35; 20 likely billable; 5 urgent; 2
 * providers; 12 months; 250 working days; USD 25 a billed conversation, 10 avoided co-payment.
 */
class ProjectionTest {

  static final double EPS = 1e-12;

  @TempDir Path dir;

  /** Counts in Responder order: medical assistant, nurse, oncologist. */
  static GroupCounts group(String scope, long providers, long months) {
    return new GroupCounts(
        scope,
        null,
        null,
        null,
        100,
        new long[] {30, 30, 40},
        new long[] {35, 35, 30},
        20,
        5,
        providers,
        months);
  }

  /**
   * Rows truth, columns route (medical assistant, nurse, oncologist): each route is right 8 times
   * in 10; an oncologist-labeled conversation is routed to the nurse twice, to the oncologist 8
   * times. Billable: 100 evaluated, 20 labeled, 25 flagged, 15 both. Urgent: 100, 10, 10, 8.
   */
  static ErrorRates rates() {
    return new ErrorRates(
        new long[][] {{8, 2, 0}, {2, 6, 2}, {0, 2, 8}},
        new ErrorRates.Binary(100, 20, 25, 15),
        new ErrorRates.Binary(100, 10, 10, 8),
        "fixture");
  }

  static Projection.Settings settings(ErrorRates rates) {
    return new Projection.Settings(250, 0, 12, 25.0, "USD", 10.0, rates);
  }

  @Test
  void pointEstimatesSpreadTheYearOverProvidersAndWorkingDays() {
    ProjectionRow r = Projection.of(group("overall", 2, 12), settings(null));
    // 100 conversations / (2 providers x 250 days)
    assertThat(r.oncologistTodayPerProviderDay()).isCloseTo(0.2, within(EPS));
    // 40 routed to the oncologist / 500 provider-days
    assertThat(r.oncologistRoutedPerProviderDay()).isCloseTo(0.08, within(EPS));
    // need = the model's most likely level: 30 / 500
    assertThat(r.oncologistNeededPerProviderDay().point()).isCloseTo(0.06, within(EPS));
    assertThat(r.oncologistNeededPerProviderDay().hasInterval()).isFalse();
    assertThat(r.delegableShare()).isCloseTo(0.6, within(EPS));
    assertThat(r.billableFound().point()).isEqualTo(20);
    assertThat(r.billableValue().point()).isCloseTo(500, within(EPS));
    assertThat(r.avoidedCopay().point()).isCloseTo(200, within(EPS));
    assertThat(r.billableValuePerYear()).isCloseTo(500, within(EPS));
    assertThat(r.urgentFlaggedShare()).isCloseTo(0.05, within(EPS));
    assertThat(r.underTriagedShare()).isNull();
    assertThat(r.withIntervals()).isFalse();
  }

  @Test
  void errorRatesTurnDecisionsIntoEstimatesOfTheTruth() {
    ProjectionRow r = Projection.of(group("overall", 2, 12), settings(rates()));
    // need: 30 x 0/10 + 30 x 2/10 + 40 x 8/10 = 38
    assertThat(r.needsOncologistShare().point()).isCloseTo(0.38, within(EPS));
    assertThat(r.oncologistNeededPerProviderDay().point()).isCloseTo(0.076, within(EPS));
    // under-triage: 30 x 2/10 (medical assistant route, labeled higher) + 30 x 2/10 = 12
    assertThat(r.underTriagedShare().point()).isCloseTo(0.12, within(EPS));
    // billable found: 20 x 15/25 = 12; value 12 x 25 = 300; co-pay 120
    assertThat(r.billableFound().point()).isCloseTo(12, within(EPS));
    assertThat(r.billableValue().point()).isCloseTo(300, within(EPS));
    assertThat(r.avoidedCopay().point()).isCloseTo(120, within(EPS));
    // truly billable: 20 x 15/25 + 80 x 5/75 = 12 + 5.333...
    assertThat(r.billableTrue().point()).isCloseTo(12 + 80.0 / 15, within(EPS));
    // urgent: 5 x 8/10 + 95 x 2/90 = 6.111... of 100
    assertThat(r.urgentShare().point()).isCloseTo((4 + 190.0 / 90) / 100, within(EPS));
    // the need's interval takes each route's Wilson bounds: 2/10 -> [0.0567, 0.5098],
    // 8/10 -> [0.4902, 0.9433], 0/10 -> [0, 0.2775]
    assertThat(r.needsOncologistShare().low())
        .isCloseTo((30 * 0.0 + 30 * 0.05669 + 40 * 0.49016) / 100, within(1e-4));
    assertThat(r.needsOncologistShare().high())
        .isCloseTo((30 * 0.27753 + 30 * 0.50984 + 40 * 0.94331) / 100, within(1e-4));
    assertThat(r.withIntervals()).isTrue();
  }

  @Test
  void wilsonIntervalsMatchTheTextbook() {
    Wilson.Share s = new Wilson.Share(8, 10);
    assertThat(s.low()).isCloseTo(0.49016, within(1e-5));
    assertThat(s.high()).isCloseTo(0.94331, within(1e-5));
    assertThat(new Wilson.Share(0, 0).high()).isEqualTo(1.0);
  }

  @Test
  void aQuarterOfHistoryCountsAQuarterOfTheWorkingDays() {
    GroupCounts quarter =
        new GroupCounts(
            "practice",
            "p",
            null,
            null,
            30,
            new long[] {10, 10, 10},
            new long[] {10, 10, 10},
            0,
            0,
            1,
            3);
    ProjectionRow r = Projection.of(quarter, settings(null));
    // 30 conversations / (1 provider x 250 x 3/12 = 62.5 days)
    assertThat(r.workingDays()).isCloseTo(62.5, within(EPS));
    assertThat(r.oncologistTodayPerProviderDay()).isCloseTo(0.48, within(EPS));
  }

  @Test
  void withoutProvidersThereAreNoPerProviderFigures() {
    ProjectionRow r = Projection.of(group("practice", 0, 12), settings(null));
    assertThat(r.providers()).isNull();
    assertThat(r.oncologistTodayPerProviderDay()).isNull();
    assertThat(r.routedOncologistShare()).isCloseTo(0.4, within(EPS));
  }

  @Test
  void readsTheRouteMatrixOfAReportJsonWhateverTheOrderOfItsLabels() throws Exception {
    Path report = dir.resolve("report.json");
    Files.writeString(
        report,
        "{\"evaluation\":{\"conversations\":100,"
            + "\"route\":{\"confusion_matrix\":{\"rows\":\"truth\",\"columns\":\"prediction\","
            + "\"labels\":[\"oncologist\",\"nurse\",\"medical_assistant\"],"
            + "\"counts\":[[8,2,0],[2,6,2],[0,2,8]]}},"
            + "\"billable\":{\"labeled_billable\":20,\"flagged_likely\":25,\"true_positives\":15},"
            + "\"urgent\":{\"labeled_urgent\":10,\"flagged\":10,\"true_positives\":8}},"
            + "\"baseline\":null}");
    ErrorRates read = ErrorRates.read(report);
    // Responder order is medical assistant, nurse, oncologist: the matrix turns around
    assertThat(read.routeCounts()[2]).containsExactly(0, 2, 8);
    assertThat(read.routeCounts()[0]).containsExactly(8, 2, 0);
    assertThat(read.billable()).isEqualTo(new ErrorRates.Binary(100, 20, 25, 15));
  }

  @Test
  void thePageIsOneFileThatFetchesNothing() {
    ProjectionRow r = Projection.of(group("overall", 2, 12), settings(rates()));
    String html = ProjectionPage.render(java.util.List.of(r), settings(rates()), "scores");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("26.8%");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
  }
}
