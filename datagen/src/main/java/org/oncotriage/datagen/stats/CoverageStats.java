package org.oncotriage.datagen.stats;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.GeneratedConversation;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.datagen.noise.Register;

/**
 * How often generated conversations of each responder level, and of each intent, are written in
 * each kind the generator aims at the measured confusions: the writing registers (dictated, text
 * speak, non-native, mixed Spanish-English, Spanish), the long friendly preamble, and the intent
 * families (same-words minimal pairs, administrative asks about clinical artifacts, worried asks).
 * Needs the generator's record of each conversation, not just its text. Not thread-safe.
 */
public final class CoverageStats {

  /** One kind a conversation can be written in. */
  public enum Kind {
    DICTATED(g -> g.register() == Register.DICTATED),
    TEXT_SPEAK(g -> g.register() == Register.TEXT_SPEAK),
    NON_NATIVE(g -> g.register() == Register.NON_NATIVE),
    MIXED_SPANISH(g -> g.register() == Register.MIXED_SPANISH),
    SPANISH(g -> g.register() == Register.SPANISH),
    PREAMBLE(GeneratedConversation::preamble),
    SAME_WORDS(g -> anyName(g, n -> n.contains(".same_"))),
    ARTIFACT_ADMIN(g -> anyName(g, n -> n.startsWith("ma.artifact_"))),
    WORRIED(g -> anyName(g, n -> n.contains(".worried_")));

    private final Predicate<GeneratedConversation> test;

    Kind(Predicate<GeneratedConversation> test) {
      this.test = test;
    }

    public boolean of(GeneratedConversation g) {
      return test.test(g);
    }

    private static boolean anyName(GeneratedConversation g, Predicate<String> p) {
      return g.allIntents().stream().map(Intent::name).anyMatch(p);
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The registers a conversation of any intent can be written in (Spanish has its own intents). */
  private static final List<Kind> TRANSFORMS =
      List.of(Kind.DICTATED, Kind.TEXT_SPEAK, Kind.NON_NATIVE, Kind.MIXED_SPANISH, Kind.PREAMBLE);

  private final Map<Responder, long[]> byLevel = new EnumMap<>(Responder.class);
  private final Map<String, long[]> byIntent = new TreeMap<>();
  private long conversations;

  public void add(GeneratedConversation g) {
    conversations++;
    long[] level =
        byLevel.computeIfAbsent(
            g.conversation().labels().responder(), r -> new long[Kind.values().length + 1]);
    level[Kind.values().length]++;
    boolean[] has = new boolean[Kind.values().length];
    for (Kind k : Kind.values()) {
      has[k.ordinal()] = k.of(g);
      level[k.ordinal()] += has[k.ordinal()] ? 1 : 0;
    }
    g.allIntents().stream()
        .map(Intent::name)
        .distinct()
        .forEach(
            name -> {
              long[] c = byIntent.computeIfAbsent(name, n -> new long[Kind.values().length + 1]);
              c[Kind.values().length]++;
              for (Kind k : TRANSFORMS) {
                c[k.ordinal()] += has[k.ordinal()] ? 1 : 0;
              }
            });
  }

  public long conversations() {
    return conversations;
  }

  /** Share of the conversations at {@code level} written in {@code kind}, in [0, 1]. */
  public double share(Responder level, Kind kind) {
    long[] c = byLevel.get(level);
    return c == null || c[Kind.values().length] == 0
        ? 0
        : c[kind.ordinal()] / (double) c[Kind.values().length];
  }

  /** Intents written in at least one conversation that never appear in {@code kind}. */
  public List<String> intentsNeverIn(Kind kind) {
    return byIntent.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("es.") && e.getValue()[kind.ordinal()] == 0)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The kinds by level, then every intent's conversations and share in each register. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "coverage of %d generated conversations (share of each level written in each kind)%n",
            conversations));
    out.append(
        String.format(
            Locale.ROOT,
            "%-15s %10s %8s %18s%n",
            "kind",
            "oncologist",
            "nurse",
            "medical_assistant"));
    for (Kind k : Kind.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-15s %9.1f%% %7.1f%% %17.1f%%%n",
              k.label(),
              100 * share(Responder.ONCOLOGIST, k),
              100 * share(Responder.NURSE, k),
              100 * share(Responder.MEDICAL_ASSISTANT, k)));
    }
    for (Kind k : TRANSFORMS) {
      List<String> never = intentsNeverIn(k);
      out.append(
          String.format(
              Locale.ROOT,
              "English intents never written %s: %d%s%n",
              k.label(),
              never.size(),
              never.isEmpty() ? "" : " " + never));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%-44s %6s %8s %8s %8s %8s %8s%n",
            "intent",
            "convs",
            "dictated",
            "text",
            "non-nat",
            "mixed",
            "preamble"));
    byIntent.forEach(
        (name, c) -> {
          double n = c[Kind.values().length];
          out.append(
              String.format(
                  Locale.ROOT,
                  "%-44s %6d %7.1f%% %7.1f%% %7.1f%% %7.1f%% %7.1f%%%n",
                  name,
                  (long) n,
                  100 * c[Kind.DICTATED.ordinal()] / n,
                  100 * c[Kind.TEXT_SPEAK.ordinal()] / n,
                  100 * c[Kind.NON_NATIVE.ordinal()] / n,
                  100 * c[Kind.MIXED_SPANISH.ordinal()] / n,
                  100 * c[Kind.PREAMBLE.ordinal()] / n));
        });
    return out.toString();
  }
}
