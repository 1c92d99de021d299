package org.oncotriage.evaluation.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * The OpenNLP maxent baseline as a {@link Triager}, so that the same evaluator scores it. The level
 * is the responder categorizer's most likely class; billable and urgent use a 0.5 threshold on
 * their categorizers; the route is the level raised to oncologist when urgent is flagged (the
 * labeling policy makes every urgent conversation an oncologist one). No red-flag rules, no
 * findings, no billing rules. Not thread-safe: OpenNLP categorizers are used from one thread.
 */
public final class OpenNlpBaseline implements Triager {

  /** Threshold on the billable and urgent probabilities. */
  public static final double THRESHOLD = 0.5;

  private final DocumentCategorizerME responder;
  private final DocumentCategorizerME billable;
  private final DocumentCategorizerME urgent;
  private final ModelDescription description;

  OpenNlpBaseline(
      DocumentCategorizerME responder,
      DocumentCategorizerME billable,
      DocumentCategorizerME urgent,
      JsonNode provenance) {
    this.responder = Objects.requireNonNull(responder, "responder");
    this.billable = Objects.requireNonNull(billable, "billable");
    this.urgent = Objects.requireNonNull(urgent, "urgent");
    this.description =
        new ModelDescription(
            "opennlp-maxent-baseline",
            "1",
            List.of("oncologist", "nurse", "medical_assistant"),
            Map.of("billable", THRESHOLD, "urgent", THRESHOLD),
            provenance,
            Map.of());
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    String[] tokens = BagOfWords.tokens(conversation);
    ResponderProbabilities probabilities = responderProbabilities(tokens);
    Responder level = probabilities.mostLikely();
    double billableP = positive(billable, tokens);
    double urgentP = positive(urgent, tokens);
    boolean urgentFlag = urgentP >= THRESHOLD;
    Responder route = urgentFlag ? Responder.ONCOLOGIST : level;
    return new TriageResult(
        conversation.id(),
        route,
        new TriageResult.ResponderAssessment(level, probabilities),
        new TriageResult.BillableAssessment(billableP, billableP >= THRESHOLD, null, List.of()),
        new TriageResult.UrgentAssessment(urgentFlag, urgentP, List.of()),
        description.identity());
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    return conversations.stream().map(this::triage).toList();
  }

  private ResponderProbabilities responderProbabilities(String[] tokens) {
    double[] scores = responder.categorize(tokens);
    double[] byOrdinal = new double[Responder.values().length];
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      Responder r = Responder.fromWireName(responder.getCategory(i)).orElseThrow();
      byOrdinal[r.ordinal()] = scores[i];
      sum += scores[i];
    }
    for (int i = 0; i < byOrdinal.length; i++) {
      byOrdinal[i] /= sum;
    }
    return ResponderProbabilities.fromOrdinalArray(byOrdinal);
  }

  /** Probability of the category "true"; 0 when training never saw a positive. */
  private static double positive(DocumentCategorizerME categorizer, String[] tokens) {
    double[] scores = categorizer.categorize(tokens);
    int index = categorizer.getIndex("true");
    return index < 0 ? 0.0 : scores[index];
  }

  @Override
  public ModelDescription description() {
    return description;
  }

  @Override
  public void close() {}
}
