package org.oncotriage.nn;

/**
 * The network's probabilities for one conversation.
 *
 * @param responder probability of each responder level, indexed by {@link
 *     org.oncotriage.conversation.Responder#ordinal()}; sums to 1
 * @param billable probability that the conversation is billable
 * @param urgent probability that it reports a present red flag
 */
public record ModelScores(double[] responder, double billable, double urgent) {

  public ModelScores {
    responder = responder.clone();
  }

  @Override
  public double[] responder() {
    return responder.clone();
  }
}
