package org.oncotriage.datagen.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oncotriage.datagen.template.Pick;
import org.oncotriage.datagen.template.Template;

/**
 * Wraps the sentences of one or more intents into a portal message the way people write them:
 * greetings or none, a caregiver's introduction, rambling context that buries the point, several
 * requests joined by "also", closings and sign-offs. The wrapping itself carries no clinical need.
 * Stateless and thread-safe.
 */
public final class Composer {

  private static final List<Template> GREETINGS =
      Template.all(
          "Hi",
          "Hi,",
          "Hello",
          "Hello,",
          "Hi there",
          "Hi $dr,",
          "Hi $dr",
          "Dear $dr,",
          "Good morning",
          "Good morning,",
          "Good afternoon",
          "Hey",
          "Hi team",
          "Hello nurses",
          "Hi $nurse",
          "Hi $nurse,",
          "To whom it may concern,",
          "Good evening",
          "Hi everyone",
          "Hi again",
          "Morning!",
          "Hello Dr. team");
  private static final List<Template> SELF_GREETINGS =
      Template.all("Hi, it's $pname", "Hello, this is $pname", "Hi this is $pname{| again}");
  private static final List<Template> CAREGIVER_INTROS =
      Template.all(
          "{This is|It's} $name, {writing|messaging} {for|on behalf of} $rel{| $pname}.",
          "$name here, $pname's {caregiver|family|daughter|son}.",
          "I'm writing for $rel{| ($pname)} {because|since} they {don't|do not} use the portal.",
          "$rel asked me to send this.",
          "{Writing|Messaging} {about|for} $rel, $pname{|, DOB on file}.",
          "{Hi this is|This is} $name. I {take care of|help} $rel{| with appointments}.",
          "I am {the daughter|the son|daughter|son|the wife|the husband} of $pname{|, my English is not so good, sorry|, I write for {her|him} because {she|he} {not speak|does not speak} English}.",
          "{Hello|Hi}, my name is $name, I {am writing|write} for $rel $pname{| who is patient of $dr}.");
  private static final List<Template> CONTEXT =
      Template.all(
          "$Ive been on $regimen for $cancer since {the spring|March|last fall|January|a few months ago}.",
          "{Just|We just} finished $cycle {on $date|last week|a few days ago}.",
          "{Sorry|Sorry for the long message|Sorry to bother you|I hate to bug you guys}{| again}.",
          "I know you {all|guys} are {busy|swamped}{| so no rush}.",
          "I tried calling {but|and} {was on hold forever|got the voicemail|the line was busy}.",
          "{We|I} live {an hour|90 minutes|almost two hours} away so {driving in|coming in} is {hard|a lot}.",
          "{It's been|This has been} a {crazy|long|rough|hectic} {week|month} {with the kids visiting|with work|with everything going on|at home}.",
          "{Long story short|Anyway|Ok so},",
          "$Ive {been doing|done} {ok|pretty well|alright} {overall|otherwise|this cycle}{| thank god}.",
          "{Our|My} {daughter|son|neighbor} {usually|normally} {drives|brings} {me|us} but they {are traveling|have work} {this week|that day}.",
          "{This is|This will be} $my {second|third|fourth|first} {time|cycle} {on|with} $drug.",
          "{Not sure|I wasn't sure} {who to ask|if this is the right place to ask|if I should message or call}.",
          "{Quick|Two|A couple} {question|questions|things}.",
          "{I saw|We saw} $dr {on $pastdate|$pastdate} and {everything|the visit} went {fine|well}.",
          "$my {next|upcoming} {visit|infusion} is $date.",
          "{Thank you|Thanks} {for seeing|for taking care of} {me|us|$me} {last week|on $pastdate|at the last visit}{|, $dr was very kind|, it helped a lot}.",
          "{Sorry my English is not good|Excuse my English|English is not my first language}{|, I try my best}.",
          "{I hope you are doing well|Hope you had a good weekend|Hope this finds you well}.");
  private static final List<Template> FOLLOW_UP_OPENERS =
      Template.all(
          "Update:",
          "Following up on my {message|last message|msg} -",
          "{Also|Oh} forgot to mention,",
          "Sorry, one more thing.",
          "To answer your question,",
          "{Quick|Small} update.",
          "{Thanks for|Thank you for} {getting back to me|the reply|responding}.",
          "Hi again,",
          "UPDATE -",
          "{So|Well} {since I wrote|after I sent that|since this morning},",
          "{Yes|Yeah|No}, and");
  private static final List<Template> CONNECTORS =
      Template.all(
          "Also,",
          "Also",
          "One more thing,",
          "And",
          "Oh and",
          "Second question:",
          "Another thing -",
          "Btw",
          "Also wanted to ask,",
          "Separate question,",
          "While I have you,",
          "Plus",
          "Lastly,",
          "and also",
          "Oh also");
  private static final List<Template> CLOSINGS =
      Template.all(
          "Thanks!",
          "Thank you",
          "Thank you so much.",
          "Thanks in advance.",
          "Appreciate it.",
          "Please let me know.",
          "Let me know.",
          "Please call me back{| at 555-01$n$n}.",
          "Pls advise",
          "Thx",
          "thank u",
          "Any help is appreciated.",
          "Thanks for all you do.",
          "{You can|Please} {call|text} {me|my cell} {after 3|anytime|today}.",
          "Thank you!!",
          "ty");
  private static final List<Template> SIGNOFFS =
      Template.all(
          "- $pname",
          "$pname",
          "Thanks, $pname",
          "Best, $pname",
          "Sincerely, $pname",
          "{Regards|Best},\n$pname");
  private static final List<Template> CAREGIVER_SIGNOFFS =
      Template.all("- $name", "$name ({daughter|son|wife|husband|caregiver})", "Thanks, $name");

