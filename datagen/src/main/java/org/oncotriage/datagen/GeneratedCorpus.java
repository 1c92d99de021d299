package org.oncotriage.datagen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;

/**
 * The labeled conversations that {@code generate --count N --seed S} writes, in the same order: a
 * conversation whose text repeats an earlier one is redrawn (up to {@value #MAX_ATTEMPTS} times),
 * so a corpus has no duplicate texts and stays a pure function of count, seed and mix. Not
 * thread-safe.
 */
public final class GeneratedCorpus {

  /** How often a conversation whose text repeats an earlier one is redrawn. */
  static final int MAX_ATTEMPTS = 8;

  private final ConversationGenerator generator;

  public GeneratedCorpus(long seed, LabelMix mix) {
    this(seed, mix, 0);
  }

  /**
   * The corpus of {@code seed} and {@code mix} with {@link TermCounterweights} in {@code
   * counterweights} of its English conversations (0: none).
   *
   * @throws IllegalArgumentException when {@code counterweights} is not in [0, 1]
   */
  public GeneratedCorpus(long seed, LabelMix mix, double counterweights) {
    this.generator =
        new ConversationGenerator(seed, Objects.requireNonNull(mix, "mix"))
            .withTermCounterweights(counterweights);
  }

  /** Hands the first {@code count} conversations to {@code sink}, in order. */
  public void forEach(long count, Consumer<GeneratedConversation> sink) {
    Set<Long> seen = new HashSet<>();
    for (long i = 1; i <= count; i++) {
      GeneratedConversation g = generator.generate(i);
      for (int attempt = 1; attempt <= MAX_ATTEMPTS && !seen.add(textHash(g)); attempt++) {
        g = generator.generate(i, attempt);
      }
      sink.accept(g);
    }
  }

  /** The first {@code count} conversations, in memory. */
  public List<Conversation> first(int count) {
    List<Conversation> all = new ArrayList<>(count);
    forEach(count, g -> all.add(g.conversation()));
    return all;
  }

  /** A 64-bit FNV-1a hash of all message texts of a conversation. */
  static long textHash(GeneratedConversation g) {
    long h = 0xcbf29ce484222325L;
    for (Message m : g.conversation().messages()) {
      String t = m.text();
      for (int i = 0; i < t.length(); i++) {
        h = (h ^ t.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ 1) * 0x100000001b3L;
    }
    return h;
  }
}
