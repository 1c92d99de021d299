package org.oncotriage.datagen;

import java.util.List;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.datagen.lexicon.CancerType;
import org.oncotriage.datagen.noise.Register;

/**
 * A generated conversation with the intents it was written from, message by message (clinic
 * messages have none). The labels of {@code conversation} are {@code LabelPolicy.decide} of the
 * needs of all these intents.
 *
 * @param conversation the labeled conversation
 * @param intents for each message, the intents its text expresses
 * @param cancerKey the patient's cancer type ({@link CancerType#key()})
 * @param clinicalBackground whether a patient-side message holds a clinical background sentence
 *     (drawn at the same rate whatever the labels)
 * @param register how the patient side is written (plain, dictated, Spanish...), drawn at the same
 *     rate whatever the labels
 * @param preamble whether the opening message starts with a long friendly preamble (same rate
 *     whatever the labels)
 * @param counterweight the {@link TermCounterweights} sentence of the opening message, or null
 *     (same rate whatever the labels)
 */
public record GeneratedConversation(
    Conversation conversation,
    List<List<Intent>> intents,
    String cancerKey,
    boolean clinicalBackground,
    Register register,
    boolean preamble,
    String counterweight) {

  public GeneratedConversation {
    intents = intents.stream().map(List::copyOf).toList();
  }

  /** Every intent of the conversation, in message order. */
  public List<Intent> allIntents() {
    return intents.stream().flatMap(List::stream).toList();
  }
}
