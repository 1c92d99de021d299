package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the phrase lists of the rule file into one precompiled {@link Pattern} each.
 *
 * <p>A phrase is a Java regular-expression fragment, written in lower case, matched against text
 * that the engine has lower-cased ({@link RuleText#normalize}) as a whole word or phrase (no word
 * character may touch an end that is a word character; a mark such as {@code "?"} may follow a
 * word). In a phrase, {@code " ?"} matches optional white space and a single space matches any run
 * of white space, so a reviewer writes phrases as they read. {@code {{NAME}}} stands for the phrase
 * list {@code NAME} of the file's {@code terms}. Every quantifier in the shipped rules is bounded
 * or over disjoint classes, so matching is linear in the sentence length (no catastrophic
 * backtracking).
 *
 * <p>Stateless and thread-safe.
 */
final class Phrases {

  private static final Pattern TERM_REFERENCE = Pattern.compile("\\{\\{([A-Z_]+)}}");
  private static final int MAX_TERM_DEPTH = 4;

  /**
   * No word character (or apostrophe) just before a match that starts with one; a match that starts
   * with a mark (a clause break such as {@code "?"} or {@code ":"}) may follow a word: "drops? one
   * more thing" breaks after "drops".
   */
  private static final String WORD_START = "(?:(?<![\\w'])|(?=[^\\w']))";

  /** No word character just after a match that ends with one; a match ending in a mark may. */
  private static final String WORD_END = "(?:(?![\\w])|(?<=[^\\w]))";

  private final Map<String, List<String>> terms;

  Phrases(Map<String, List<String>> terms) {
    this.terms = Map.copyOf(Objects.requireNonNull(terms, "terms"));
  }

  /**
   * One pattern that finds any of {@code phrases}.
   *
   * @param where names the list in errors, e.g. {@code "rule chest.pain: trigger"}
   * @throws RedFlagRulesException when the list is empty, names an unknown term or is not a valid
   *     regular expression
   */
  Pattern compile(List<String> phrases, String where) {
    if (phrases == null || phrases.isEmpty()) {
      throw new RedFlagRulesException(where + ": needs at least one phrase");
    }
    String alternatives = alternation(phrases, where, 0);
    String regex = WORD_START + "(?:" + alternatives + ")" + WORD_END;
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new RedFlagRulesException(where + ": not a valid pattern: " + e.getDescription());
    }
  }

  /**
   * The phrases of a pattern that {@link #compile} made, each as its own regular expression, in
   * order; empty for any other pattern. A pattern made of a subset of them ({@link #ofPhrases})
   * finds at a given place what the whole finds there whenever the phrases left out cannot match
   * there: alternatives are tried in order and the first that matches wins.
   *
   * <p>Also empty, so that nothing is pruned, when a phrase uses what a split would change or what
   * a place-by-place search reads differently: quoting ({@code \Q}), nested or intersected
   * character classes, inline flags and named groups ({@code (?x)}, {@code (?<name>}),
   * back-references, and anchors ({@code ^ $ \A \z \Z \G}). The shipped rules use none of them.
   */
  static List<String> phrasesOf(Pattern compiled) {
    String regex = compiled.pattern();
    String head = WORD_START + "(?:";
    String tail = ")" + WORD_END;
    if (!regex.startsWith(head) || !regex.endsWith(tail)) {
      return List.of();
    }
    String body = regex.substring(head.length(), regex.length() - tail.length());
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int from = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
      if (c == '\\') {
        if ("QkAzZG".indexOf(next) >= 0 || Character.isDigit(next)) {
          return List.of();
        }
        i++;
      } else if (inClass) {
        if (c == '[' || (c == '&' && next == '&')) {
          return List.of();
        }
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (next == ']' || next == '^' && i + 2 < body.length() && body.charAt(i + 2) == ']') {
          return List.of(); // a class that starts with ']' holds it: leave such rare forms whole
        }
      } else if (c == '^' || c == '$') {
        return List.of();
      } else if (c == '(') {
        if (next == '?' && i + 2 < body.length() && !isGroupKind(body, i + 2)) {
          return List.of();
        }
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(body.substring(from, i));
        from = i + 1;
      }
    }
    out.add(body.substring(from));
    return List.copyOf(out);
  }

  /** Whether {@code (?} at {@code at} opens a non-capturing group or a look-around. */
  private static boolean isGroupKind(String body, int at) {
    char kind = body.charAt(at);
    if (kind == ':' || kind == '=' || kind == '!' || kind == '>') {
      return true;
    }
    return kind == '<'
        && at + 1 < body.length()
        && (body.charAt(at + 1) == '=' || body.charAt(at + 1) == '!');
  }

  /** One pattern that finds any of {@code regexes}, phrases as {@link #phrasesOf} gives them. */
  static Pattern ofPhrases(List<String> regexes) {
    return Pattern.compile(WORD_START + "(?:" + String.join("|", regexes) + ")" + WORD_END);
  }

  private String alternation(List<String> phrases, String where, int depth) {
    StringBuilder out = new StringBuilder();
    for (String phrase : phrases) {
      if (phrase == null || phrase.isBlank()) {
        throw new RedFlagRulesException(where + ": blank phrase");
      }
      if (!out.isEmpty()) {
        out.append('|');
      }
      out.append(expand(phrase, where, depth));
    }
    return out.toString();
  }

  private String expand(String phrase, String where, int depth) {
    Matcher reference = TERM_REFERENCE.matcher(phrase);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      List<String> term = terms.get(name);
      if (term == null) {
        throw new RedFlagRulesException(where + ": unknown term {{" + name + "}}");
      }
      if (depth >= MAX_TERM_DEPTH) {
        throw new RedFlagRulesException(where + ": terms nested too deeply at {{" + name + "}}");
      }
      String expanded = "(?:" + alternation(term, "term " + name, depth + 1) + ")";
      reference.appendReplacement(out, Matcher.quoteReplacement(expanded));
    }
    reference.appendTail(out);
    return out.toString().replace(" ?", "\\s*").replace(" ", "\\s+");
  }
}
