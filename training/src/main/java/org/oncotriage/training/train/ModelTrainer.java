package org.oncotriage.training.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.decision.ThresholdSelector;
import org.oncotriage.decision.ValidationOutcome;
import org.oncotriage.evaluation.TriageMetrics;
import org.oncotriage.lexical.LexicalModel;
import org.oncotriage.model.LexicalCompanion;
import org.oncotriage.model.ScoreBlend;
import org.oncotriage.training.urgent.UrgentThresholdChoice;
import org.oncotriage.triage.Scores;

/**
 * Trains the product model: the transformer ({@link TriageTrainer}), then, unless its weight is 0,
 * the lexical companion on the same training split (never the validation split), then chooses the
 * decision thresholds on the validation split with the scores the model will serve ({@link
 * ScoreBlend#served}). Not thread-safe.
 */
final class ModelTrainer {

  private final TrainingOptions options;
  private final LexicalOptions lexicalOptions;
  private final PrintStream progress;

  /**
   * @param progress where progress lines go (standard error in the CLI)
   */
  public ModelTrainer(
      TrainingOptions options, LexicalOptions lexicalOptions, PrintStream progress) {
    this.options = Objects.requireNonNull(options, "options");
    this.lexicalOptions = Objects.requireNonNull(lexicalOptions, "lexicalOptions");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Trains on labeled {@code training} conversations, validating on {@code validation}. */
  public TrainedModel train(List<Conversation> training, List<Conversation> validation) {
    TrainingRun transformer = new TriageTrainer(options, progress).train(training, validation);
    List<ValidationOutcome> outcomes = served(transformer.validationOutcomes());
    LexicalCompanion lexical = null;
    double lexicalSeconds = 0;
    if (lexicalOptions.weight() > 0) {
      progress.printf(
          "training the lexical model on %d conversations (%d iterations, cutoff %d)%n",
          training.size(), lexicalOptions.iterations(), lexicalOptions.cutoff());
      long start = System.nanoTime();
      LexicalModel model = lexicalOptions.training().train(training);
      lexicalSeconds = (System.nanoTime() - start) / 1e9;
      lexical = new LexicalCompanion(model, lexicalOptions.weight());
      List<Scores> lexicalScores = new ArrayList<>(validation.size());
      for (Conversation c : validation) {
        lexicalScores.add(model.scores(c));
      }
      List<ValidationOutcome> network = transformer.validationOutcomes();
      List<ValidationOutcome> blended = blend(network, lexicalScores, lexicalOptions.weight());
      List<ValidationOutcome> lexicalAlone = blend(network, lexicalScores, 1.0);
      progress.printf("lexical model trained in %.0f s%n", lexicalSeconds);
      report("transformer alone", outcomes);
      report("lexical alone", lexicalAlone);
      report("blend, lexical weight " + lexicalOptions.weight(), blended);
      outcomes = blended;
    }
    // The urgent threshold is chosen for recall of the safety layer (the rules and the head).
    boolean[] rulesUrgent = UrgentThresholdChoice.flaggedByRules(validation);
    DecisionThresholds thresholds =
        ThresholdSelector.select(outcomes, options.maxUnderTriage(), rulesUrgent);
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("validation_loss", transformer.validationLoss());
    metrics.putAll(TriageMetrics.of(TriageTrainer.rows(outcomes, new DecisionPolicy(thresholds))));
    return new TrainedModel(transformer, lexical, lexicalSeconds, thresholds, metrics);
  }

  /**
   * The transformer's validation outcomes with responder and billable blended with the lexical
   * scores (urgent stays the transformer's), as served ({@link ScoreBlend#served}), in the same
   * order.
   */
  static List<ValidationOutcome> blend(
      List<ValidationOutcome> transformer, List<Scores> lexical, double weight) {
    if (transformer.size() != lexical.size()) {
      throw new IllegalArgumentException(
          "must be the same length, received transformer.size()="
              + transformer.size()
              + ", lexical.size()="
              + lexical.size());
    }
    List<ValidationOutcome> out = new ArrayList<>(transformer.size());
    for (int i = 0; i < transformer.size(); i++) {
      ValidationOutcome t = transformer.get(i);
      out.add(
          new ValidationOutcome(ScoreBlend.served(t.scores(), lexical.get(i), weight), t.truth()));
    }
    return out;
  }

  /** The transformer's validation outcomes as served without a lexical model. */
  private static List<ValidationOutcome> served(List<ValidationOutcome> transformer) {
    List<ValidationOutcome> out = new ArrayList<>(transformer.size());
    for (ValidationOutcome t : transformer) {
      out.add(new ValidationOutcome(ScoreBlend.served(t.scores(), null, 0.0), t.truth()));
    }
    return out;
  }

  /** One progress line: the threshold-free validation figures of one set of scores. */
  private void report(String label, List<ValidationOutcome> outcomes) {
    // Neither figure depends on the thresholds: macro-F1 is of the most likely level, AUROC ranks.
    DecisionPolicy any = new DecisionPolicy(new DecisionThresholds(0.5, 0.5, 0.5, 0.5));
    Map<String, Double> m = TriageMetrics.of(TriageTrainer.rows(outcomes, any));
    progress.printf(
        "validation, %s: responder macro-F1 %.3f, billable AUROC %.3f%n",
        label, m.get("responder_macro_f1"), m.get("billable_auroc"));
  }
}
