package org.oncotriage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.language.ConversationLanguage;
import org.oncotriage.language.LanguageIdentifier;
import org.oncotriage.language.LinguaLanguageIdentifier;
import org.oncotriage.language.PlainEnglish;
import org.oncotriage.language.ServedLanguages;

/**
 * How often the plain-English fast path ({@link PlainEnglish}) answers, and whether it ever says
 * English where Lingua says something else, on every text that triage asks the language of (each
 * message, and the patient side joined when it has several messages), for each JSON Lines file
 * named. Prints counts, languages and conversation ids, never text; a file that is absent (the
 * shared development set on another machine) is reported as skipped.
 *
 * <p>Run: {@code java -cp model/target/test-classes:model/target/classes:$(cat model/target/cp.txt)
 * org.oncotriage.bench.LanguageFastPathAgreement FILE...} after {@code ./mvnw -B -q -pl model -am
 * test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test}.
 */
public final class LanguageFastPathAgreement {

  private static final int IDS_SHOWN = 10;

  private LanguageFastPathAgreement() {}

  public static void main(String[] args) throws IOException {
    LinguaLanguageIdentifier lingua = LinguaLanguageIdentifier.standard();
    lingua.warmUp();
    for (String arg : args) {
      Path file = Path.of(arg);
      if (!Files.isRegularFile(file)) {
        System.out.println(file + ": skipped, absent");
        continue;
      }
      Tally tally = new Tally(lingua);
      try (ConversationReader reader =
          ConversationReader.open(file, ConversationReader.Mode.FAIL_FAST)) {
        for (Conversation c : reader) {
          tally.conversation = c.id();
          ConversationLanguage.of(c, tally);
        }
      }
      tally.print(file);
    }
  }

  /** Asks both, answers Lingua's, and counts. Not thread-safe. */
  private static final class Tally implements LanguageIdentifier {
    private final LanguageIdentifier lingua;
    private final Map<String, Integer> byLingua = new TreeMap<>();
    private final Map<String, List<String>> disagreements = new TreeMap<>();
    private String conversation;
    private long texts;
    private long answered;
    private long fastNanos;
    private long linguaNanos;

    Tally(LanguageIdentifier lingua) {
      this.lingua = lingua;
    }

    @Override
    public String identify(String text) {
      long t0 = System.nanoTime();
      boolean plain = PlainEnglish.test(text);
      long t1 = System.nanoTime();
      String code = lingua.identify(text);
      long t2 = System.nanoTime();
      fastNanos += t1 - t0;
      linguaNanos += t2 - t1;
      texts++;
      byLingua.merge(code, 1, Integer::sum);
      if (plain) {
        answered++;
        if (!ServedLanguages.ENGLISH.equals(code)) {
          disagreements.computeIfAbsent(code, k -> new ArrayList<>()).add(conversation);
        }
      }
      return code;
    }

    void print(Path file) {
      long english = byLingua.getOrDefault(ServedLanguages.ENGLISH, 0);
      System.out.printf(
          "%s: %d texts; Lingua says %s%n  fast path answers %d (%.1f%% of texts, %.1f%% of"
              + " Lingua's English); %.2f us a text vs Lingua %.2f us%n",
          file,
          texts,
          byLingua,
          answered,
          100.0 * answered / Math.max(1, texts),
          100.0 * answered / Math.max(1, english),
          fastNanos / 1e3 / Math.max(1, texts),
          linguaNanos / 1e3 / Math.max(1, texts));
      if (disagreements.isEmpty()) {
        System.out.println("  fast path says en where Lingua does not: 0");
      }
      disagreements.forEach(
          (code, ids) ->
              System.out.printf(
                  "  fast path says en, Lingua %s: %d (conversations %s)%n",
                  code, ids.size(), ids.subList(0, Math.min(IDS_SHOWN, ids.size()))));
    }
  }
}
