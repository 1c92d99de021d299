package org.oncotriage.training.adapt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.oncotriage.calibration.Calibration;
import org.oncotriage.calibration.LogitPool;
import org.oncotriage.calibration.SoftmaxPool;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.decision.ThresholdSelector;
import org.oncotriage.decision.ValidationOutcome;
import org.oncotriage.lexical.LexicalModel;
import org.oncotriage.lexical.LexicalTraining;
import org.oncotriage.model.LexicalCompanion;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.triage.Scores;
import org.oncotriage.triage.TriageResult;

/**
 * Adapts a trained model to a practice's labeled conversations, keeping its network: refits the
 * lexical part on generated and practice conversations together, fits the {@link Calibration} that
 * pools the network's and the lexical model's heads, and re-chooses the decision thresholds under
 * an under-triage budget ({@link BudgetedRouting}), all on out-of-fold scores.
 *
 * <p>Two levels of cross-validation keep every figure honest. The lexical part of fold {@code f} is
 * trained without fold {@code f}, which gives each practice conversation a lexical score from a
 * model that never saw it. The calibration and thresholds of fold {@code f} are fitted on those
 * out-of-fold scores of the other folds only, and fold {@code f} is then triaged by the real
 * triager built from that fold's parts: the out-of-fold results are what the served code path would
 * have said of conversations it was not fitted on. The adapted model itself is fitted on all the
 * practice data the same way (lexical part on everything; calibration and thresholds on the
 * out-of-fold scores). Not thread-safe; one adaptation at a time.
 */
public final class PracticeAdapter {

  /**
   * How to adapt.
   *
   * @param folds cross-validation folds, at least 2
   * @param maxUnderTriage the routing's under-triage budget, a rate in [0, 1)
   * @param seed seeds the folds
   * @param practiceRepeat how many times each practice conversation is repeated among the generated
   *     ones when the lexical part is refit (its weight against the generated data)
   * @param lexicalTraining the lexical part's training settings
   */
  public record Settings(
      int folds,
      double maxUnderTriage,
      long seed,
      int practiceRepeat,
      LexicalTraining lexicalTraining) {
    public Settings {
      if (folds < 2) {
        throw new IllegalArgumentException("folds must be at least 2, received " + folds);
      }
      if (!(maxUnderTriage >= 0 && maxUnderTriage < 1)) {
        throw new IllegalArgumentException(
            "the under-triage budget must be in [0, 1), received " + maxUnderTriage);
      }
      if (practiceRepeat < 1) {
        throw new IllegalArgumentException(
            "practice repeat must be at least 1, received " + practiceRepeat);
      }
      Objects.requireNonNull(lexicalTraining, "lexicalTraining");
    }
  }

  /**
   * What adaptation made.
   *
   * @param lexical the refit lexical model (on all practice data)
   * @param calibration the calibration (on all out-of-fold scores)
   * @param thresholds the thresholds (on all out-of-fold scores)
   * @param budgetErrors the routing errors of {@code thresholds} on the out-of-fold scores
   * @param before the base model's results on the practice conversations, in their order
   * @param outOfFold each practice conversation's result from the fold model that did not see it
   * @param folds the fold assignment
   */
  public record Adaptation(
      LexicalModel lexical,
      Calibration calibration,
      DecisionThresholds thresholds,
      BudgetedRouting.Errors budgetErrors,
      List<TriageResult> before,
      List<TriageResult> outOfFold,
      StratifiedFolds folds) {}

  private final ModelArtifact base;
  private final Settings settings;
  private final IntConsumer progress;
  private final Function<List<Conversation>, LexicalModel> lexicalFitter;

  /**
   * @param base the model to adapt
   * @param progress told the number of each lexical fit as it starts (1 to folds + 1)
   */
  public PracticeAdapter(ModelArtifact base, Settings settings, IntConsumer progress) {
    this(base, settings, progress, settings.lexicalTraining()::train);
  }

