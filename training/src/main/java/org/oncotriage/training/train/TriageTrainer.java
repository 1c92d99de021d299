package org.oncotriage.training.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.optimizer.Optimizer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.decision.ValidationOutcome;
import org.oncotriage.engine.djl.EncoderConfig;
import org.oncotriage.engine.djl.NetworkScorer;
import org.oncotriage.engine.djl.TokenBatch;
import org.oncotriage.engine.djl.TriageNetwork;
import org.oncotriage.evaluation.TriageMetrics;
import org.oncotriage.text.WordPieceVocabulary;
import org.oncotriage.triage.Scores;

/**
 * Trains a {@link TriageNetwork}: builds the vocabulary from the training split, encodes both
 * splits, runs Adam with warm-up and linear decay on the {@link MultiTaskLoss}, evaluates on the
 * validation split after every epoch, keeps the epoch with the lowest validation loss, stops early
 * after {@code patience} epochs without improvement or when the time budget is spent, and returns
 * the kept parameters with their validation outcomes. Decision thresholds are chosen afterwards, on
 * the scores that will be served ({@link ModelTrainer}).
 *
 * <p>Every batch runs in its own {@link NDManager}, closed at the end of the step. Not thread-safe.
 */
final class TriageTrainer {

  private final TrainingOptions options;
  private final PrintStream progress;

