package org.oncotriage.datagen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.datagen.compose.ClinicReplies;
import org.oncotriage.datagen.compose.Composer;
import org.oncotriage.datagen.compose.Scenario;
import org.oncotriage.datagen.compose.Sentences;
import org.oncotriage.datagen.intent.Bucket;
import org.oncotriage.datagen.intent.ClarifyingThreads;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.datagen.intent.IntentCatalog;
import org.oncotriage.datagen.intent.IntentPicker;
import org.oncotriage.datagen.intent.Plan;
import org.oncotriage.datagen.intent.PortalAdminIntents;
import org.oncotriage.datagen.intent.ScreenedNursingIntents;
import org.oncotriage.datagen.intent.ScreeningAnswers;
import org.oncotriage.datagen.noise.Noise;
import org.oncotriage.datagen.noise.Paraphraser;
import org.oncotriage.datagen.noise.Register;
import org.oncotriage.datagen.noise.StyleTransforms;
import org.oncotriage.datagen.template.Pick;
import org.oncotriage.policy.LabelPolicy;
import org.oncotriage.policy.Need;

/**
 * Writes labeled synthetic portal conversations. Conversation {@code i} depends only on the seed
 * and {@code i}, so output is the same for a seed whatever the count or the order of calls. Labels
 * are never drawn: they are {@link LabelPolicy#decide} of the needs of the intents that were
 * written. The label mix steers which intents are written. Thread-safe (no mutable state).
 */
public final class ConversationGenerator {

  /** Red flags that someone else usually reports (a confused patient rarely writes it). */
  private static final java.util.Set<String> REPORTED_BY_OTHERS =
      java.util.Set.of(
          "redflag.confusion.present", "redflag.seizure.present", "redflag.fainting.present");

  /**
   * Symptom categories whose phrasings may lose their question and stand as a bare report: the
   * content still carries the need, so statement form occurs in nurse and oncologist threads as it
   * does in urgent ones.
   */
  private static final java.util.Set<String> STATEMENT_CATEGORIES =
      java.util.Set.of(
          "side_effect_mild",
          "side_effect_severe",
          "new_problem",
          "new_symptom",
          "result_explained");

  /** The share of patient messages written without question marks, for every label. */
  static final double UNMARKED_QUESTION_SHARE = 0.08;

  /** The share of conversations whose opening message starts with a long friendly preamble. */
  static final double PREAMBLE_SHARE = 0.06;

  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private final long seed;
  private final LabelMix mix;
  private final IntentCatalog catalog;
  private final IntentPicker picker;
  private final Composer composer = new Composer();
  private final Noise noise = new Noise();
  private final Paraphraser paraphraser = new Paraphraser(0.3);
  private final Register forced;
  private final TermCounterweights counterweights;

  public ConversationGenerator(long seed, LabelMix mix) {
    this(seed, mix, IntentCatalog.standard());
  }

  public ConversationGenerator(long seed, LabelMix mix, IntentCatalog catalog) {
    this(seed, mix, catalog, null, TermCounterweights.NONE);
  }

  private ConversationGenerator(
      long seed,
      LabelMix mix,
      IntentCatalog catalog,
      Register forced,
      TermCounterweights counterweights) {
    this.seed = seed;
    this.mix = java.util.Objects.requireNonNull(mix, "mix");
    this.catalog = catalog;
    this.picker = new IntentPicker(catalog);
    this.forced = forced;
    this.counterweights = counterweights;
  }

  /**
   * This generator with {@link TermCounterweights} in {@code share} of its English conversations
   * (0: none, as by default). The first such generator of a label mix in a JVM calibrates them (a
   * few seconds). With {@code share} above 0 other conversations are written than by default.
   *
   * @throws IllegalArgumentException when {@code share} is not in [0, 1]
   */
  public ConversationGenerator withTermCounterweights(double share) {
    return new ConversationGenerator(
        seed, mix, catalog, forced, TermCounterweights.calibrated(mix, catalog, share));
  }

  /**
   * A generator that writes every English conversation in {@code register} instead of drawing one
   * (Spanish conversations stay Spanish); the intents and labels of conversation {@code i} are the
   * same as this generator's. For tests and coverage checks.
   */
  public ConversationGenerator withRegister(Register register) {
    return new ConversationGenerator(seed, mix, catalog, register, counterweights);
  }