  /** With the lexical training replaced, so that tests can see what each fit was given. */
  PracticeAdapter(
      ModelArtifact base,
      Settings settings,
      IntConsumer progress,
      Function<List<Conversation>, LexicalModel> lexicalFitter) {
    this.base = Objects.requireNonNull(base, "base");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.lexicalFitter = Objects.requireNonNull(lexicalFitter, "lexicalFitter");
  }

  /**
   * Adapts the base model.
   *
   * @param practice the practice's labeled conversations (checked by {@link PracticeSufficiency})
   * @param generated labeled generated conversations trained on beside them
   * @param fittedOn the practice data in words, for the calibration's record
   */
  public Adaptation adapt(
      List<Conversation> practice, List<Conversation> generated, String fittedOn) {
    List<String> missing = PracticeSufficiency.missing(practice, settings.folds());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "not enough labeled conversations to adapt: " + String.join("; ", missing));
    }
    StratifiedFolds folds =
        StratifiedFolds.assign(
            practice,
            settings.folds(),
            settings.seed(),
            c -> c.labels().urgent() ? "urgent" : c.labels().responder().wireName());
    List<Labels> truth = practice.stream().map(Conversation::labels).toList();

    List<TriageResult> before;
    List<Scores> network;
    try (ModelTriager baseTriager = TriageModels.builder().artifact(base).build()) {
      before = baseTriager.triageBatch(practice);
      network = baseTriager.networkScores(practice);
    }
    boolean[] rulesUrgent = new boolean[practice.size()];
    for (int i = 0; i < rulesUrgent.length; i++) {
      rulesUrgent[i] = !before.get(i).urgent().findings().isEmpty();
    }

    Scores[] lexicalOutOfFold = new Scores[practice.size()];
    LexicalModel[] foldLexical = new LexicalModel[settings.folds()];
    for (int f = 0; f < settings.folds(); f++) {
      progress.accept(f + 1);
      foldLexical[f] = trainLexical(practice, folds.fittedOn(f), generated);
      for (int i : folds.heldOut(f)) {
        lexicalOutOfFold[i] = foldLexical[f].scores(practice.get(i));
      }
    }
    List<Scores> lexical = Arrays.asList(lexicalOutOfFold);

    TriageResult[] outOfFold = new TriageResult[practice.size()];
    for (int f = 0; f < settings.folds(); f++) {
      List<Integer> fitted = folds.fittedOn(f);
      Calibration calibration = fitCalibration(fitted, network, lexical, truth, fittedOn);
      DecisionThresholds thresholds =
          chooseThresholds(fitted, calibration, network, lexical, truth, rulesUrgent).thresholds();
      List<Integer> held = folds.heldOut(f);
      List<Conversation> heldConversations = held.stream().map(practice::get).toList();
      ModelArtifact foldArtifact = adapted(foldLexical[f], calibration, thresholds);
      try (ModelTriager foldTriager = TriageModels.builder().artifact(foldArtifact).build()) {
        List<TriageResult> results = foldTriager.triageBatch(heldConversations);
        for (int k = 0; k < held.size(); k++) {
          outOfFold[held.get(k)] = results.get(k);
        }
      }
    }

    progress.accept(settings.folds() + 1);
    List<Integer> all = all(practice.size());
    LexicalModel finalLexical = trainLexical(practice, all, generated);
    Calibration calibration = fitCalibration(all, network, lexical, truth, fittedOn);
    ThresholdChoice choice =
        chooseThresholds(all, calibration, network, lexical, truth, rulesUrgent);
    return new Adaptation(
        finalLexical,
        calibration,
        choice.thresholds(),
        choice.errors(),
        List.copyOf(before),
        List.of(outOfFold),
        folds);
  }

  /** The base artifact with a new lexical part, calibration and thresholds (same identity). */
  ModelArtifact adapted(
      LexicalModel lexical, Calibration calibration, DecisionThresholds thresholds) {
    double weight = base.lexical() == null ? 0.5 : base.lexical().weight();
    return base.withLexical(new LexicalCompanion(lexical, weight))
        .withCalibration(calibration)
        .withThresholds(thresholds);
  }

  private LexicalModel trainLexical(
      List<Conversation> practice, List<Integer> indices, List<Conversation> generated) {
    List<Conversation> training = new ArrayList<>(generated);
    for (int r = 0; r < settings.practiceRepeat(); r++) {
      for (int i : indices) {
        training.add(practice.get(i));
      }
    }
    return lexicalFitter.apply(training);
  }

  private Calibration fitCalibration(
      List<Integer> indices,
      List<Scores> network,
      List<Scores> lexical,
      List<Labels> truth,
      String fittedOn) {
    int n = indices.size();
    double[][][] responderSources = new double[n][][];
    double[][] billableSources = new double[n][];
    double[][] urgentSources = new double[n][];
    int[] level = new int[n];
    boolean[] billable = new boolean[n];
    boolean[] urgent = new boolean[n];
    for (int k = 0; k < n; k++) {
      int i = indices.get(k);
      responderSources[k] =
          new double[][] {
            network.get(i).responder().toOrdinalArray(), lexical.get(i).responder().toOrdinalArray()
          };
      billableSources[k] = new double[] {network.get(i).billable(), lexical.get(i).billable()};
      urgentSources[k] = new double[] {network.get(i).urgent()};
      level[k] = truth.get(i).responder().ordinal();
      billable[k] = truth.get(i).billable();
      urgent[k] = truth.get(i).urgent();
    }
    double w = base.lexical() == null ? 0.5 : base.lexical().weight();
    return new Calibration(
        SoftmaxPool.fit(responderSources, level, 1 - w, w),
        LogitPool.fit(billableSources, billable, 1 - w, w),
        LogitPool.fit(urgentSources, urgent, 1),
        fittedOn);
  }

  /** Thresholds chosen on calibrated scores, and the routing errors they make there. */
  private record ThresholdChoice(DecisionThresholds thresholds, BudgetedRouting.Errors errors) {}

  /**
   * Thresholds on calibrated scores: routing under the budget; billable by the best F1; urgent the
   * base threshold carried through the urgent calibration, so that the model's urgent flag fires on
   * exactly the conversations it fired on before (a monotone map keeps their order). Each
   * conversation is calibrated once.
   */
  private ThresholdChoice chooseThresholds(
      List<Integer> indices,
      Calibration calibration,
      List<Scores> network,
      List<Scores> lexical,
      List<Labels> truth,
      boolean[] rulesUrgent) {
    List<ValidationOutcome> outcomes = new ArrayList<>(indices.size());
    for (int i : indices) {
      outcomes.add(
          new ValidationOutcome(calibration.apply(network.get(i), lexical.get(i)), truth.get(i)));
    }
    DecisionThresholds start =
        base.thresholds()
            .withUrgent(urgentThreshold(calibration))
            .withBillable(ThresholdSelector.selectBillable(outcomes));
    DecisionPolicy policy = new DecisionPolicy(start);
    List<BudgetedRouting.Case> cases = new ArrayList<>(outcomes.size());
    for (int k = 0; k < outcomes.size(); k++) {
      Scores s = outcomes.get(k).scores();
      boolean urgent = rulesUrgent[indices.get(k)] || policy.modelUrgent(s.urgent());
      cases.add(
          new BudgetedRouting.Case(s.responder(), urgent, outcomes.get(k).truth().responder()));
    }
    DecisionThresholds chosen = BudgetedRouting.choose(cases, settings.maxUnderTriage(), start);
    return new ThresholdChoice(chosen, BudgetedRouting.errors(cases, chosen));
  }

  private double urgentThreshold(Calibration calibration) {
    if (calibration.urgent().weights()[0] <= 0) {
      throw new IllegalStateException(
          "the urgent calibration came out decreasing (slope "
              + calibration.urgent().weights()[0]
              + "); the practice's urgent labels disagree with the model's urgent head");
    }
    double mapped = calibration.urgent().apply(base.thresholds().urgent());
    return Math.min(1.0, Math.max(1e-6, mapped));
  }

  private static List<Integer> all(int n) {
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }
}
