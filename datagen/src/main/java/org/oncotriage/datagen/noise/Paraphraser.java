package org.oncotriage.datagen.noise;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Meaning-preserving rewording of common phrases ("Is that normal?" to "Is this expected?", "I've
 * been" to "I have been", "throwing up" to "vomiting"), applied to each occurrence with a fixed
 * probability. It multiplies the phrasings of every template without touching numbers, negations or
 * severity words. Immutable and thread-safe.
 */
public final class Paraphraser {

  private static final Map<String, String[]> ALTERNATIVES = new LinkedHashMap<>();

  static {
    put("Can I", "Could I", "Is it ok if I", "Am I able to", "Is it alright if I", "May I");
    put("can I", "could I", "is it ok if I", "am I able to", "is it alright if I");
    put(
        "Should I",
        "Do I need to",
        "Do you think I should",
        "Would you recommend I",
        "Is it best to");
    put("should I", "do I need to", "do you think I should");
    put(
        "What should I do",
        "What do I do",
        "What do you recommend",
        "How should I handle this",
        "What's the next step");
    put(
        "Is that normal",
        "Is this normal",
        "Is that expected",
        "Is this something to worry about",
        "Is that typical",
        "Is this common");
    put("Is that expected", "Is this expected", "Is that normal", "Is this typical");
    put("I'm", "I am", "Im");
    put("I've", "I have", "Ive");
    put("It's", "It is", "Its");
    put("it's", "it is", "its");
    put("a little", "a bit", "slightly", "kind of", "somewhat", "a tad");
    put("really", "very", "super", "so", "quite");
    put("a few", "a couple of", "several");
    put("worried", "concerned", "nervous", "anxious");
    put("right now", "at the moment", "currently", "as we speak");
    put("tonight", "this evening");
    put("throwing up", "vomiting", "puking");
    put("threw up", "vomited", "puked");
    put("belly", "stomach", "tummy", "abdomen");
    put("stomach", "belly", "tummy", "gut");
    put(
        "Thank you so much",
        "Thanks so much",
        "Thank you very much",
        "Many thanks",
        "Thanks a lot");
    put("Thanks so much", "Thank you so much", "Thanks a million", "Thanks a ton", "Many thanks");
    put("Thank you", "Thanks", "Many thanks", "Thank you very much", "Thanks a lot");
    put("Thanks", "Thank you", "Thanks again", "TY", "Thanks so much");
    put("Please", "Could you please", "Kindly", "Would you please", "If possible please");
    put("Just wondering", "I was wondering", "Curious", "Quick question");
    put("I was wondering", "I'm wondering", "I wanted to ask", "Just wondering");
    put("a lot", "a ton", "so much", "lots");
    put("going on", "happening");
    put("get back to me", "respond", "reply", "let me know");
    put("let me know", "tell me", "get back to me", "advise");
    put("maybe", "possibly", "perhaps");
    put("medicine", "medication", "meds");
    put("pills", "tablets", "meds");
    put("appointment", "visit", "appt");
    put("doctor", "dr", "physician", "provider");
    put("husband", "hubby", "spouse");
    put("scared", "frightened", "terrified", "afraid");
    put("nauseous", "nauseated", "queasy", "sick to my stomach");
    put("quickly", "asap", "soon");
    put("any advice", "any suggestions", "any tips", "what do you suggest");
    put("Anything else", "Is there anything else", "Anything more");
  }

  private static void put(String phrase, String... alternatives) {
    ALTERNATIVES.put(phrase, alternatives);
  }

  private static final Pattern PATTERN =
      Pattern.compile(
          ALTERNATIVES.keySet().stream()
              .sorted(Comparator.comparingInt(String::length).reversed())
              .map(k -> "\\b" + Pattern.quote(k) + "\\b")
              .collect(Collectors.joining("|")));

  private final double probability;

  /**
   * @param probability chance that each occurrence is reworded, in [0, 1]
   */
  public Paraphraser(double probability) {
    this.probability = probability;
  }

  public String apply(String text, SplittableRandom rng) {
    Matcher m = PATTERN.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (rng.nextDouble() >= probability) {
        continue;
      }
      String[] options = ALTERNATIVES.get(m.group());
      if (out == null) {
        out = new StringBuilder(text.length() + 16);
      }
      out.append(text, last, m.start()).append(options[rng.nextInt(options.length)]);
      last = m.end();
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }
}
