package org.oncotriage.datagen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.datagen.stats.DiversityStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats}: label mix and text diversity of a conversation file. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Prints the label mix, distinct word 5-grams per 1,000 words, duplicate texts, vocabulary"
            + " size and messages per conversation of a JSON Lines file.")
public final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "JSON Lines conversation file.")
  Path data;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Read at most this many conversations (0: all).")
  long limit;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(data)) {
      err.println("stats: no such file: " + data);
      return 2;
    }
    if (limit < 0) {
      err.println("stats: --limit must not be negative, received " + limit);
      return 2;
    }
    DiversityStats stats = new DiversityStats();
    try (ConversationReader reader =
        ConversationReader.open(data, ConversationReader.Mode.FAIL_FAST)) {
      for (Conversation c : reader) {
        stats.add(c);
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
    spec.commandLine().getOut().print(stats.report());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
