package org.oncotriage.datagen.template;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A compiled phrasing template. The syntax is small: {@code {a|b|c}} picks one alternative
 * uniformly, {@code [text]} keeps its text with probability one half, and {@code $name} is replaced
 * by the slot {@code name} (letters, digits and underscores) of the {@link Slots} in use; a
 * backslash keeps the next character literally. Alternatives and options nest. Immutable and
 * thread-safe; {@link #render} draws from the random source it is given.
 */
public final class Template {

  private final Node root;
  private final String source;

  private Template(Node root, String source) {
    this.root = root;
    this.source = source;
  }

  /**
   * Compiles {@code source}.
   *
   * @throws IllegalArgumentException when braces or brackets do not match
   */
  public static Template of(String source) {
    Parser parser = new Parser(source);
    Node node = parser.sequence();
    if (parser.pos != source.length()) {
      throw new IllegalArgumentException(
          "unbalanced template at char " + parser.pos + ": " + source);
    }
    return new Template(node, source);
  }

  /** Compiles every source. */
  public static List<Template> all(String... sources) {
    List<Template> list = new ArrayList<>(sources.length);
    for (String s : sources) {
      list.add(of(s));
    }
    return List.copyOf(list);
  }

  /** Renders one variant, drawing choices from {@code rng} and slot values from {@code slots}. */
  public String render(SplittableRandom rng, Slots slots) {
    StringBuilder out = new StringBuilder(source.length() + 32);
    root.render(rng, slots, out);
    return out.toString();
  }

  /** The source text, for error messages and tests. */
  public String source() {
    return source;
  }

  private interface Node {
    void render(SplittableRandom rng, Slots slots, StringBuilder out);
  }

  private record Literal(String text) implements Node {
    @Override
    public void render(SplittableRandom rng, Slots slots, StringBuilder out) {
      out.append(text);
    }
  }

  private record Slot(String name) implements Node {
    @Override
    public void render(SplittableRandom rng, Slots slots, StringBuilder out) {
      out.append(slots.value(name, rng));
    }
  }

  private record Sequence(List<Node> parts) implements Node {
    @Override
    public void render(SplittableRandom rng, Slots slots, StringBuilder out) {
      for (Node part : parts) {
        part.render(rng, slots, out);
      }
    }
  }

  private record Choice(List<Node> options) implements Node {
    @Override
    public void render(SplittableRandom rng, Slots slots, StringBuilder out) {
      options.get(rng.nextInt(options.size())).render(rng, slots, out);
    }
  }

  private record Maybe(Node inner) implements Node {
    @Override
    public void render(SplittableRandom rng, Slots slots, StringBuilder out) {
      if (rng.nextBoolean()) {
        inner.render(rng, slots, out);
      }
    }
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    Node sequence() {
      List<Node> parts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '|' || c == '}' || c == ']') {
          break;
        }
        if (c == '\\' && pos + 1 < s.length()) {
          literal.append(s.charAt(pos + 1));
          pos += 2;
        } else if (c == '{') {
          flush(literal, parts);
          pos++;
          List<Node> options = new ArrayList<>();
          options.add(sequence());
          while (pos < s.length() && s.charAt(pos) == '|') {
            pos++;
            options.add(sequence());
          }
          expect('}');
          parts.add(new Choice(List.copyOf(options)));
        } else if (c == '[') {
          flush(literal, parts);
          pos++;
          Node inner = sequence();
          expect(']');
          parts.add(new Maybe(inner));
        } else if (c == '$') {
          flush(literal, parts);
          pos++;
          int start = pos;
          while (pos < s.length()
              && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
          }
          if (start == pos) {
            throw new IllegalArgumentException("empty slot name at char " + start + ": " + s);
          }
          parts.add(new Slot(s.substring(start, pos)));
        } else {
          literal.append(c);
          pos++;
        }
      }
      flush(literal, parts);
      return parts.size() == 1 ? parts.get(0) : new Sequence(List.copyOf(parts));
    }

    private void expect(char c) {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at char " + pos + ": " + s);
      }
      pos++;
    }

    private static void flush(StringBuilder literal, List<Node> parts) {
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }
}
