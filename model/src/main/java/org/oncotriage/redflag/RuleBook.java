package org.oncotriage.redflag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The compiled rule file: its version, its language, its context cues, how it reads answers to
 * clinic questions, and its rules, in file order.
 *
 * <p>Immutable and thread-safe.
 */
final class RuleBook {

  private final String version;
  private final String language;
  private final ContextCues cues;
  private final ThreadCues thread;
  private final List<Rule> rules;
  private final Map<String, Rule> byId;
  private final Pattern symptomWords;

  RuleBook(String version, ContextCues cues, List<Rule> rules) {
    this(version, "en", cues, ThreadCues.NONE, rules, null);
  }

  /**
   * @param symptomWords symptoms and parts of the body, for telling a sentence that speaks of the
   *     patient's body from one that does not; null for none
   */
  RuleBook(
      String version,
      String language,
      ContextCues cues,
      ThreadCues thread,
      List<Rule> rules,
      Pattern symptomWords) {
    this.version = Objects.requireNonNull(version, "version");
    this.language = Objects.requireNonNull(language, "language");
    this.cues = Objects.requireNonNull(cues, "cues");
    this.thread = Objects.requireNonNull(thread, "thread");
    this.rules = List.copyOf(rules);
    Map<String, Rule> index = new LinkedHashMap<>();
    for (Rule rule : this.rules) {
      if (index.put(rule.id(), rule) != null) {
        throw new RedFlagRulesException("rule " + rule.id() + ": id used twice");
      }
    }
    for (Rule rule : this.rules) {
      for (String required : rule.requireRules()) {
        if (!index.containsKey(required)) {
          throw new RedFlagRulesException(
              "rule " + rule.id() + ": require_rules names unknown rule " + required);
        }
      }
    }
    this.byId = Map.copyOf(index);
    this.symptomWords = symptomWords;
  }

  /** Symptoms and parts of the body; null when the file names none. */
  Pattern symptomWords() {
    return symptomWords;
  }

  /** The version the rule file states. */
  String version() {
    return version;
  }

  /** The language of the book's phrases, ISO 639-1 ("en", "es"). */
  public String language() {
    return language;
  }

  /** The rule ids, in file order. */
  List<String> ruleIds() {
    return rules.stream().map(Rule::id).toList();
  }

  ContextCues cues() {
    return cues;
  }

  ThreadCues thread() {
    return thread;
  }

  List<Rule> rules() {
    return rules;
  }

  Rule rule(String id) {
    Rule rule = byId.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("no rule " + id);
    }
    return rule;
  }
}
