package org.oncotriage.lexical;

import java.util.Objects;
import java.util.Set;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

/**
 * The lexical companion of the transformer: a responder categorizer (the three levels) and a
 * billable categorizer ({@code true}/{@code false}) over {@link BagOfWords} tokens. It has no
 * urgent head. Immutable and thread-safe (see {@link LexicalCategorizer}).
 */
public final class LexicalModel {

  private static final Set<String> BOOLEANS = Set.of("true", "false");

  private final LexicalCategorizer responder;
  private final LexicalCategorizer billable;

  /** Whether both categorizers use the same features, so one conversation's are made once. */
  private final boolean sharedFeatures;

  private LexicalModel(LexicalCategorizer responder, LexicalCategorizer billable) {
    this.responder = responder;
    this.billable = billable;
    this.sharedFeatures = responder.sharesFeaturesWith(billable);
  }

  /**
   * Pairs two categorizers.
   *
   * @throws IllegalArgumentException when either has a category it should not have
   */
  public static LexicalModel of(LexicalCategorizer responder, LexicalCategorizer billable) {
    checkResponder(Objects.requireNonNull(responder, "responder"));
    checkBillable(Objects.requireNonNull(billable, "billable"));
    return new LexicalModel(responder, billable);
  }

  /**
   * Checks that a responder categorizer's categories are responder wire names.
   *
   * @throws IllegalArgumentException naming the first unknown category
   */
  public static void checkResponder(LexicalCategorizer categorizer) {
    for (String c : categorizer.categories()) {
      if (Responder.fromWireName(c).isEmpty()) {
        throw new IllegalArgumentException(
            "responder categorizer has category '" + c + "', not a responder level");
      }
    }
  }

  /**
   * Checks that a billable categorizer's categories are {@code true} and {@code false}.
   *
   * @throws IllegalArgumentException naming the first unknown category
   */
  public static void checkBillable(LexicalCategorizer categorizer) {
    for (String c : categorizer.categories()) {
      if (!BOOLEANS.contains(c)) {
        throw new IllegalArgumentException(
            "billable categorizer has category '" + c + "', not true or false");
      }
    }
  }

  /**
   * The probabilities for a conversation; there is no urgent head ({@link Scores#withoutUrgent}).
   */
  public Scores scores(Conversation conversation) {
    return scores(BagOfWords.tokens(conversation));
  }

  /**
   * The probabilities for {@link BagOfWords} tokens. A level that training never saw gets 0; the
   * others are renormalized to sum to 1.
   */
  public Scores scores(String[] tokens) {
    LexicalCategorizer.Features features = responder.features(tokens);
    double[] scores = responder.probabilities(features);
    double[] byOrdinal = new double[Responder.values().length];
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      Responder r = Responder.fromWireName(responder.categories().get(i)).orElseThrow();
      byOrdinal[r.ordinal()] = scores[i];
      sum += scores[i];
    }
    for (int i = 0; i < byOrdinal.length; i++) {
      byOrdinal[i] /= sum;
    }
    return Scores.withoutUrgent(
        ResponderProbabilities.fromOrdinalArray(byOrdinal),
        sharedFeatures
            ? billable.probability("true", features)
            : billable.probability("true", tokens));
  }

  public LexicalCategorizer responder() {
    return responder;
  }

  public LexicalCategorizer billable() {
    return billable;
  }
}
