package org.oncotriage.redflag;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One red-flag rule of the rule file, compiled. Either a phrase rule ({@code trigger} set) or a
 * temperature rule ({@code temperature} set).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule id, as findings name it
 * @param group rules of one group turn each other's findings off (e.g. all fever rules)
 * @param finding the finding in words
 * @param trigger the phrases that mention the symptom; {@code null} for a temperature rule
 * @param require lists of phrases of which each must be found present in {@code requireScope}
 * @param requireScope where {@code require} is looked for
 * @param unless phrases that, anywhere in the sentence, stop the rule from firing there
 * @param requireRules the rule fires only when one of these rules holds a finding at the end
 * @param considered the kinds of context that turn a mention of this rule off or aside
 * @param count a stool count the message must reach, or {@code null}
 * @param temperature the temperature reading of a temperature rule, or {@code null}
 * @param topic words whose negated or past mention ("no fever now") turns the group off without
 *     ever being evidence, or {@code null}
 * @param staysOn whether a finding, once made, stays on whatever later mentions say: for thoughts
 *     of self-harm, where "I keep thinking about ending it ... but no thoughts of hurting myself"
 *     must still reach the crisis pathway
 */
record Rule(
    String id,
    String group,
    String finding,
    Pattern trigger,
    List<Pattern> require,
    Scope requireScope,
    Pattern unless,
    List<String> requireRules,
    Set<Mention> considered,
    CountCondition count,
    TemperatureSpec temperature,
    Pattern topic,
    boolean staysOn) {

  /** Where required phrases are looked for. */
  enum Scope {
    SENTENCE,
    MESSAGE,
    /** The message or any earlier patient-side message of the conversation. */
    THREAD
  }

  /** The contexts every rule considers unless its file entry says otherwise. */
  static final Set<Mention> DEFAULT_CONTEXTS =
      EnumSet.of(Mention.NEGATED, Mention.PAST, Mention.HYPOTHETICAL, Mention.OTHER_PERSON);

  Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(finding, "finding");
    require = List.copyOf(require);
    Objects.requireNonNull(requireScope, "requireScope");
    requireRules = List.copyOf(requireRules);
    considered = Set.copyOf(considered);
    if ((trigger == null) == (temperature == null)) {
      throw new RedFlagRulesException("rule " + id + ": needs exactly one of trigger or kind");
    }
  }

  /** Whether a mention in {@code context} turns this rule's group off. */
  boolean turnedOffBy(Mention context) {
    return context.turnsOff() && !staysOn;
  }

  boolean considers(Mention context) {
    return considered.contains(context);
  }

  /** Whether this rule speaks of fever, where talk about thresholds is not a report. */
  boolean isFever() {
    return "fever".equals(group);
  }
}
