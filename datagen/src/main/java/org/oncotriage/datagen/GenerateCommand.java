package org.oncotriage.datagen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.datagen.history.PortalHistory;
import org.oncotriage.datagen.stats.DiversityStats;
import org.oncotriage.json.JsonLinesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes labeled synthetic conversations in the JSON Lines format: the {@link
 * GeneratedCorpus} of count, seed and mix, so a file has no duplicate texts.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes labeled synthetic oncology portal conversations (JSON Lines).")
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--count", required = true, description = "Number of conversations (>= 1).")
  long count;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "Output file (created or replaced).")
  Path out;

  @Option(
      names = "--oncologist-share",
      defaultValue = "0.30",
      description =
          "Share needing an oncologist, urgent and billable included (default ${DEFAULT-VALUE}).")
  double oncologist;

  @Option(
      names = "--nurse-share",
      defaultValue = "0.375",
      description = "Share needing a nurse (default ${DEFAULT-VALUE}).")
  double nurse;

  @Option(
      names = "--billable-share",
      defaultValue = "0.22",
      description = "Share billable (default ${DEFAULT-VALUE}).")
  double billable;

  @Option(
      names = "--urgent-share",
      defaultValue = "0.05",
      description = "Share urgent (default ${DEFAULT-VALUE}).")
  double urgent;

  @Option(
      names = "--term-counterweights",
      defaultValue = "0",
      paramLabel = "SHARE",
      description =
          "Share of English conversations, the same at every level, that get one background"
              + " sentence naming a medicine, scan, marker or lab their level's intents name less"
              + " often than its share (default ${DEFAULT-VALUE}: none; 0.15 was tried). Any value"
              + " above 0 writes other conversations than the default.")
  double termCounterweights;

  @Option(
      names = "--history",
      description =
          "Add practice_id, provider_id and sent_at spread over --year (texts and labels unchanged).")
  boolean history;

  @Option(
      names = "--practices",
      defaultValue = "3",
      description = "Practices in the history (default ${DEFAULT-VALUE}).")
  int practices;

  @Option(
      names = "--providers-per-practice",
      defaultValue = "4",
      description = "Providers per practice in the history (default ${DEFAULT-VALUE}).")
  int providersPerPractice;

  @Option(
      names = "--year",
      defaultValue = "2025",
      description = "Year of the history (default ${DEFAULT-VALUE}).")
  int year;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (count < 1) {
      err.println("generate: --count must be at least 1, received " + count);
      return 2;
    }
    LabelMix mix;
    try {
      mix = new LabelMix(oncologist, nurse, billable, urgent);
    } catch (IllegalArgumentException e) {
      err.println("generate: " + e.getMessage());
      return 2;
    }
    GeneratedCorpus corpus;
    try {
      corpus = new GeneratedCorpus(seed, mix, termCounterweights);
    } catch (IllegalArgumentException e) {
      err.println("generate: --term-counterweights: " + e.getMessage());
      return 2;
    }
    PortalHistory stamps;
    try {
      stamps = history ? new PortalHistory(seed, practices, providersPerPractice, year) : null;
    } catch (IllegalArgumentException e) {
      err.println("generate: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    DiversityStats stats = new DiversityStats();
    AtomicLong index = new AtomicLong();
    try (JsonLinesWriter lines = JsonLinesWriter.create(out)) {
      corpus.forEach(
          count,
          g -> {
            try {
              long i = index.incrementAndGet();
              lines.write(
                  stamps == null
                      ? ConversationCodec.encode(g.conversation())
                      : stamps.encode(g.conversation(), stamps.stamp(i)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            stats.addLabels(g.conversation());
          });
    } catch (IOException | UncheckedIOException e) {
      err.println("generate: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    spec.commandLine()
        .getOut()
        .println(
            String.format(
                Locale.ROOT,
                "wrote %d conversations to %s in %.2f s: %s",
                count,
                out,
                seconds,
                stats.labelMixLine()));
    return 0;
  }
}
