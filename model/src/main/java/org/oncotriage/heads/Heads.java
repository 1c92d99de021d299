package org.oncotriage.heads;

import java.util.Arrays;
import java.util.List;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

/**
 * The triage network's heads, in output order: the one definition that the network, the scorer, the
 * training loss and the artifact's {@code labels.json} read. Adding a head means a constant here
 * and its place in {@link #ALL}, a field of {@link Scores} filled by {@link #scores} (and carried
 * through {@code ScoreBlend}), its label and term in the training loss, and whatever decides on it;
 * the network's layers, the decoding and {@code labels.json} follow from this list.
 *
 * <p>The order and names are part of the artifact format: parameters are saved block by block in
 * this order, under these names, and {@code labels.json} must list them as written. Stateless.
 */
public final class Heads {

  /** The responder level: softmax over {@link Responder} wire names in ordinal order. */
  public static final Head RESPONDER =
      Head.softmax(
          "responder", Arrays.stream(Responder.values()).map(Responder::wireName).toList(), 1.0);

  /** Whether the conversation is billable. */
  public static final Head BILLABLE = Head.sigmoid("billable", 1.0);

  /** Whether it reports a present red flag. */
  public static final Head URGENT = Head.sigmoid("urgent", 1.0);

  /** Every head, in output order. */
  public static final List<Head> ALL = List.of(RESPONDER, BILLABLE, URGENT);

  private Heads() {}

  /**
   * The position of {@code head} among the network's outputs.
   *
   * @throws IllegalArgumentException when it is not one of {@link #ALL}
   */
  public static int index(Head head) {
    int i = ALL.indexOf(head);
    if (i < 0) {
      throw new IllegalArgumentException("not a head of the triage network: " + head);
    }
    return i;
  }

  /**
   * One conversation's scores from its head probabilities.
   *
   * @param probabilities for each head of {@link #ALL}, in order, the probabilities of its {@link
   *     Head#units()}
   * @throws IllegalArgumentException when the number of heads or of a head's units is wrong
   */
  public static Scores scores(double[][] probabilities) {
    if (probabilities.length != ALL.size()) {
      throw new IllegalArgumentException(
          "expected the probabilities of "
              + ALL.size()
              + " heads, received "
              + probabilities.length);
    }
    for (int h = 0; h < ALL.size(); h++) {
      if (probabilities[h].length != ALL.get(h).units()) {
        throw new IllegalArgumentException(
            "head "
                + ALL.get(h).name()
                + " has "
                + ALL.get(h).units()
                + " units, received "
                + probabilities[h].length
                + " probabilities");
      }
    }
    return new Scores(
        ResponderProbabilities.fromOrdinalArray(probabilities[index(RESPONDER)]),
        probabilities[index(BILLABLE)][0],
        probabilities[index(URGENT)][0]);
  }
}
