package org.oncotriage.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.triage.Scores;

class HeadsTest {

  @Test
  void theThreeHeadsInOutputOrderAreResponderBillableUrgent() {
    assertThat(Heads.ALL).extracting(Head::name).containsExactly("responder", "billable", "urgent");
    assertThat(Heads.ALL).extracting(Head::units).containsExactly(3, 1, 1);
    assertThat(Heads.ALL)
        .extracting(Head::activation)
        .containsExactly(Head.Activation.SOFTMAX, Head.Activation.SIGMOID, Head.Activation.SIGMOID);
    assertThat(Heads.ALL).extracting(Head::lossWeight).containsOnly(1.0);
    assertThat(Heads.index(Heads.URGENT)).isEqualTo(2);
  }

  @Test
  void theResponderClassesAreTheLevelsWireNamesInOrdinalOrder() {
    assertThat(Heads.RESPONDER.classes())
        .containsExactly("medical_assistant", "nurse", "oncologist");
  }

  @Test
  void scoresTakeEachHeadsProbabilitiesInOutputOrder() {
    // Responder in ordinal order (medical assistant, nurse, oncologist), then billable, urgent.
    Scores s = Heads.scores(new double[][] {{0.2, 0.5, 0.3}, {0.8}, {0.1}});
    assertThat(s.responder().medicalAssistant()).isEqualTo(0.2);
    assertThat(s.responder().nurse()).isEqualTo(0.5);
    assertThat(s.responder().oncologist()).isEqualTo(0.3);
    assertThat(s.billable()).isEqualTo(0.8);
    assertThat(s.urgent()).isEqualTo(0.1);
  }

  @Test
  void scoresRefuseAWrongNumberOfHeadsOrUnits() {
    assertThatThrownBy(() -> Heads.scores(new double[][] {{0.2, 0.5, 0.3}, {0.8}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 heads, received 2");
    assertThatThrownBy(() -> Heads.scores(new double[][] {{0.5, 0.5}, {0.8}, {0.1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("head responder has 3 units, received 2");
  }

  @Test
  void aHeadThatIsNotOneOfTheNetworksHasNoIndex() {
    assertThatThrownBy(() -> Heads.index(Head.sigmoid("interpreter", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interpreter");
  }

  @Test
  void aHeadChecksItsDefinition() {
    assertThat(Head.softmax("level", List.of("a", "b"), 0.5).units()).isEqualTo(2);
    assertThatThrownBy(() -> Head.softmax("level", List.of("a"), 1.0))
        .hasMessageContaining("at least 2 classes");
    assertThatThrownBy(() -> new Head("flag", Head.Activation.SIGMOID, List.of("yes"), 1.0))
        .hasMessageContaining("no classes");
    assertThatThrownBy(() -> Head.sigmoid("flag", 0.0)).hasMessageContaining("received 0.0");
    assertThatThrownBy(() -> Head.sigmoid("flag", Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> Head.sigmoid("Flag Head", 1.0)).hasMessageContaining("snake_case");
  }
}
