package org.oncotriage.datagen.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oncotriage.datagen.template.Pick;
import org.oncotriage.datagen.template.Template;

/**
 * Greetings, caregiver introductions, connectors and closings for messages written in Spanish. They
 * carry no need and go to Spanish messages of every label alike. Stateless.
 */
final class SpanishFrames {

  private SpanishFrames() {}

  static final List<Template> GREETINGS =
      Template.all(
          "Hola",
          "Hola,",
          "Buenos días",
          "Buenas tardes,",
          "Hola $dr",
          "Buenas",
          "Hola buenas tardes",
          "Buenos días enfermera");
  static final List<Template> CAREGIVER_INTROS =
      Template.all(
          "Soy {la hija|el hijo|la esposa|el esposo|la nieta} de $pname.",
          "Le escribo por {mi mamá|mi papá|mi esposo|mi esposa} $pname{| porque no usa el portal}.",
          "{Mi mamá|Mi papá} no habla inglés, yo escribo por {ella|él}.");
  static final List<Template> CONNECTORS =
      Template.all("También", "Y otra cosa,", "Otra pregunta:", "Además,");
  static final List<Template> CLOSINGS =
      Template.all(
          "Gracias",
          "Muchas gracias.",
          "Gracias, que Dios los bendiga.",
          "Quedo pendiente.",
          "Gracias de antemano.",
          "Perdón por la molestia.",
          "Gracias por todo.");

  /** One patient-side message in Spanish. */
  static String compose(
      SplittableRandom rng, Scenario scenario, List<String> sentences, boolean opening) {
    List<String> parts = new ArrayList<>();
    if (Pick.chance(rng, opening ? 0.6 : 0.2)) {
      parts.add(Pick.one(rng, GREETINGS).render(rng, scenario));
    }
    if (!scenario.self() && opening && Pick.chance(rng, 0.7)) {
      parts.add(Pick.one(rng, CAREGIVER_INTROS).render(rng, scenario));
    }
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      parts.add(
          i > 0 && Pick.chance(rng, 0.5)
              ? Pick.one(rng, CONNECTORS).render(rng, scenario) + " " + s
              : s);
    }
    if (Pick.chance(rng, 0.5)) {
      parts.add(Pick.one(rng, CLOSINGS).render(rng, scenario));
    }
    if (opening && Pick.chance(rng, 0.2)) {
      parts.add(scenario.patientName);
    }
    StringBuilder out = new StringBuilder();
    String sep = Pick.one(rng, " ", " ", "\n");
    for (String p : parts) {
      String t = Sentences.tidy(p);
      if (!t.isEmpty()) {
        out.append(out.length() == 0 ? "" : sep).append(t);
      }
    }
    return Sentences.capitalizeSentences(out.toString());
  }
}