  /**
   * @param options the hyperparameters
   * @param progress where the progress bar and epoch summaries go (standard error in the CLI)
   */
  public TriageTrainer(TrainingOptions options, PrintStream progress) {
    this.options = Objects.requireNonNull(options, "options");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Trains on labeled {@code training} conversations, validating on {@code validation}. */
  public TrainingRun train(List<Conversation> training, List<Conversation> validation) {
    if (training.isEmpty() || validation.isEmpty()) {
      throw new IllegalArgumentException("training and validation data must not be empty");
    }
    Engine.getInstance().setRandomSeed((int) options.seed());
    progress.printf("tokenizing %d training conversations%n", training.size());
    CorpusEncoder trainCorpus = new CorpusEncoder(training);
    WordPieceVocabulary vocabulary =
        trainCorpus.vocabulary(options.vocabularySize(), options.minPieceCount());
    List<Example> trainExamples =
        examples(training, trainCorpus.encode(training, vocabulary, options.maxTokens()));
    List<Example> validExamples =
        examples(
            validation,
            new CorpusEncoder(validation).encode(validation, vocabulary, options.maxTokens()));
    progress.printf(
        "vocabulary %d pieces; %d training, %d validation conversations%n",
        vocabulary.size(), trainExamples.size(), validExamples.size());
    EncoderConfig config =
        new EncoderConfig(
            vocabulary.size(),
            options.maxTokens(),
            options.layers(),
            options.width(),
            options.heads(),
            options.feedForward(),
            options.dropout());
    TriageNetwork network = new TriageNetwork(config);
    MultiTaskLoss loss = new MultiTaskLoss(options.labelSmoothing());
    int stepsPerEpoch = (trainExamples.size() + options.batchSize() - 1) / options.batchSize();
    Optimizer adam =
        Optimizer.adam()
            .optLearningRateTracker(
                new WarmupLinearDecay(
                    (float) options.learningRate(),
                    options.warmupSteps(),
                    stepsPerEpoch * options.epochs()))
            .optClipGrad(1f)
            .build();
    DefaultTrainingConfig trainingConfig =
        new DefaultTrainingConfig(loss)
            .optOptimizer(adam)
            .optInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
    BatchPlanner planner = new BatchPlanner(options.seed());
    Random noise = new Random(options.seed() + 1);
    long start = System.nanoTime();
    long deadline = start + (long) (options.maxMinutes() * 60e9);
    long examplesSeen = 0;
    List<Double> epochLosses = new ArrayList<>();
    double bestLoss = Double.MAX_VALUE;
    byte[] bestParameters = null;
    List<ValidationOutcome> bestOutcomes = null;
    int bestEpoch = 0;
    int epoch = 0;
    try (Model model = Model.newInstance("oncotriage")) {
      model.setBlock(network);
      try (Trainer trainer = model.newTrainer(trainingConfig)) {
        trainer.initialize(new Shape(options.batchSize(), 8), new Shape(options.batchSize(), 8));
        boolean outOfTime = false;
        while (epoch < options.epochs() && !outOfTime) {
          epoch++;
          ProgressBar bar =
              new ProgressBar(
                  progress, "epoch " + epoch + "/" + options.epochs(), trainExamples.size());
          double lossSum = 0;
          long done = 0;
          for (List<Example> batch : planner.plan(trainExamples, options.batchSize())) {
            lossSum += step(trainer, loss, batch, noise) * batch.size();
            done += batch.size();
            bar.update(done, lossSum / done);
            if (System.nanoTime() > deadline) {
              outOfTime = true;
              break;
            }
          }
          examplesSeen += done;
          bar.finish(done, lossSum / Math.max(1, done));
          epochLosses.add(lossSum / Math.max(1, done));
          List<ValidationOutcome> outcomes = new ArrayList<>();
          double validLoss = evaluate(network, trainer.getManager(), loss, validExamples, outcomes);
          boolean improved = validLoss < bestLoss - 1e-4;
          progress.printf(
              "epoch %d: training loss %.4f, validation loss %.4f%s%n",
              epoch, epochLosses.get(epochLosses.size() - 1), validLoss, improved ? " (best)" : "");
          if (improved) {
            bestLoss = validLoss;
            bestEpoch = epoch;
            bestParameters = save(network);
            bestOutcomes = outcomes;
          } else if (epoch - bestEpoch >= options.patience()) {
            progress.printf("no improvement for %d epochs: stopping%n", options.patience());
            break;
          }
          if (outOfTime) {
            progress.printf("time budget of %.1f minutes spent: stopping%n", options.maxMinutes());
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TrainingRun(
        config,
        vocabulary,
        bestParameters,
        bestLoss,
        bestOutcomes,
        epochLosses.stream().mapToDouble(Double::doubleValue).toArray(),
        epoch,
        bestEpoch,
        seconds,
        examplesSeen / seconds);
  }

  private float step(Trainer trainer, MultiTaskLoss loss, List<Example> batch, Random noise) {
    try (NDManager manager = trainer.getManager().newSubManager()) {
      NDList inputs =
          TokenBatch.inputs(manager, withTokenDropout(ids(batch), options.tokenDropout(), noise));
      NDList labels = loss.labels(manager, labels(batch));
      float value;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDList predictions = trainer.forward(inputs);
        NDArray l = loss.evaluate(labels, predictions);
        collector.backward(l);
        value = l.getFloat();
      }
      trainer.step();
      return value;
    }
  }

  /**
   * Mean validation loss; fills {@code outcomes} with the network's scores, in example order, from
   * the scorer that serving uses ({@link NetworkScorer}).
   */
  static double evaluate(
      TriageNetwork network,
      NDManager parent,
      MultiTaskLoss loss,
      List<Example> examples,
      List<ValidationOutcome> outcomes) {
    double lossSum = 0;
    for (List<Example> batch : BatchPlanner.inOrder(examples, 64)) {
      try (NDManager manager = parent.newSubManager()) {
        NDList out = NetworkScorer.forward(network, manager, ids(batch));
        lossSum +=
            loss.evaluate(loss.labels(manager, labels(batch)), out).getFloat() * batch.size();
        List<Scores> scores = NetworkScorer.decode(out);
        for (int b = 0; b < batch.size(); b++) {
          outcomes.add(new ValidationOutcome(scores.get(b), batch.get(b).labels()));
        }
      }
    }
    return lossSum / examples.size();
  }

  static List<TriageMetrics.Row> rows(List<ValidationOutcome> outcomes, DecisionPolicy policy) {
    List<TriageMetrics.Row> rows = new ArrayList<>(outcomes.size());
    for (ValidationOutcome o : outcomes) {
      Scores s = o.scores();
      boolean urgent = policy.modelUrgent(s.urgent());
      rows.add(
          new TriageMetrics.Row(
              s.responder().mostLikely(),
              policy.route(s.responder(), urgent),
              urgent,
              s.billable(),
              o.truth()));
    }
    return rows;
  }

  /**
   * Copies of {@code sequences} with each word piece (not the special tokens) replaced by {@code
   * [UNK]} with probability {@code rate}.
   */
  static List<int[]> withTokenDropout(List<int[]> sequences, double rate, Random random) {
    if (rate <= 0) {
      return sequences;
    }
    List<int[]> out = new ArrayList<>(sequences.size());
    for (int[] s : sequences) {
      int[] copy = s.clone();
      for (int i = 0; i < copy.length; i++) {
        if (copy[i] >= WordPieceVocabulary.SPECIAL_TOKENS.size() && random.nextDouble() < rate) {
          copy[i] = WordPieceVocabulary.UNK_ID;
        }
      }
      out.add(copy);
    }
    return out;
  }

  private static byte[] save(TriageNetwork network) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      network.saveParameters(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the network's parameters", e);
    }
    return bytes.toByteArray();
  }

  private static List<Example> examples(List<Conversation> conversations, List<int[]> ids) {
    List<Example> examples = new ArrayList<>(conversations.size());
    for (int i = 0; i < conversations.size(); i++) {
      Labels labels =
          conversations
              .get(i)
              .labelsIfKnown()
              .orElseThrow(() -> new IllegalArgumentException("training data must be labeled"));
      examples.add(new Example(ids.get(i), labels));
    }
    return examples;
  }

  private static List<int[]> ids(List<Example> batch) {
    List<int[]> ids = new ArrayList<>(batch.size());
    for (Example e : batch) {
      ids.add(e.ids());
    }
    return ids;
  }

  private static List<Labels> labels(List<Example> batch) {
    List<Labels> labels = new ArrayList<>(batch.size());
    for (Example e : batch) {
      labels.add(e.labels());
    }
    return labels;
  }
}
