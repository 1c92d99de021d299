package org.oncotriage.evaluation.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.lexical.BagOfWords;
import org.oncotriage.lexical.LexicalCategorizer;
import org.oncotriage.lexical.LexicalModel;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * The OpenNLP maxent baseline as a {@link Triager}, so that the same evaluator scores it: the
 * product's {@link LexicalModel} alone, plus an urgent categorizer of the same kind (the product's
 * lexical companion has no urgent head). The level is the responder categorizer's most likely
 * class; billable and urgent use a 0.5 threshold; the route is the level raised to oncologist when
 * urgent is flagged (the labeling policy makes every urgent conversation an oncologist one). No
 * red-flag rules, no findings, no billing rules. Thread-safe (the categorizers are).
 */
public final class OpenNlpBaseline implements Triager {

  /** Threshold on the billable and urgent probabilities. */
  public static final double THRESHOLD = 0.5;

  private final LexicalModel lexical;
  private final LexicalCategorizer urgent;
  private final ModelDescription description;

  OpenNlpBaseline(LexicalModel lexical, LexicalCategorizer urgent, JsonNode provenance) {
    this.lexical = Objects.requireNonNull(lexical, "lexical");
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
    Scores scores = lexical.scores(tokens);
    ResponderProbabilities probabilities = scores.responder();
    Responder level = probabilities.mostLikely();
    double billableP = scores.billable();
    double urgentP = urgent.probability("true", tokens);
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

  @Override
  public ModelDescription description() {
    return description;
  }

  @Override
  public void close() {}
}
