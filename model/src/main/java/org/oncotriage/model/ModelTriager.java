package org.oncotriage.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.oncotriage.calibration.Calibration;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.engine.ScoringEngine;
import org.oncotriage.evidence.LeaveOneSentenceOut;
import org.oncotriage.language.ConversationLanguage;
import org.oncotriage.language.LanguageIdentifier;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.text.ConversationTokenizer;
import org.oncotriage.triage.BillingEligibility;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;

/**
 * The model-backed {@link org.oncotriage.triage.Triager}: tokenizes, has its {@link ScoringEngine}
 * run the network, blends the responder and billable probabilities with the optional lexical
 * companion's ({@link ScoreBlend}), applies the {@link DecisionPolicy} and the optional red-flag
 * detector, and builds the full {@link TriageResult}. It knows nothing of the engine beyond that
 * interface.
 *
 * <p>The safety layer around the model: each message's language is told ({@link
 * ConversationLanguage}) and read by the red-flag rules of its language; a conversation in a
 * language not served goes at least to a nurse, with the reason. Every urgent flag carries
 * evidence: the rules' findings, or for a flag the model raises alone, the sentences without which
 * its score falls ({@link LeaveOneSentenceOut}). When every such sentence is one the rules
 * deliberately set aside (negated, past, hypothetical, about someone else, unchanged or below
 * threshold: "no fever since Sunday"), the model's flag is not raised: the rules' reading of
 * context is the specificity of the safety layer, and the threshold stays chosen for recall.
 *
 * <p>It is a {@link StagedTriager}: {@link #prepare} (tokenizer, lexical model and red-flag rules)
 * may run on the callers' threads and {@link #triagePrepared} runs only the network, so a server
 * can batch the network pass alone.
 *
 * <p>Thread-safe: it may be called from many HTTP threads at once. Engines are thread-safe by
 * contract, the tokenizer and the policy are immutable, the lexical model is thread-safe ({@link
 * org.oncotriage.lexical.LexicalCategorizer}), and detectors are thread-safe by contract. {@link
 * #close()} closes the engine and must not race with calls in flight; later calls fail with {@link
 * IllegalStateException}.
 */
public final class ModelTriager implements StagedTriager {

  /** Conversations per forward pass in {@link #triageBatch}. */
  static final int BATCH_SIZE = 32;

  private final ScoringEngine engine;
  private final ConversationTokenizer tokenizer;
  private final DecisionPolicy policy;
  private final RedFlagDetector detector;
  private final LanguageIdentifier languages;
  private final ModelDescription description;
  private final LexicalCompanion lexical;
  private final Calibration calibration;
  private volatile boolean closed;

