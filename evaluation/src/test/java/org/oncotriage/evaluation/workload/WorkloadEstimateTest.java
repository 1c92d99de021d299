package org.oncotriage.evaluation.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WorkloadEstimateTest {

  @Test
  void scalesMeasuredSharesToTheKpncPractice() {
    WorkloadEstimate w =
        WorkloadEstimate.of(WorkloadAssumptions.KPNC_DEFAULTS, 0.4, 0.3, 0.02, 0.1, 0.15);
    // 334,053 / (132 x 250) = 10.1228 a provider a day
    assertThat(w.perProviderPerDayBefore()).isCloseTo(10.1228, within(1e-4));
    assertThat(w.perProviderPerDayAfter()).isCloseTo(10.1228 * 0.4, within(1e-4));
    assertThat(w.perProviderPerDayIdeal()).isCloseTo(10.1228 * 0.3, within(1e-4));
    assertThat(w.underTriagedPerDay()).isCloseTo(334_053 * 0.02 / 250, within(1e-9));
    assertThat(w.billableFoundPerYear()).isCloseTo(33_405.3, within(1e-6));
    assertThat(w.billableValuePerYear()).isCloseTo(33_405.3 * 25, within(1e-6));
    assertThat(w.labeledBillablePerYear()).isCloseTo(334_053 * 0.15, within(1e-6));
  }

  @Test
  void rejectsAPracticeWithoutProviders() {
    assertThatThrownBy(() -> new WorkloadAssumptions(1000, 0, 250, 25, "USD"))
        .hasMessageContaining("providers=0");
  }
}
