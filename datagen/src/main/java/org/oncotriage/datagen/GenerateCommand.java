package org.oncotriage.datagen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.jsonl.ConversationWriter;
import org.oncotriage.datagen.stats.DiversityStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes labeled synthetic conversations in the JSON Lines format. A conversation
 * whose text repeats an earlier one is redrawn (up to {@value #MAX_ATTEMPTS} times), so a file has
 * no duplicate texts; output stays a pure function of count, seed and mix.
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

  /** How often a conversation whose text repeats an earlier one is redrawn. */
  private static final int MAX_ATTEMPTS = 8;

  /** A 64-bit FNV-1a hash of all message texts of a conversation. */
  static long textHash(GeneratedConversation g) {
    long h = 0xcbf29ce484222325L;
    for (Message m : g.conversation().messages()) {
      String t = m.text();
      for (int i = 0; i < t.length(); i++) {
        h = (h ^ t.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ 1) * 0x100000001b3L;
    }
    return h;
  }

  /**
   * Conversation {@code index}, redrawn while its text repeats one in {@code seen} (up to {@value
   * #MAX_ATTEMPTS} times); adds its text hash to {@code seen}. Conversations must be asked for in
   * index order from 1 for the output to match {@code generate}.
   */
  static GeneratedConversation distinct(
      ConversationGenerator generator, long index, Set<Long> seen) {
    GeneratedConversation g = generator.generate(index);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS && !seen.add(textHash(g)); attempt++) {
      g = generator.generate(index, attempt);
    }
    return g;
  }

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
    long start = System.nanoTime();
    ConversationGenerator generator = new ConversationGenerator(seed, mix);
    DiversityStats stats = new DiversityStats();
    Set<Long> seen = new HashSet<>();
    try (ConversationWriter writer = ConversationWriter.create(out)) {
      for (long i = 1; i <= count; i++) {
        GeneratedConversation g = distinct(generator, i, seen);
        writer.write(g.conversation());
        stats.addLabels(g.conversation());
      }
    } catch (IOException e) {
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
