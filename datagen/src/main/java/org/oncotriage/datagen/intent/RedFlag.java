package org.oncotriage.datagen.intent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.datagen.template.Template;
import org.oncotriage.policy.Need;

/**
 * One red flag of the urgent list in LABELING.md, with phrasings for each way it can be mentioned.
 * Only {@link Presence#PRESENT} is urgent; the others are near-misses.
 *
 * @param name a short key ("fever", "chest_pain")
 * @param needsChemo whether the flag only counts during or after chemotherapy (fever, chills)
 * @param phrasings the templates for each presence; PRESENT is required
 */
record RedFlag(String name, boolean needsChemo, Map<Presence, List<Template>> phrasings) {

  /** How a red flag is mentioned. */
  public enum Presence {
    /** Reported as happening now: urgent. */
    PRESENT,
    /** Denied ("no fever"). */
    NEGATED,
    /** Over and gone ("the fever last week is gone"). */
    PAST,
    /** Asked about ("what if I get a fever?"). */
    HYPOTHETICAL,
    /** Present but under the threshold ("99.5 F", "4 loose stools"). */
    BELOW_THRESHOLD
  }

  public RedFlag {
    phrasings = Map.copyOf(phrasings);
    if (!phrasings.containsKey(Presence.PRESENT)) {
      throw new IllegalArgumentException("red flag " + name + " has no present phrasing");
    }
  }

  /**
   * The need a mention with this presence carries: urgent only when present; a question about it
   * (hypothetical, or below the threshold) is protocol nursing; a denial or a past episode asks
   * nothing by itself (the rest of the message decides).
   */
  public static Need need(Presence presence) {
    return switch (presence) {
      case PRESENT -> Need.redFlag();
      case HYPOTHETICAL, BELOW_THRESHOLD -> Need.nursing();
      case NEGATED, PAST -> Need.administrative();
    };
  }

  /** One intent per presence this flag has phrasings for, named {@code redflag.NAME.PRESENCE}. */
  public List<Intent> intents() {
    List<Intent> out = new ArrayList<>();
    for (Presence presence : Presence.values()) {
      List<Template> templates = phrasings.get(presence);
      if (templates != null) {
        out.add(
            new Intent(
                intentName(presence),
                switch (presence) {
                  case PRESENT -> "red_flag";
                  case HYPOTHETICAL, BELOW_THRESHOLD -> "red_flag_question";
                  case NEGATED, PAST -> "red_flag_mention";
                },
                need(presence),
                needsChemo,
                templates));
      }
    }
    return out;
  }

  public String intentName(Presence presence) {
    return "redflag." + name + "." + presence.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Builds a red flag from template sources. */
  static final class Builder {
    private final String name;
    private final boolean needsChemo;
    private final Map<Presence, List<Template>> phrasings = new EnumMap<>(Presence.class);

    Builder(String name, boolean needsChemo) {
      this.name = name;
      this.needsChemo = needsChemo;
    }

    Builder with(Presence presence, String... sources) {
      phrasings.put(presence, Template.all(sources));
      return this;
    }

    RedFlag build() {
      return new RedFlag(name, needsChemo, phrasings);
    }
  }
}
