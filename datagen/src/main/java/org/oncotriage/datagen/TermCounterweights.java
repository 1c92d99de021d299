package org.oncotriage.datagen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.compose.Scenario;
import org.oncotriage.datagen.intent.IntentCatalog;
import org.oncotriage.datagen.stats.ClinicalTerms;
import org.oncotriage.datagen.stats.TermStats;
import org.oncotriage.datagen.template.Pick;
import org.oncotriage.datagen.template.Template;

/**
 * Background mentions that keep a clinical word from telling the level by itself. The intents name
 * some medicines, scans and labs mostly at one level (oxaliplatin where worse neuropathy needs a
 * dose decision, pemetrexed in premedication questions, a PSMA PET in records requests), and a
 * model then reads the name as the level, where the policy reads the ask.
 *
 * <p>Calibrated once per label mix and catalog, on {@value #CALIBRATION_CONVERSATIONS}
 * conversations written without counterweights: for each level, every term named in at least
 * {@value #MIN_SUPPORT} of them is short of some mentions at that level (its conversations times
 * the level's overall share, less those at the level). A share of conversations, the same share at
 * every level so that the sentence itself tells nothing, then get one background sentence naming a
 * term: which medicine someone is on, when the last scan was, how often a marker is drawn. The term
 * is drawn by shortfall while the level's shortfall lasts (the share of its conversations the
 * shortfalls add up to, over the share); otherwise by how often the level already names it, which
 * leaves its mix as it was. Such a sentence asks nothing, so it carries no need and fires no
 * red-flag rule. Kinds the policy ties to a level (controlled substances, administrative
 * artifacts), other artifacts and words of worry are never drawn.
 *
 * <p>Off unless asked for ({@code generate --term-counterweights 0.15}): with them at 0.15, the
 * terms that lean to a level beyond the policy in 60,000 generated conversations went from 44 to
 * 22, but the base model trained by the recipe on them did not do better on the development set
 * (README, "Command line"). Immutable and thread-safe.
 */
final class TermCounterweights {

  static final int CALIBRATION_CONVERSATIONS = 12_000;
  static final int MIN_SUPPORT = 10;
  private static final long CALIBRATION_SEED = 0x7E57_C0DEL;

  /** The sentence forms per term kind; {@code %s} is the term. Kinds not listed are never drawn. */
  private static final Map<String, List<String>> FORMS =
      Map.of(
          "medicine",
          List.of(
              "$I also take$s %s{| every day| in the morning| at night| as needed}.",
              "{$my med list has|$my medicines include} %s{| too| as well}.",
              "{For the record|Fyi|In case it matters}, $Im on %s{| right now| these days}."),
          "scan",
          List.of(
              "$my last %s was {on $pastdate|last month|in the spring|a few months ago}.",
              "{The|$my} %s {is|gets} done every {3 months|6 months|few months}."),
          "marker",
          List.of("{$my|The} %s {is|gets} drawn {with $my usual labs|every cycle|every 3 months}."),
          "lab",
          List.of("{$my|The} %s {is|gets} checked {with $my usual labs|before every cycle}."));

  private static final Set<String> MEDICINE_KINDS =
      Set.of(
          "drug",
          "regimen",
          "antiemetic",
          "bowel",
          "supportive",
          "home_medicine",
          "new_medicine",
          "supplement");

  /** No counterweights: the default, and what the calibration pass writes with. */
  static final TermCounterweights NONE = new TermCounterweights(0, new EnumMap<>(Responder.class));

  private static final Map<List<Object>, TermCounterweights> CALIBRATED = new ConcurrentHashMap<>();

  /**
   * A term and the kind of sentence that names it.
   *
   * @param term a normalized catalog term (letters, digits and spaces: safe inside a template)
   * @param form a key of {@link #FORMS}
   */
  private record Mention(String term, String form) {}

  /**
   * What one level draws from.
   *
   * @param shortfall terms weighted by the mentions they are short of at the level
   * @param usual terms weighted by how many of the level's conversations name them
   * @param fixing the chance a counterweight sentence draws from {@code shortfall}
   */
  private record Draws(Weighted shortfall, Weighted usual, double fixing) {}

  private final double share;
  private final Map<Responder, Draws> byLevel;

  private TermCounterweights(double share, Map<Responder, Draws> byLevel) {
    this.share = share;
    this.byLevel = byLevel;
  }

