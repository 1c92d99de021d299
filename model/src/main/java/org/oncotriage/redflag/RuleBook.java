package org.oncotriage.redflag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compiled rule file: its version, its context cues and its rules, in file order.
 *
 * <p>Immutable and thread-safe.
 */
final class RuleBook {

  private final String version;
  private final ContextCues cues;
  private final List<Rule> rules;
  private final Map<String, Rule> byId;

  RuleBook(String version, ContextCues cues, List<Rule> rules) {
    this.version = Objects.requireNonNull(version, "version");
    this.cues = Objects.requireNonNull(cues, "cues");
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
  }

  /** The version the rule file states. */
  String version() {
    return version;
  }

  /** The rule ids, in file order. */
  List<String> ruleIds() {
    return rules.stream().map(Rule::id).toList();
  }

  ContextCues cues() {
    return cues;
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
