package org.oncotriage.lexical;

import org.oncotriage.conversation.Responder;

/**
 * The lexical model's probabilities for one conversation.
 *
 * @param responder probability of each responder level, indexed by {@link Responder#ordinal()};
 *     sums to 1
 * @param billable probability that the conversation is billable
 */
public record LexicalScores(double[] responder, double billable) {

  public LexicalScores {
    if (responder.length != Responder.values().length) {
      throw new IllegalArgumentException(
          "expected " + Responder.values().length + " probabilities, received " + responder.length);
    }
    responder = responder.clone();
  }

  @Override
  public double[] responder() {
    return responder.clone();
  }
}