  public IntentCatalog catalog() {
    return catalog;
  }

  /** The id of conversation {@code index} (1-based): {@code gen-SEED-000001}. */
  public String id(long index) {
    return String.format(java.util.Locale.ROOT, "gen-%d-%06d", seed, index);
  }

  /** Generates conversation {@code index} (1-based). */
  public GeneratedConversation generate(long index) {
    return generate(index, 0);
  }

  /**
   * Generates conversation {@code index} (1-based), drawing variant {@code attempt}: attempt 0 is
   * {@link #generate(long)}; other attempts give other texts under the same id, for callers that
   * replace a text that repeats an earlier one.
   */
  public GeneratedConversation generate(long index, int attempt) {
    long base = mix64(seed * 0x9E3779B97F4A7C15L + index);
    SplittableRandom rng = new SplittableRandom(attempt == 0 ? base : mix64(base + attempt));
    Bucket bucket = mix.draw(rng);
    Plan plan = picker.plan(rng, bucket);
    return write(rng, index, plan);
  }

  /** Generates a conversation from the given messages' intents (for tests and examples). */
  public GeneratedConversation generate(long index, List<List<Intent>> messages) {
    SplittableRandom rng = new SplittableRandom(mix64(seed * 0x9E3779B97F4A7C15L + index));
    return write(rng, index, new Plan(messages, true));
  }