  /**
   * @param engine the engine that scores encoded conversations; the triager owns and closes it
   * @param detector the red-flag rules; null for the model alone
   * @param languages tells message languages; null to read every message as English
   * @param lexical the lexical companion to blend with; null for the network alone
   * @param calibration the calibration that replaces the fixed blend; null for the blend
   */
  ModelTriager(
      ScoringEngine engine,
      ConversationTokenizer tokenizer,
      DecisionPolicy policy,
      RedFlagDetector detector,
      LanguageIdentifier languages,
      ModelDescription description,
      LexicalCompanion lexical,
      Calibration calibration) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.detector = detector;
    this.languages = languages;
    this.description = Objects.requireNonNull(description, "description");
    this.lexical = lexical;
    this.calibration = calibration;
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    return triageBatch(List.of(conversation)).get(0);
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    requireOpen();
    List<PreparedConversation> prepared = new ArrayList<>(conversations.size());
    for (Conversation c : conversations) {
      prepared.add(prepare(c));
    }
    return triagePrepared(prepared);
  }

  /**
   * Tokenizes the conversation, scores it with the lexical model (when there is one) and runs the
   * red-flag rules: everything but the network, so that it can run on the caller's thread in
   * parallel with other callers. Thread-safe.
   */
  @Override
  public PreparedConversation prepare(Conversation conversation) {
    requireOpen();
    ConversationLanguage language =
        languages == null ? null : ConversationLanguage.of(conversation, languages);
    List<RedFlagFinding> findings;
    if (detector == null) {
      findings = List.of();
    } else if (language == null) {
      findings = detector.detect(conversation);
    } else {
      findings = detector.detect(conversation, language.messages());
    }
    return prepare(conversation, findings, language);
  }

  private PreparedConversation prepare(
      Conversation conversation, List<RedFlagFinding> findings, ConversationLanguage language) {
    Scores lexicalScores = lexical == null ? null : lexical.model().scores(conversation);
    return new PreparedConversation(
        this, conversation, tokenizer.encode(conversation), lexicalScores, findings, language);
  }

  /**
   * Runs the network over prepared conversations ({@link #served}) and builds each result.
   * Thread-safe.
   */
  @Override
  public List<TriageResult> triagePrepared(List<? extends Prepared> prepared) {
    requireOpen();
    List<PreparedConversation> items = new ArrayList<>(prepared.size());
    for (Prepared p : prepared) {
      if (!(p instanceof PreparedConversation pc) || pc.owner != this) {
        throw new IllegalArgumentException("a conversation was not prepared by this triager");
      }
      items.add(pc);
    }
    List<Scores> scores = served(items, true);
    TriageResult[] results = new TriageResult[items.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = assemble(items.get(i), scores.get(i));
    }
    return List.of(results);
  }

  /**
   * The scores that decisions are made on, in the order of {@code items}: the network's, at most
   * {@link #BATCH_SIZE} per forward pass (above that, grouped by length so that each pass pads
   * less), then combined with the item's lexical scores ({@link #combined}). The one batching loop
   * of {@link #triagePrepared}, {@link #scores} and {@link #networkScores}.
   *
   * @param combine whether to combine with the lexical scores; false for the network's own
   */
  private List<Scores> served(List<PreparedConversation> items, boolean combine) {
    Integer[] order = new Integer[items.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (items.size() > BATCH_SIZE) {
      Arrays.sort(order, Comparator.comparingInt(i -> items.get(i).tokens()));
    }
    Scores[] served = new Scores[items.size()];
    for (int start = 0; start < order.length; start += BATCH_SIZE) {
      int end = Math.min(order.length, start + BATCH_SIZE);
      List<int[]> encoded = new ArrayList<>(end - start);
      for (int k = start; k < end; k++) {
        encoded.add(items.get(order[k]).ids);
      }
      List<Scores> scores = engine.score(encoded);
      if (scores.size() != encoded.size()) {
        throw new IllegalStateException(
            "engine "
                + engine.name()
                + " returned "
                + scores.size()
                + " scores for "
                + encoded.size()
                + " conversations");
      }
      for (int k = start; k < end; k++) {
        PreparedConversation item = items.get(order[k]);
        Scores network = scores.get(k - start);
        served[order[k]] = combine ? combined(network, item.lexical) : network;
      }
    }
    return List.of(served);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this triager is closed");
    }
  }

  /**
   * The scores that decisions are made on, without policy or rules: the network's, blended with the
   * lexical model's when there is one, exactly as {@link #triageBatch} uses them (the same batching
   * loop, without the red-flag rules). For evaluation and threshold selection. Thread-safe.
   */
  public List<Scores> scores(List<Conversation> conversations) {
    requireOpen();
    List<PreparedConversation> items = new ArrayList<>(conversations.size());
    for (Conversation c : conversations) {
      items.add(prepare(c, List.of(), null));
    }
    return served(items, true);
  }

  /**
   * The network's own scores, before any blend or calibration, in the order of {@code
   * conversations}: what {@code adapt} calibrates. Thread-safe.
   */
  public List<Scores> networkScores(List<Conversation> conversations) {
    requireOpen();
    List<PreparedConversation> items = new ArrayList<>(conversations.size());
    for (Conversation c : conversations) {
      items.add(new PreparedConversation(this, c, tokenizer.encode(c), null, List.of(), null));
    }
    return served(items, false);
  }

  /**
   * The served scores of one conversation: the {@link Calibration} of the network's and lexical
   * scores when the model has one, else the fixed {@link ScoreBlend#served blend}.
   */
  private Scores combined(Scores network, Scores lexicalScores) {
    return calibration != null
        ? calibration.apply(network, lexicalScores)
        : ScoreBlend.served(network, lexicalScores, lexicalWeight());
  }

  /** The calibration in use; null when the fixed blend serves. */
  public Calibration calibration() {
    return calibration;
  }

  /** The lexical share of the blend; 0 when the network works alone. */
  double lexicalWeight() {
    return lexical == null ? 0.0 : lexical.weight();
  }

  private TriageResult assemble(PreparedConversation prepared, Scores scores) {
    Conversation conversation = prepared.conversation;
    ResponderProbabilities probabilities = scores.responder();
    Responder level = probabilities.mostLikely();
    List<RedFlagFinding> findings = prepared.findings;
    if (findings.isEmpty() && policy.modelUrgent(scores.urgent())) {
      findings = modelEvidence(prepared, scores.urgent());
    }
    boolean urgent = !findings.isEmpty();
    Responder route = Responder.max(level, policy.route(probabilities, urgent));
    TriageResult.LanguageAssessment language = null;
    if (prepared.language != null) {
      ConversationLanguage l = prepared.language;
      language =
          new TriageResult.LanguageAssessment(
              l.detected(), l.served(), l.messages(), l.unsupportedReason().orElse(null));
      if (!l.served()) {
        route = Responder.max(route, Responder.NURSE);
      }
    }
    boolean likely = policy.billableLikely(scores.billable());
    return new TriageResult(
        conversation.id(),
        route,
        new TriageResult.ResponderAssessment(level, probabilities),
        BillingEligibility.assess(scores.billable(), likely, urgent, conversation.context()),
        new TriageResult.UrgentAssessment(urgent, scores.urgent(), findings),
        description.identity(),
        language);
  }

  /**
   * The evidence of a flag the model raises alone ({@link LeaveOneSentenceOut}), or none when no
   * sentence that drove it is one a nurse can check: when each is one the rules set aside ("no
   * fever since Sunday") or speaks of no symptom and no part of the body ("I have a question about
   * my schedule"). The flag is then not raised.
   */
  private List<RedFlagFinding> modelEvidence(PreparedConversation prepared, double score) {
    Conversation conversation = prepared.conversation;
    List<RedFlagFinding> evidence =
        new LeaveOneSentenceOut(cs -> scores(cs).stream().map(Scores::urgent).toList())
            .explain(conversation, score, policy.thresholds().urgent());
    if (detector == null || evidence.isEmpty()) {
      return evidence;
    }
    for (RedFlagFinding f : evidence) {
      Message message = conversation.messages().get(f.messageIndex());
      String language =
          prepared.language == null ? null : prepared.language.messages().get(f.messageIndex());
      RedFlagDetector.Reading reading =
          detector.read(message.text().substring(f.start(), f.end()), language);
      if (reading != RedFlagDetector.Reading.SET_ASIDE
          && reading != RedFlagDetector.Reading.NO_MENTION) {
        return evidence;
      }
    }
    return List.of();
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
    engine.close();
  }

  /**
   * A conversation with its input ids, lexical scores (null without a lexical model), red-flag
   * findings and languages (null when not told), ready for the network of the triager that made it.
   * Immutable.
   */
  public static final class PreparedConversation implements Prepared {
    private final ModelTriager owner;
    private final Conversation conversation;
    private final int[] ids;
    private final Scores lexical;
    private final List<RedFlagFinding> findings;
    private final ConversationLanguage language;

    private PreparedConversation(
        ModelTriager owner,
        Conversation conversation,
        int[] ids,
        Scores lexical,
        List<RedFlagFinding> findings,
        ConversationLanguage language) {
      this.owner = owner;
      this.conversation = conversation;
      this.ids = ids;
      this.lexical = lexical;
      this.findings = List.copyOf(findings);
      this.language = language;
    }

    @Override
    public Conversation conversation() {
      return conversation;
    }

    @Override
    public int tokens() {
      return ids.length;
    }
  }
}
