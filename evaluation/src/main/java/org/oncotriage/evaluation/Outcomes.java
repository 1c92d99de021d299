package org.oncotriage.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.metrics.ConfusionMatrix;
import org.oncotriage.triage.TriageResult;

/**
 * What the evaluator keeps per conversation: a few primitives (truth and predicted levels as
 * ordinals, flags, the billable and urgent probabilities and the probability of each responder
 * level), in growable arrays, so that memory grows by about 50 bytes per conversation and no
 * conversation or result object is retained. The ids of missed urgent conversations are kept too
 * (and their patient text only when asked for).
 *
 * <p>Not thread-safe: filled by one evaluator, then read.
 */
public final class Outcomes {

  /** The responder labels in ordinal order, as wire names. */
  public static final List<String> RESPONDER_LABELS =
      Arrays.stream(Responder.values()).map(Responder::wireName).toList();

  private final boolean keepMissedText;
  private byte[] truthLevel = new byte[1024];
  private byte[] predictedLevel = new byte[1024];
  private byte[] predictedRoute = new byte[1024];
  private boolean[] urgentTruth = new boolean[1024];
  private boolean[] urgentFlag = new boolean[1024];
  private boolean[] billableTruth = new boolean[1024];
  private boolean[] billableLikely = new boolean[1024];
  private double[] billableScore = new double[1024];
  private double[] urgentScore = new double[1024];

  /** {@code responderScore[level.ordinal()][i]}: the model's probability of that level. */
  private final double[][] responderScore = new double[Responder.values().length][1024];

  private int size;
  private final List<String> missedUrgentIds = new ArrayList<>();
  private final Map<String, String> missedUrgentText = new LinkedHashMap<>();

  /**
   * @param keepMissedText whether to keep the patient text of missed urgent conversations ({@code
   *     --show-text}); it is patient health information
   */
  public Outcomes(boolean keepMissedText) {
    this.keepMissedText = keepMissedText;
  }

  /** Records one labeled conversation and its triage. */
  public void add(Conversation conversation, TriageResult result) {
    Labels labels = Objects.requireNonNull(conversation.labels(), "labels of " + conversation.id());
    ensureCapacity(size + 1);
    truthLevel[size] = (byte) labels.responder().ordinal();
    predictedLevel[size] = (byte) result.responder().level().ordinal();
    predictedRoute[size] = (byte) result.route().ordinal();
    urgentTruth[size] = labels.urgent();
    urgentFlag[size] = result.urgent().flag();
    billableTruth[size] = labels.billable();
    billableLikely[size] = result.billable().likely();
    billableScore[size] = result.billable().probability();
    urgentScore[size] = result.urgent().probability();
    double[] levels = result.responder().probabilities().toOrdinalArray();
    for (int k = 0; k < levels.length; k++) {
      responderScore[k][size] = levels[k];
    }
    size++;
    if (labels.urgent() && !result.urgent().flag()) {
      missedUrgentIds.add(conversation.id());
      if (keepMissedText) {
        StringBuilder text = new StringBuilder();
        conversation.messages().stream()
            .filter(m -> m.from() != Sender.CLINIC)
            .forEach(m -> text.append(text.length() == 0 ? "" : " / ").append(m.text()));
        missedUrgentText.put(conversation.id(), text.toString());
      }
    }
  }

  private void ensureCapacity(int needed) {
    if (needed <= truthLevel.length) {
      return;
    }
    int capacity = Math.max(needed, truthLevel.length * 2);
    truthLevel = Arrays.copyOf(truthLevel, capacity);
    predictedLevel = Arrays.copyOf(predictedLevel, capacity);
    predictedRoute = Arrays.copyOf(predictedRoute, capacity);
    urgentTruth = Arrays.copyOf(urgentTruth, capacity);
    urgentFlag = Arrays.copyOf(urgentFlag, capacity);
    billableTruth = Arrays.copyOf(billableTruth, capacity);
    billableLikely = Arrays.copyOf(billableLikely, capacity);
    billableScore = Arrays.copyOf(billableScore, capacity);
    urgentScore = Arrays.copyOf(urgentScore, capacity);
    for (int k = 0; k < responderScore.length; k++) {
      responderScore[k] = Arrays.copyOf(responderScore[k], capacity);
    }
  }

  /** Conversations recorded. */
  public int size() {
    return size;
  }

  /** Confusion matrix of the model's responder level over the items {@code indices}. */
  public ConfusionMatrix levelMatrix(int[] indices) {
    return matrix(predictedLevel, indices);
  }

  /** Confusion matrix of the route over the items {@code indices}. */
  public ConfusionMatrix routeMatrix(int[] indices) {
    return matrix(predictedRoute, indices);
  }

  private ConfusionMatrix matrix(byte[] predicted, int[] indices) {
    ConfusionMatrix m = new ConfusionMatrix(RESPONDER_LABELS);
    for (int i : indices) {
      m.add(truthLevel[i], predicted[i]);
    }
    return m;
  }

  /** Whether the model's level equals the truth, per conversation. */
  public boolean[] levelCorrect() {
    boolean[] out = new boolean[size];
    for (int i = 0; i < size; i++) {
      out[i] = truthLevel[i] == predictedLevel[i];
    }
    return out;
  }

  public boolean[] urgentTruth() {
    return Arrays.copyOf(urgentTruth, size);
  }

  public boolean[] urgentFlag() {
    return Arrays.copyOf(urgentFlag, size);
  }

  public double[] urgentScore() {
    return Arrays.copyOf(urgentScore, size);
  }

  public boolean[] billableTruth() {
    return Arrays.copyOf(billableTruth, size);
  }

  public boolean[] billableLikely() {
    return Arrays.copyOf(billableLikely, size);
  }

  public double[] billableScore() {
    return Arrays.copyOf(billableScore, size);
  }

  /** The model's probability of {@code level}, per conversation. */
  public double[] responderScore(Responder level) {
    return Arrays.copyOf(responderScore[level.ordinal()], size);
  }

  /**
   * Whether the labeled responder is {@code level}, per conversation (one level against the rest).
   */
  public boolean[] responderTruth(Responder level) {
    boolean[] out = new boolean[size];
    for (int i = 0; i < size; i++) {
      out[i] = truthLevel[i] == level.ordinal();
    }
    return out;
  }

  /** Ids of urgent conversations the model did not flag, in file order. */
  public List<String> missedUrgentIds() {
    return Collections.unmodifiableList(missedUrgentIds);
  }

  /** Patient text of missed urgent conversations by id; empty unless asked for. */
  public Map<String, String> missedUrgentText() {
    return Collections.unmodifiableMap(missedUrgentText);
  }
}