  private GeneratedConversation write(SplittableRandom rng, long index, Plan plan) {
    boolean chemo = plan.messages().stream().flatMap(List::stream).anyMatch(Intent::needsChemo);
    boolean reportedByOthers =
        plan.messages().stream()
            .flatMap(List::stream)
            .anyMatch(i -> REPORTED_BY_OTHERS.contains(i.name()));
    boolean caregiver = Pick.chance(rng, reportedByOthers ? 0.8 : 0.18);
    Scenario.Voice voice =
        caregiver
            ? (rng.nextBoolean() ? Scenario.Voice.SHE : Scenario.Voice.HE)
            : Scenario.Voice.SELF;
    boolean onTreatment = chemo || Pick.chance(rng, 0.8);
    Scenario scenario = new Scenario(rng, voice, onTreatment, chemo);
    Noise.Style style = Noise.style(rng);
    Sender side = caregiver ? Sender.CAREGIVER : Sender.PATIENT;
    boolean spanish =
        plan.messages().stream().flatMap(List::stream).anyMatch(IntentCatalog::isSpanish);
    Register register = spanish ? Register.SPANISH : forced != null ? forced : Register.draw(rng);
    boolean preamble = !spanish && Pick.chance(rng, PREAMBLE_SHARE);
    // a red flag reported in one message is not denied in another ("no fever" after a fever):
    // a later denial turns it off (LABELING.md), which would contradict the urgent label
    boolean calmConversation =
        plan.messages().stream().flatMap(List::stream).noneMatch(i -> i.need().urgent());
    Labels labels =
        LabelPolicy.decide(
            plan.messages().stream().flatMap(List::stream).map(Intent::need).toList());
    // a clinical word the intents name mostly at other levels, said in passing in the first message
    String counterweight =
        spanish ? null : counterweights.draw(rng, labels.responder(), scenario).orElse(null);

    boolean timed = Pick.chance(rng, 0.8);
    Instant t = EPOCH.plus(Duration.ofMinutes(rng.nextLong(700L * 24 * 60)));
    List<Message> messages = new ArrayList<>();
    List<List<Intent>> intents = new ArrayList<>();
    Need previous = Need.administrative();
    boolean background = false;
    for (int m = 0; m < plan.messages().size(); m++) {
      List<Intent> msgIntents = plan.messages().get(m);
      if (m > 0
          && (plan.clinicReplies() || m == plan.messages().size() - 1 && Pick.chance(rng, 0.5))) {
        t = t.plus(Duration.ofMinutes(15 + rng.nextInt(60 * 20)));
        boolean answers =
            msgIntents.stream()
                .anyMatch(
                    i ->
                        i.category().equals(ScreenedNursingIntents.ANSWER_CATEGORY)
                            || i.category().equals(ScreeningAnswers.ANSWER_CATEGORY)
                            || i.category().equals(ClarifyingThreads.DIARRHEA_SCREEN_ANSWER));
        String clarifying =
            msgIntents.stream()
                .map(Intent::category)
                .filter(cat -> cat.startsWith(ClarifyingThreads.PREFIX))
                .findFirst()
                .orElse(null);
        boolean adminCheck =
            msgIntents.stream()
                .anyMatch(i -> i.category().equals(PortalAdminIntents.ANSWER_CATEGORY));
        String reply =
            clarifying != null
                ? ClinicReplies.withOpening(
                    rng,
                    scenario,
                    Pick.one(rng, ClarifyingThreads.clinicQuestions(clarifying))
                        .render(rng, scenario))
                : answers
                    ? ClinicReplies.screening(rng, scenario)
                    : adminCheck
                        ? ClinicReplies.symptomCheck(rng, scenario)
                        : ClinicReplies.reply(rng, scenario, previous);
        messages.add(new Message(Sender.CLINIC, timed ? t : null, reply));
        intents.add(List.of());
      }
      List<String> sentences = new ArrayList<>();
      if (m == 0 && counterweight != null) {
        sentences.add(counterweight);
      }
      for (Intent intent : msgIntents) {
        String sentence = intent.render(rng, scenario);
        if (STATEMENT_CATEGORIES.contains(intent.category()) && Pick.chance(rng, 0.5)) {
          sentence = Sentences.dropQuestions(sentence);
        }
        sentences.add(sentence);
      }
      if (m == 0 && counterweight != null && sentences.size() > 1 && rng.nextBoolean()) {
        sentences.add(sentences.remove(0));
      }
      String text;
      if (spanish) {
        text = noise.apply(composer.composeSpanish(rng, scenario, sentences, m == 0), style, rng);
      } else {
        Composer.Composed composed =
            composer.compose(rng, scenario, sentences, m == 0, calmConversation, preamble);
        background |= composed.background();
        text = paraphraser.apply(composed.text(), rng);
        text = register == Register.DICTATED ? text : noise.apply(text, style, rng);
        text = StyleTransforms.apply(register, text, rng);
      }
      if (Pick.chance(rng, UNMARKED_QUESTION_SHARE)) {
        text = text.replace("?", Pick.one(rng, ".", "", "..."));
      }
      if (m > 0) {
        t = t.plus(Duration.ofMinutes(3 + rng.nextInt(60 * 30)));
      }
      messages.add(new Message(side, timed ? t : null, text));
      intents.add(msgIntents);
      previous = highest(msgIntents);
    }
    if (plan.messages().size() > 1 && Pick.chance(rng, 0.25)) {
      t = t.plus(Duration.ofMinutes(10 + rng.nextInt(60 * 8)));
      messages.add(
          new Message(
              Sender.CLINIC, timed ? t : null, ClinicReplies.reply(rng, scenario, previous)));
      intents.add(List.of());
    }
    Conversation conversation =
        new Conversation(id(index), messages, context(rng, onTreatment, recentVisit(plan)), labels);
    return new GeneratedConversation(
        conversation, intents, scenario.cancerKey(), background, register, preamble, counterweight);
  }

  /** The need of a message as one need: the policy's decision folded back. */
  private static Need highest(List<Intent> intents) {
    Labels l = LabelPolicy.decide(intents.stream().map(Intent::need).toList());
    return new Need(l.responder(), l.billable(), l.urgent());
  }

  /** Whether the text refers to something discussed at the last visit. */
  private static boolean recentVisit(Plan plan) {
    return plan.messages().stream()
        .flatMap(List::stream)
        .anyMatch(
            i ->
                i.category().equals("result_explained")
                    || i.category().equals("prognosis_covered"));
  }

  private static ConversationContext context(
      SplittableRandom rng, boolean onTreatment, boolean recentVisit) {
    if (Pick.chance(rng, 0.12)) {
      return ConversationContext.EMPTY;
    }
    Integer days = null;
    if (Pick.chance(rng, 0.88)) {
      double x = rng.nextDouble();
      days =
          recentVisit
              ? rng.nextInt(21)
              : x < 0.15 ? rng.nextInt(7) : x < 0.7 ? 7 + rng.nextInt(28) : 35 + rng.nextInt(150);
    }
    Boolean active = Pick.chance(rng, 0.88) ? onTreatment : null;
    return new ConversationContext(days, active);
  }

  /** SplitMix64 finalizer: spreads consecutive seeds over the whole range. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
