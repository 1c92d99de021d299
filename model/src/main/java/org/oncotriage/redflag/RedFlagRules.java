package org.oncotriage.redflag;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncotriage.json.Json;

/**
 * Loads red-flag rules from their JSON file, the one readable place where the urgent list of {@code
 * LABELING.md} lives ({@code org/oncotriage/redflag/red-flag-rules.json}; its {@code about}
 * explains the format to a clinical reviewer).
 *
 * <p>{@link #standard()} loads the shipped file once per process and shares the detector, which is
 * thread-safe.
 */
public final class RedFlagRules {

  /** The classpath resource of the shipped English rules. */
  public static final String STANDARD_RESOURCE = "/org/oncotriage/redflag/red-flag-rules.json";

  /** The classpath resource of the shipped Spanish rules. */
  public static final String SPANISH_RESOURCE = "/org/oncotriage/redflag/red-flag-rules-es.json";

  private static final class Standard {
    static final RuleBasedRedFlagDetector DETECTOR =
        new RuleBasedRedFlagDetector(
            List.of(resource(STANDARD_RESOURCE), resource(SPANISH_RESOURCE)));
  }

  /** Reads a shipped rule file from the classpath. */
  static RuleBook resource(String name) {
    try (InputStream in = RedFlagRules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new RedFlagRulesException(name + " is not on the classpath");
      }
      return read(in, name);
    } catch (IOException e) {
      throw new RedFlagRulesException("cannot read " + name, e);
    }
  }

  private RedFlagRules() {}

  /**
   * The detector with the shipped rules (English, the default, and Spanish), loaded once. Its
   * {@link RuleBasedRedFlagDetector#detect(org.oncotriage.conversation.Conversation)} reads every
   * message as English; give message languages to read each with its own book.
   */
  public static RuleBasedRedFlagDetector standard() {
    return Standard.DETECTOR;
  }

  /**
   * Reads and compiles a rule file.
   *
   * @param source names the file in errors
   * @throws RedFlagRulesException when the file is not valid JSON or a rule is malformed
   */
  static RuleBook read(InputStream in, String source) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new RedFlagRulesException(source + ": not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new RedFlagRulesException(source + ": expected a JSON object");
    }
    Map<String, List<String>> terms = terms(root.path("terms"));
    terms.putIfAbsent(AnticancerDrugs.TERM, AnticancerDrugs.standard().phrases());
    Phrases phrases = new Phrases(terms);
    ContextCues cues = cues(root.path("context"), phrases);
    ThreadCues thread = root.has("thread") ? thread(root.path("thread"), phrases) : ThreadCues.NONE;
    List<Rule> rules = new ArrayList<>();
    JsonNode ruleNodes = root.path("rules");
    if (!ruleNodes.isArray() || ruleNodes.isEmpty()) {
      throw new RedFlagRulesException(source + ": 'rules' must be a non-empty array");
    }
    String language = root.path("language").asText("en");
    for (JsonNode node : ruleNodes) {
      rules.add(rule(node, phrases, language));
    }
    Pattern symptomWords =
        root.has("symptom_words")
            ? phrases.compile(
                strings(root.path("symptom_words"), source), source + ": symptom_words")
            : null;
    return new RuleBook(
        root.path("version").asText("unversioned"), language, cues, thread, rules, symptomWords);
  }

  private static ThreadCues thread(JsonNode node, Phrases phrases) {
    Map<Pattern, String> voice = new LinkedHashMap<>();
    node.path("second_person")
        .fields()
        .forEachRemaining(
            e ->
                voice.put(
                    phrases.compile(List.of(e.getKey()), "thread.second_person"),
                    e.getValue().asText()));
    return new ThreadCues(
        list(node, "yes", phrases, "thread"),
        list(node, "no", phrases, "thread"),
        list(node, "count_question", phrases, "thread"),
        list(node, "count", phrases, "thread"),
        voice,
        node.path("max_answer_words").asInt(30));
  }

  private static Map<String, List<String>> terms(JsonNode node) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue(), "term")));
    return out;
  }

  private static ContextCues cues(JsonNode node, Phrases phrases) {
    return new ContextCues(
        list(node, "clause_break", phrases, "context"),
        list(node, "negation", phrases, "context"),
        node.path("negation_window_words").asInt(5),
        list(node, "hypothetical", phrases, "context"),
        list(node, "threshold_talk", phrases, "context"),
        list(node, "past", phrases, "context"),
        list(node, "ongoing", phrases, "context"),
        list(node, "resolution", phrases, "context"),
        list(node, "past_tense", phrases, "context"),
        list(node, "chronic", phrases, "context"),
        list(node, "other_person", phrases, "context"),
        list(node, "first_person", phrases, "context"),
        list(node, "proxy_writer", phrases, "context"));
  }

  private static Rule rule(JsonNode node, Phrases phrases, String language) {
    String id = node.path("id").asText("");
    if (id.isBlank()) {
      throw new RedFlagRulesException("a rule without an id");
    }
    String where = "rule " + id;
    String finding = node.path("finding").asText("");
    if (finding.isBlank()) {
      throw new RedFlagRulesException(where + ": needs a 'finding'");
    }
    Set<Mention> considered = EnumSet.copyOf(Rule.DEFAULT_CONTEXTS);
    for (String ignored : strings(node.path("ignore"), where + ": ignore")) {
      considered.remove(mention(ignored, where));
    }
    if (node.path("chronic_turns_off").asBoolean(false)) {
      considered.add(Mention.CHRONIC);
    }
    List<Pattern> require = new ArrayList<>();
    int n = 0;
    for (JsonNode group : node.path("require")) {
      require.add(phrases.compile(strings(group, where), where + ": require[" + n++ + "]"));
    }
    Rule.Scope scope =
        switch (node.path("require_scope").asText("sentence")) {
          case "sentence" -> Rule.Scope.SENTENCE;
          case "message" -> Rule.Scope.MESSAGE;
          case "thread" -> Rule.Scope.THREAD;
          default ->
              throw new RedFlagRulesException(
                  where + ": require_scope must be 'sentence', 'message' or 'thread'");
        };
    boolean temperature = "temperature".equals(node.path("kind").asText(""));
    return new Rule(
        id,
        node.path("group").asText(id),
        finding,
        temperature ? null : phrases.compile(strings(node.path("trigger"), where), where),
        require,
        scope,
        node.has("unless")
            ? phrases.compile(strings(node.path("unless"), where), where + ": unless")
            : null,
        strings(node.path("require_rules"), where),
        considered,
        node.has("count") ? count(node.path("count"), phrases, where, language) : null,
        temperature ? temperature(node, phrases, where) : null,
        node.has("topic")
            ? phrases.compile(strings(node.path("topic"), where), where + ": topic")
            : null,
        node.path("stays_on").asBoolean(false));
  }

  private static CountCondition count(
      JsonNode node, Phrases phrases, String where, String language) {
    return new CountCondition(
        phrases.compile(strings(node.path("pattern"), where), where + ": count.pattern"),
        phrases.compile(strings(node.path("baseline"), where), where + ": count.baseline"),
        node.path("min_above_baseline").asInt(6),
        "es".equals(language));
  }

  private static TemperatureSpec temperature(JsonNode node, Phrases phrases, String where) {
    if (!node.path("fahrenheit_min").isNumber() || !node.path("celsius_min").isNumber()) {
      throw new RedFlagRulesException(where + ": needs numbers fahrenheit_min and celsius_min");
    }
    return new TemperatureSpec(
        node.path("fahrenheit_min").asDouble(),
        node.path("celsius_min").asDouble(),
        phrases.compile(strings(node.path("cue"), where), where + ": cue"),
        phrases.compile(strings(node.path("timing"), where), where + ": timing"),
        node.path("timing_finding").asText(""),
        phrases.compile(strings(node.path("masking"), where), where + ": masking"));
  }

  private static Mention mention(String name, String where) {
    try {
      return Mention.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new RedFlagRulesException(where + ": unknown context '" + name + "' in ignore");
    }
  }

  private static Pattern list(JsonNode node, String field, Phrases phrases, String where) {
    return phrases.compile(strings(node.path(field), where + "." + field), where + "." + field);
  }

  private static List<String> strings(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new RedFlagRulesException(where + ": expected an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new RedFlagRulesException(where + ": expected an array of strings");
      }
      out.add(item.asText());
    }
    return out;
  }
}