  /**
   * Composes one patient-side message.
   *
   * @param sentences the rendered intent sentences, in order; at least one
   * @param opening whether this message opens the conversation
   * @param calm whether no intent of the conversation is urgent; only calm messages get negated
   *     red-flag disclaimers and stability remarks
   */
  public Composed compose(
      SplittableRandom rng,
      Scenario scenario,
      List<String> sentences,
      boolean opening,
      boolean calm) {
    return compose(rng, scenario, sentences, opening, calm, false);
  }

  /**
   * Composes one patient-side message, with a long friendly preamble before the requests when
   * {@code preamble} is set and the message opens the conversation.
   */
  public Composed compose(
      SplittableRandom rng,
      Scenario scenario,
      List<String> sentences,
      boolean opening,
      boolean calm,
      boolean preamble) {
    if (!(preamble && opening) && Pick.chance(rng, TERSE_SHARE)) {
      return new Composed(join(rng, sentences), false);
    }
    List<String> parts = new ArrayList<>();
    if (Pick.chance(rng, opening ? (preamble ? 0.8 : 0.5) : 0.15)) {
      List<Template> pool = scenario.self() && Pick.chance(rng, 0.15) ? SELF_GREETINGS : GREETINGS;
      parts.add(Pick.one(rng, pool).render(rng, scenario));
    }
    if (!scenario.self() && opening && Pick.chance(rng, 0.8)) {
      parts.add(Pick.one(rng, CAREGIVER_INTROS).render(rng, scenario));
    }
    if (preamble && opening) {
      int n = 3 + rng.nextInt(4);
      List<Template> pool = new ArrayList<>(MessageForms.FRIENDLY_PREAMBLE);
      for (int i = 0; i < n && !pool.isEmpty(); i++) {
        Template t =
            Pick.chance(rng, 0.3)
                ? Pick.one(rng, LifeDetails.SENTENCES)
                : pool.remove(rng.nextInt(pool.size()));
        parts.add(t.render(rng, scenario));
      }
    }
    if (!scenario.self() && opening && Pick.chance(rng, 0.25)) {
      parts.add(Pick.one(rng, MessageForms.CAREGIVER_DETAILS).render(rng, scenario));
    }
    if (opening && Pick.chance(rng, 0.03)) {
      parts.add(Pick.one(rng, MessageForms.PLAIN_ENGLISH).render(rng, scenario));
    }
    if (opening && Pick.chance(rng, 0.12)) {
      parts.add(Pick.one(rng, MessageForms.NARRATIVE_OPENERS).render(rng, scenario));
    }
    if (!opening && Pick.chance(rng, 0.45)) {
      parts.add(Pick.one(rng, FOLLOW_UP_OPENERS).render(rng, scenario));
    }
    int context = opening ? contextCount(rng) : (Pick.chance(rng, 0.15) ? 1 : 0);
    int buried = context > 0 ? rng.nextInt(context + 1) : 0;
    for (int i = 0; i < buried; i++) {
      parts.add(filler(rng, scenario));
    }
    boolean numbered = sentences.size() > 1 && Pick.chance(rng, 0.15);
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      if (numbered) {
        parts.add((i + 1) + Pick.one(rng, ") ", ". ", " - ") + s);
      } else if (i > 0 && Pick.chance(rng, 0.6)) {
        parts.add(Pick.one(rng, CONNECTORS).render(rng, scenario) + " " + lowerFirst(s));
      } else {
        parts.add(s);
      }
    }
    for (int i = buried; i < context; i++) {
      parts.add(filler(rng, scenario));
    }
    addForms(rng, scenario, parts, calm);
    int background = backgroundCount(rng, opening);
    for (int i = 0; i < background; i++) {
      String b = Pick.one(rng, ClinicalBackground.SENTENCES).render(rng, scenario);
      int at =
          Pick.chance(rng, 0.6) ? Math.min(parts.size(), afterOpening(parts, rng)) : parts.size();
      parts.add(at, b);
    }
    if (Pick.chance(rng, 0.4)) {
      parts.add(Pick.one(rng, CLOSINGS).render(rng, scenario));
    }
    if (Pick.chance(rng, opening ? 0.3 : 0.1)) {
      List<Template> pool = scenario.self() ? SIGNOFFS : CAREGIVER_SIGNOFFS;
      parts.add(Pick.one(rng, pool).render(rng, scenario));
    }
    return new Composed(join(rng, parts), background > 0);
  }

  /**
   * Adds the label-independent form sentences of {@link MessageForms}: the same draws whatever the
   * intents' level, so that form never predicts the responder.
   */
  private static void addForms(
      SplittableRandom rng, Scenario scenario, List<String> parts, boolean calm) {
    if (calm && Pick.chance(rng, 0.12)) {
      parts.add(Pick.one(rng, MessageForms.STABILITY).render(rng, scenario));
    }
    if (calm && Pick.chance(rng, 0.10)) {
      parts.add(Pick.one(rng, MessageForms.DISCLAIMERS).render(rng, scenario));
    }
    if (Pick.chance(rng, 0.05)) {
      String past = Pick.one(rng, MessageForms.PAST_HARDSHIPS).render(rng, scenario);
      parts.add(rng.nextInt(parts.size() + 1), past);
    }
    if (Pick.chance(rng, WORRY_SHARE)) {
      String worry = Pick.one(rng, MessageForms.WORRY).render(rng, scenario);
      parts.add(rng.nextInt(parts.size() + 1), worry);
    }
    double closer = rng.nextDouble();
    if (!calm && Pick.chance(rng, 0.3)) {
      parts.add(Pick.one(rng, MessageForms.QUESTION_CLOSERS).render(rng, scenario));
    } else if (closer < 0.10) {
      parts.add(Pick.one(rng, MessageForms.FYI_CLOSERS).render(rng, scenario));
    } else if (closer < 0.18) {
      parts.add(Pick.one(rng, MessageForms.QUESTION_CLOSERS).render(rng, scenario));
    }
  }

  /** The share of patient-side messages that voice worry, the same for every label. */
  static final double WORRY_SHARE = 0.06;

  /**
   * Composes one patient-side message written in Spanish: Spanish greeting, caregiver introduction,
   * connectors and closing around the rendered sentences.
   */
  public String composeSpanish(
      SplittableRandom rng, Scenario scenario, List<String> sentences, boolean opening) {
    return SpanishFrames.compose(rng, scenario, sentences, opening);
  }

  /** The share of patient-side messages written bare, as terse as the request itself. */
  static final double TERSE_SHARE = 0.12;

  /**
   * How many clinical background sentences a message gets: the same draw for every label, so
   * clinical detail does not predict who must answer.
   */
  private static int backgroundCount(SplittableRandom rng, boolean opening) {
    double x = rng.nextDouble();
    if (!opening) {
      return x < 0.08 ? 1 : 0;
    }
    return x < 0.30 ? 1 : x < 0.40 ? 2 : x < 0.43 ? 3 : 0;
  }

  /** Where the opening lines (greeting, introduction) end, to put background right after them. */
  private static int afterOpening(List<String> parts, SplittableRandom rng) {
    return parts.isEmpty() ? 0 : 1 + rng.nextInt(Math.min(2, parts.size()));
  }

  /**
   * A composed message.
   *
   * @param text the message text
   * @param background whether it holds a clinical background sentence
   */
  public record Composed(String text, boolean background) {}

  private static String filler(SplittableRandom rng, Scenario scenario) {
    List<Template> pool = rng.nextBoolean() ? CONTEXT : LifeDetails.SENTENCES;
    return Pick.one(rng, pool).render(rng, scenario);
  }

  private static int contextCount(SplittableRandom rng) {
    double x = rng.nextDouble();
    return x < 0.45 ? 0 : x < 0.75 ? 1 : x < 0.9 ? 2 : x < 0.97 ? 3 : 5;
  }

  private static String join(SplittableRandom rng, List<String> parts) {
    String sep = Pick.one(rng, " ", " ", " ", "\n", "\n\n", "  ");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      String p = Sentences.tidy(part);
      if (p.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(sep);
      }
      out.append(p);
    }
    return Sentences.capitalizeSentences(out.toString());
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
