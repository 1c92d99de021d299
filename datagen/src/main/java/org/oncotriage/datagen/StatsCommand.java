package org.oncotriage.datagen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.datagen.stats.ClinicalTerms;
import org.oncotriage.datagen.stats.CoverageStats;
import org.oncotriage.datagen.stats.DiversityStats;
import org.oncotriage.datagen.stats.TermStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stats}: label mix and text diversity of a conversation file or of freshly generated
 * conversations; with {@code --terms}, how often each clinical term occurs per responder level and
 * which terms predict the level by themselves; with {@code --coverage} (generated conversations
 * only), how often each level and each intent is written in each kind the generator aims at.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Prints the label mix, distinct word 5-grams per 1,000 words, duplicate texts, vocabulary"
            + " size and messages per conversation of a JSON Lines file (--data) or of generated"
            + " conversations (--generated, --seed); with --terms, each clinical term's"
            + " conversations per responder level and the terms that predict the level by"
            + " themselves; with --coverage, the share of each level and intent written in each"
            + " register (dictated, text speak, non-native, Spanish...).")
public final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", description = "JSON Lines conversation file.")
  Path data;

  @Option(
      names = "--generated",
      description =
          "Instead of --data: generate this many conversations as generate does (same seed, same"
              + " conversations) and describe them.")
  Long generated;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "--generated: random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Read at most this many conversations (0: all).")
  long limit;

  @Option(
      names = "--terms",
      description =
          "Also print the clinical terms (catalog drugs, regimens, scans, markers, labs, artifacts,"
              + " worry words) by responder level, most leaning first.")
  boolean terms;

  @Option(
      names = "--min-support",
      defaultValue = "50",
      description =
          "--terms: only terms in at least this many conversations (default ${DEFAULT-VALUE}).")
  long minSupport;

  @Option(
      names = "--min-lean",
      defaultValue = "0.20",
      description =
          "--terms: flag a term whose level mix is this far (total variation) from the overall"
              + " mix (default ${DEFAULT-VALUE}).")
  double minLean;

  @Option(
      names = "--top",
      defaultValue = "30",
      description = "--terms: print this many terms (default ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--coverage",
      description =
          "With --generated: the share of each level and each intent written in each kind"
              + " (registers, preamble, same-words pairs, artifact asks, worried asks).")
  boolean coverage;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if ((data == null) == (generated == null)) {
      err.println("stats: give exactly one of --data and --generated");
      return 2;
    }
    if (coverage && generated == null) {
      err.println(
          "stats: --coverage needs --generated (a file does not record how it was written)");
      return 2;
    }
    if (data != null && !Files.isRegularFile(data)) {
      err.println("stats: no such file: " + data);
      return 2;
    }
    if (limit < 0 || generated != null && generated < 1) {
      err.println(
          "stats: --limit must not be negative and --generated must be at least 1, received "
              + limit
              + ", "
              + generated);
      return 2;
    }
    if (minSupport < 1 || top < 1 || !(minLean >= 0 && minLean <= 1)) {
      err.println(
          "stats: --min-support and --top must be at least 1 and --min-lean within [0, 1],"
              + " received "
              + minSupport
              + ", "
              + top
              + ", "
              + minLean);
      return 2;
    }
    DiversityStats stats = new DiversityStats();
    TermStats termStats = terms ? new TermStats(ClinicalTerms.standard()) : null;
    CoverageStats coverageStats = coverage ? new CoverageStats() : null;
    if (generated != null) {
      long n = limit > 0 ? Math.min(limit, generated) : generated;
      new GeneratedCorpus(seed, LabelMix.DEFAULT)
          .forEach(
              n,
              g -> {
                add(g.conversation(), stats, termStats);
                if (coverageStats != null) {
                  coverageStats.add(g);
                }
              });
    } else {
      try (ConversationReader reader =
          ConversationReader.open(data, ConversationReader.Mode.FAIL_FAST)) {
        for (Conversation c : reader) {
          add(c, stats, termStats);
          if (limit > 0 && stats.conversations() >= limit) {
            break;
          }
        }
      } catch (ConversationFormatException e) {
        err.println("stats: " + e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println("stats: cannot read " + data + ": " + e.getMessage());
        return 1;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(stats.report());
    if (termStats != null) {
      out.print(termStats.report(minSupport, minLean, top));
    }
    if (coverageStats != null) {
      out.print(coverageStats.report());
    }
    out.flush();
    return 0;
  }

  private static void add(Conversation c, DiversityStats stats, TermStats termStats) {
    stats.add(c);
    if (termStats != null) {
      termStats.add(c);
    }
  }
}
