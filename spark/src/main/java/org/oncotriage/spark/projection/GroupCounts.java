package org.oncotriage.spark.projection;

import java.util.Objects;
import org.oncotriage.conversation.Responder;

/**
 * What the model decided for one group of scored conversations: the whole history, a practice, a
 * month, a practice's month or a provider.
 *
 * @param scope {@code overall}, {@code practice}, {@code month}, {@code practice_month} or {@code
 *     provider}
 * @param practiceId the practice, or null
 * @param month the month ({@code YYYY-MM}), or null
 * @param providerId the provider, or null
 * @param conversations conversations scored
 * @param routed conversations by route, in {@link Responder} order
 * @param level conversations by the model's most likely level, in {@link Responder} order
 * @param billableLikely conversations the model calls likely billable
 * @param urgent conversations flagged urgent
 * @param providers distinct providers in the group; 0 when the scores name none
 * @param months distinct months in the group; 0 when the scores name none
 */
public record GroupCounts(
    String scope,
    String practiceId,
    String month,
    String providerId,
    long conversations,
    long[] routed,
    long[] level,
    long billableLikely,
    long urgent,
    long providers,
    long months) {

  public GroupCounts {
    Objects.requireNonNull(scope, "scope");
    routed = checked("routed", routed, conversations);
    level = checked("level", level, conversations);
    if (billableLikely < 0
        || billableLikely > conversations
        || urgent < 0
        || urgent > conversations) {
      throw new IllegalArgumentException(
          "billableLikely and urgent must lie in [0, conversations], received billableLikely="
              + billableLikely
              + ", urgent="
              + urgent
              + ", conversations="
              + conversations);
    }
    if (providers < 0 || months < 0) {
      throw new IllegalArgumentException(
          "providers and months must be >= 0, received " + providers + " and " + months);
    }
  }

  private static long[] checked(String name, long[] byLevel, long conversations) {
    Objects.requireNonNull(byLevel, name);
    if (byLevel.length != Responder.values().length) {
      throw new IllegalArgumentException(
          name + " needs one count per level, received " + byLevel.length);
    }
    long sum = 0;
    for (long c : byLevel) {
      if (c < 0) {
        throw new IllegalArgumentException(name + " counts must be >= 0");
      }
      sum += c;
    }
    if (sum != conversations) {
      throw new IllegalArgumentException(
          name + " counts add up to " + sum + ", not to conversations=" + conversations);
    }
    return byLevel.clone();
  }

  /** Conversations with this route. */
  public long routed(Responder route) {
    return routed[route.ordinal()];
  }

  /** Conversations with this most likely level. */
  public long level(Responder level) {
    return this.level[level.ordinal()];
  }
}
