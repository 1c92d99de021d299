package org.oncotriage.training.adapt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;

/**
 * Whether a practice's labeled conversations are enough to adapt a model with {@code k}-fold
 * cross-validation, and if not, what is missing. Each responder level needs {@link #MIN_PER_LEVEL}
 * conversations (and at least one per fold), billable and urgent need both classes (urgent: at
 * least one urgent conversation, so that its calibration and recall can be measured). Stateless.
 */
public final class PracticeSufficiency {

  /** Fewest conversations of each responder level that adaptation accepts. */
  public static final int MIN_PER_LEVEL = 20;

  /** Fewest billable (and non-billable) conversations. */
  public static final int MIN_BILLABLE = 10;

  /** Fewest urgent conversations. */
  public static final int MIN_URGENT = 1;

  private PracticeSufficiency() {}

  /**
   * What is missing for {@code folds}-fold adaptation on {@code conversations}, one line each;
   * empty when nothing is.
   */
  public static List<String> missing(List<Conversation> conversations, int folds) {
    Map<Responder, Integer> perLevel = new EnumMap<>(Responder.class);
    int billable = 0;
    int urgent = 0;
    for (Conversation c : conversations) {
      Labels labels = c.labels();
      perLevel.merge(labels.responder(), 1, Integer::sum);
      billable += labels.billable() ? 1 : 0;
      urgent += labels.urgent() ? 1 : 0;
    }
    List<String> missing = new ArrayList<>();
    int needed = Math.max(MIN_PER_LEVEL, folds);
    for (Responder level : Responder.values()) {
      int count = perLevel.getOrDefault(level, 0);
      if (count < needed) {
        missing.add(
            String.format(
                Locale.ROOT,
                "%d %s conversations, at least %d needed",
                count,
                level.wireName(),
                needed));
      }
    }
    int notBillable = conversations.size() - billable;
    if (billable < MIN_BILLABLE || notBillable < MIN_BILLABLE) {
      missing.add(
          String.format(
              Locale.ROOT,
              "%d billable and %d non-billable conversations, at least %d of each needed",
              billable,
              notBillable,
              MIN_BILLABLE));
    }
    if (urgent < MIN_URGENT) {
      missing.add(
          String.format(
              Locale.ROOT,
              "%d urgent conversations, at least %d needed to calibrate and measure the urgent"
                  + " flag",
              urgent,
              MIN_URGENT));
    }
    return missing;
  }
}