  /**
   * The counterweights for {@code mix} and {@code catalog} written into {@code share} of English
   * conversations, calibrated on first use; {@link #NONE} when {@code share} is 0.
   *
   * @throws IllegalArgumentException when {@code share} is not in [0, 1]
   */
  static TermCounterweights calibrated(LabelMix mix, IntentCatalog catalog, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("the counterweight share must be in [0, 1]: " + share);
    }
    if (share == 0) {
      return NONE;
    }
    return CALIBRATED.computeIfAbsent(
        List.of(mix, catalog, share), k -> calibrate(mix, catalog, share));
  }

  private static TermCounterweights calibrate(LabelMix mix, IntentCatalog catalog, double share) {
    ConversationGenerator uncorrected = new ConversationGenerator(CALIBRATION_SEED, mix, catalog);
    ClinicalTerms terms = ClinicalTerms.standard();
    TermStats stats = new TermStats(terms);
    for (long i = 1; i <= CALIBRATION_CONVERSATIONS; i++) {
      stats.add(uncorrected.generate(i).conversation());
    }
    Map<Responder, Draws> byLevel = new EnumMap<>(Responder.class);
    for (Responder level : Responder.values()) {
      List<Mention> scarce = new ArrayList<>();
      List<Double> shortBy = new ArrayList<>();
      List<Mention> named = new ArrayList<>();
      List<Double> naming = new ArrayList<>();
      for (TermStats.Row row : stats.rows()) {
        String form = formKind(row.term().kind());
        if (form == null || row.total() < MIN_SUPPORT) {
          continue;
        }
        Mention item = new Mention(row.term().term(), form);
        long atLevel = row.byLevel().getOrDefault(level, 0L);
        double missing = row.total() * stats.baseShare(level) - atLevel;
        if (missing >= 1) {
          scarce.add(item);
          shortBy.add(missing);
        }
        if (atLevel > 0) {
          named.add(item);
          naming.add((double) atLevel);
        }
      }
      double conversations = stats.baseShare(level) * stats.conversations();
      double total = shortBy.stream().mapToDouble(Double::doubleValue).sum();
      double fixing = conversations == 0 ? 0 : Math.min(1, total / (share * conversations));
      byLevel.put(
          level, new Draws(Weighted.of(scarce, shortBy), Weighted.of(named, naming), fixing));
    }
    return new TermCounterweights(share, byLevel);
  }

  private static String formKind(String kind) {
    if (MEDICINE_KINDS.contains(kind)) {
      return "medicine";
    }
    return FORMS.containsKey(kind) ? kind : null;
  }

  /**
   * With probability {@link #share}, a background sentence for a conversation at {@code level},
   * written in {@code scenario}'s voice; always one draw from {@code rng} first, so the share is
   * the same at every level. {@link #NONE} draws nothing from {@code rng}.
   */
  Optional<String> draw(SplittableRandom rng, Responder level, Scenario scenario) {
    if (share == 0) {
      return Optional.empty();
    }
    if (!Pick.chance(rng, share)) {
      return Optional.empty();
    }
    Draws draws = byLevel.get(level);
    Weighted weighted =
        Pick.chance(rng, draws.fixing()) && !draws.shortfall().isEmpty()
            ? draws.shortfall()
            : draws.usual();
    if (weighted.isEmpty()) {
      return Optional.empty();
    }
    Mention mention = weighted.pick(rng);
    String form = Pick.one(rng, FORMS.get(mention.form()));
    return Optional.of(Template.of(String.format(form, mention.term())).render(rng, scenario));
  }

  /** The terms a conversation at {@code level} is short of, most missing first (for tests). */
  List<String> shortOf(Responder level) {
    Draws draws = byLevel.get(level);
    return draws == null
        ? List.of()
        : draws.shortfall().byWeight().stream().map(Mention::term).toList();
  }

  /** Items with weights, drawn in proportion to them. */
  private record Weighted(List<Mention> items, double[] cumulative) {

    static Weighted of(List<Mention> items, List<Double> weights) {
      double[] cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < weights.size(); i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new Weighted(List.copyOf(items), cumulative);
    }

    boolean isEmpty() {
      return items.isEmpty();
    }

    Mention pick(SplittableRandom rng) {
      double x = rng.nextDouble() * cumulative[cumulative.length - 1];
      int i = java.util.Arrays.binarySearch(cumulative, x);
      return items.get(i >= 0 ? i : Math.min(-i - 1, items.size() - 1));
    }

    List<Mention> byWeight() {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(weight(b), weight(a)));
      return order.stream().map(items::get).toList();
    }

    private double weight(int i) {
      return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }
  }
}
