package org.oncotriage.training.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.datagen.GeneratedCorpus;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.lexical.LexicalModel;
import org.oncotriage.lexical.LexicalTraining;
import org.oncotriage.model.ArtifactFormat;
import org.oncotriage.model.ArtifactSource;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.model.TriageModels;

/** Adapts the bundled model to 150 generated "practice" conversations with a fast lexical fit. */
class PracticeAdapterTest {

  private static final LexicalTraining FAST = new LexicalTraining(5, 1);
  private static final PracticeAdapter.Settings SETTINGS =
      new PracticeAdapter.Settings(3, 0.02, 7, 2, FAST);

  private static ModelArtifact base;
  private static List<Conversation> practice;
  private static List<Conversation> generated;

  @BeforeAll
  static void data() {
    base = ArtifactFormat.read(ArtifactSource.classpath(TriageModels.DEFAULT_MODEL_RESOURCE));
    practice = new GeneratedCorpus(101, LabelMix.DEFAULT).first(150);
    generated = new GeneratedCorpus(102, LabelMix.DEFAULT).first(60);
  }

  @Test
  void noFoldsLexicalPartIsTrainedOnTheConversationsItScores() {
    List<List<Conversation>> fits = new ArrayList<>();
    PracticeAdapter adapter =
        new PracticeAdapter(
            base,
            SETTINGS,
            fit -> {},
            training -> {
              fits.add(training);
              return FAST.train(training);
            });
    PracticeAdapter.Adaptation adaptation = adapter.adapt(practice, generated, "test practice");
    assertThat(fits).hasSize(SETTINGS.folds() + 1);
    for (int f = 0; f < SETTINGS.folds(); f++) {
      Set<Conversation> trainedOn = Collections.newSetFromMap(new IdentityHashMap<>());
      trainedOn.addAll(fits.get(f));
      for (int i : adaptation.folds().heldOut(f)) {
        assertThat(trainedOn).doesNotContain(practice.get(i));
      }
    }
    Set<Conversation> last = Collections.newSetFromMap(new IdentityHashMap<>());
    last.addAll(fits.get(SETTINGS.folds()));
    assertThat(last).containsAll(practice);
  }

  @Test
  void theThresholdsHoldTheBudgetOnOutOfFoldScores() {
    PracticeAdapter.Adaptation adaptation =
        new PracticeAdapter(base, SETTINGS, fit -> {}).adapt(practice, generated, "test practice");
    assertThat(adaptation.budgetErrors().underRate()).isLessThanOrEqualTo(0.02);
    assertThat(adaptation.outOfFold()).hasSize(practice.size()).doesNotContainNull();
    assertThat(adaptation.before()).hasSize(practice.size());
  }

  @Test
  void theAdaptedArtifactServesThroughItsCalibration() {
    PracticeAdapter adapter = new PracticeAdapter(base, SETTINGS, fit -> {});
    PracticeAdapter.Adaptation adaptation = adapter.adapt(practice, generated, "test practice");
    ModelArtifact adapted =
        adapter.adapted(adaptation.lexical(), adaptation.calibration(), adaptation.thresholds());
    try (var triager = TriageModels.builder().artifact(adapted).build()) {
      var network = triager.networkScores(List.of(practice.get(0))).get(0);
      var lexical = adaptation.lexical().scores(practice.get(0));
      var expected = adaptation.calibration().apply(network, lexical);
      var served = triager.scores(List.of(practice.get(0))).get(0);
      assertThat(served.billable()).isEqualTo(expected.billable());
      assertThat(served.responder()).isEqualTo(expected.responder());
    }
  }

  @Test
  void tooFewLabelsAreRefusedBeforeAnythingIsFitted() {
    List<Conversation> few = practice.subList(0, 30);
    List<LexicalModel> fits = new ArrayList<>();
    PracticeAdapter adapter =
        new PracticeAdapter(
            base,
            SETTINGS,
            fit -> {},
            training -> {
              LexicalModel m = FAST.train(training);
              fits.add(m);
              return m;
            });
    assertThatThrownBy(() -> adapter.adapt(few, generated, "few"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not enough labeled conversations to adapt")
        .hasMessageContaining("at least 20 needed");
    assertThat(fits).isEmpty();
  }
}
