package org.oncotriage.evaluation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.evaluation.TriageMetrics;
import org.oncotriage.json.Json;
import org.oncotriage.json.JsonLinesWriter;
import org.oncotriage.model.ModelFormatException;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.triage.TriageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code predict}: one triage result per input conversation, in input order. When the input is
 * labeled, prints the quality figures ({@link TriageMetrics}) to standard error, for the results as
 * written and for the model's urgent head alone.
 *
 * <p>Batches of {@code --batch-size} consecutive conversations are scored on {@code --threads}
 * threads at once, as the service scores concurrent requests, and written in input order: a batch's
 * results depend on which conversations share its forward pass, so the batches, and the bytes
 * written, are the same for any number of threads.
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Writes one triage result (JSON Lines) per input conversation.")
public final class PredictCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "JSON Lines conversations.")
  Path data;

  @Option(names = "--out", required = true, description = "JSON Lines triage results to write.")
  Path out;

  @Option(names = "--model", description = "Model directory; default: the bundled model.")
  Path model;

  @Option(
      names = "--no-rules",
      description = "Leave out the red-flag rules: urgent comes from the model head alone.")
  boolean noRules;

  @Option(
      names = "--batch-size",
      defaultValue = "32",
      description = "Conversations per forward pass (${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--threads",
      description =
          "Batches scored at once (default: available processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** A batch on its way through the pool. */
  private record Pending(List<Conversation> batch, Future<List<TriageResult>> results) {}

  @Override
  public Integer call() {
    System.setProperty("ai.djl.offline", "true");
    if (threads < 1 || batchSize < 1) {
      spec.commandLine()
          .getErr()
          .println(
              "error: --threads and --batch-size must be at least 1, received "
                  + threads
                  + " and "
                  + batchSize);
      return 1;
    }
    TriageModels.Builder builder = TriageModels.builder();
    if (noRules) {
      builder.withoutRedFlagRules();
    }
    try (ModelTriager triager =
            (model == null ? builder.defaultModel() : builder.directory(model)).build();
        ConversationReader reader =
            ConversationReader.open(data, ConversationReader.Mode.FAIL_FAST);
        JsonLinesWriter writer = JsonLinesWriter.create(out)) {
      List<TriageMetrics.Row> rows = new ArrayList<>();
      List<TriageMetrics.Row> headOnly = new ArrayList<>();
      boolean allLabeled = true;
      List<Conversation> batch = new ArrayList<>(batchSize);
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        Deque<Pending> inFlight = new ArrayDeque<>();
        for (Conversation c : reader) {
          batch.add(c);
          if (batch.size() == batchSize) {
            inFlight.add(submit(pool, triager, batch));
            batch = new ArrayList<>(batchSize);
            while (inFlight.size() > 2 * threads) {
              allLabeled &= flush(triager, inFlight.poll(), writer, rows, headOnly);
            }
          }
        }
        if (!batch.isEmpty()) {
          inFlight.add(submit(pool, triager, batch));
        }
        while (!inFlight.isEmpty()) {
          allLabeled &= flush(triager, inFlight.poll(), writer, rows, headOnly);
        }
      } finally {
        pool.shutdownNow();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      spec.commandLine()
          .getErr()
          .printf(
              "wrote %d results to %s in %.1f s (%s %s)%n",
              writer.linesWritten(),
              out,
              seconds,
              triager.description().name(),
              triager.description().version());
      if (allLabeled && !rows.isEmpty()) {
        report("figures", TriageMetrics.of(rows));
        report("model heads alone", TriageMetrics.of(headOnly));
      }
      return 0;
    } catch (ConversationFormatException | ModelFormatException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
  }

  private static Pending submit(
      ExecutorService pool, ModelTriager triager, List<Conversation> batch) {
    return new Pending(batch, pool.submit(() -> triager.triageBatch(batch)));
  }

  private static List<TriageResult> resultsOf(Pending pending) {
    try {
      return pending.results().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private boolean flush(
      ModelTriager triager,
      Pending pending,
      JsonLinesWriter writer,
      List<TriageMetrics.Row> rows,
      List<TriageMetrics.Row> headOnly)
      throws IOException {
    List<Conversation> batch = pending.batch();
    boolean allLabeled = true;
    List<TriageResult> results = resultsOf(pending);
    for (int i = 0; i < batch.size(); i++) {
      TriageResult r = results.get(i);
      writer.write(r);
      Conversation c = batch.get(i);
      if (c.labels() == null) {
        allLabeled = false;
        continue;
      }
      rows.add(TriageMetrics.Row.of(r, c.labels()));
      boolean headUrgent = triager.policy().modelUrgent(r.urgent().probability());
      headOnly.add(
          new TriageMetrics.Row(
              r.responder().level(),
              triager.policy().route(r.responder().probabilities(), headUrgent),
              headUrgent,
              r.billable().probability(),
              c.labels()));
    }
    return allLabeled;
  }

  private void report(String title, Map<String, Double> figures) {
    try {
      spec.commandLine().getErr().println(title + ": " + Json.mapper().writeValueAsString(figures));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
