package org.oncotriage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.nn.ModelScores;
import org.oncotriage.nn.NetworkScorer;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.text.ConversationTokenizer;
import org.oncotriage.triage.BillingEligibility;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * The model-backed {@link Triager}: tokenizes, runs the network, applies the {@link DecisionPolicy}
 * and the optional red-flag detector, and builds the full {@link TriageResult}.
 *
 * <p>Thread-safe: it may be called from many HTTP threads at once. The network's parameters are
 * read-only after loading; every call runs in its own native memory scope ({@link NetworkScorer}),
 * the tokenizer and the policy are immutable, and detectors are thread-safe by contract. {@link
 * #close()} must not race with calls in flight; later calls fail with {@link
 * IllegalStateException}.
 */
public final class ModelTriager implements Triager {

  /** Conversations per forward pass in {@link #triageBatch}. */
  public static final int BATCH_SIZE = 32;

  private final LoadedNetwork network;
  private final ConversationTokenizer tokenizer;
  private final DecisionPolicy policy;
  private final RedFlagDetector detector;
  private final ModelDescription description;
  private volatile boolean closed;

  ModelTriager(
      LoadedNetwork network,
      ConversationTokenizer tokenizer,
      DecisionPolicy policy,
      RedFlagDetector detector,
      ModelDescription description) {
    this.network = Objects.requireNonNull(network, "network");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.detector = detector;
    this.description = Objects.requireNonNull(description, "description");
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    return triageBatch(List.of(conversation)).get(0);
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    if (closed) {
      throw new IllegalStateException("this triager is closed");
    }
    InferenceThreads.prepareCurrentThread();
    List<TriageResult> results = new ArrayList<>(conversations.size());
    for (int start = 0; start < conversations.size(); start += BATCH_SIZE) {
      List<Conversation> chunk =
          conversations.subList(start, Math.min(conversations.size(), start + BATCH_SIZE));
      List<int[]> encoded = new ArrayList<>(chunk.size());
      for (Conversation c : chunk) {
        encoded.add(tokenizer.encode(c));
      }
      List<ModelScores> scores = NetworkScorer.score(network.network(), network.manager(), encoded);
      for (int i = 0; i < chunk.size(); i++) {
        results.add(assemble(chunk.get(i), scores.get(i)));
      }
    }
    return results;
  }

  /** The raw network scores, without policy or rules: for evaluation and threshold selection. */
  public List<ModelScores> scores(List<Conversation> conversations) {
    InferenceThreads.prepareCurrentThread();
    List<ModelScores> all = new ArrayList<>(conversations.size());
    for (int start = 0; start < conversations.size(); start += BATCH_SIZE) {
      List<int[]> encoded = new ArrayList<>();
      for (Conversation c :
          conversations.subList(start, Math.min(conversations.size(), start + BATCH_SIZE))) {
        encoded.add(tokenizer.encode(c));
      }
      all.addAll(NetworkScorer.score(network.network(), network.manager(), encoded));
    }
    return all;
  }

  private TriageResult assemble(Conversation conversation, ModelScores scores) {
    ResponderProbabilities probabilities = normalized(scores.responder());
    Responder level = probabilities.mostLikely();
    List<RedFlagFinding> findings = detector == null ? List.of() : detector.detect(conversation);
    boolean urgent = !findings.isEmpty() || policy.modelUrgent(scores.urgent());
    Responder route = Responder.max(level, policy.route(probabilities, urgent));
    boolean likely = policy.billableLikely(scores.billable());
    return new TriageResult(
        conversation.id(),
        route,
        new TriageResult.ResponderAssessment(level, probabilities),
        BillingEligibility.assess(scores.billable(), likely, urgent, conversation.context()),
        new TriageResult.UrgentAssessment(urgent, scores.urgent(), findings),
        description.identity());
  }

  private static ResponderProbabilities normalized(double[] byOrdinal) {
    double sum = 0;
    for (double p : byOrdinal) {
      sum += p;
    }
    double[] p = new double[byOrdinal.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = byOrdinal[i] / sum;
    }
    return ResponderProbabilities.fromOrdinalArray(p);
  }

  @Override
  public ModelDescription description() {
    return description;
  }

  /** The decision policy in use. */
  public DecisionPolicy policy() {
    return policy;
  }

  @Override
  public void close() {
    closed = true;
    network.close();
  }
}
