package org.oncotriage.evaluation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
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
import org.oncotriage.model.ModelSignature;
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
 *
 * <p>The results appear only when the run succeeds ({@link PendingOutput}): an output that is the
 * input, or one that exists without {@code --force}, is refused before the model loads. With {@code
 * --skip-invalid}, bad lines are skipped and listed, by line number and reason, in a side file
 * ({@code OUT.rejected.jsonl} by default). Progress goes to standard error at a terminal.
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Writes one triage result (JSON Lines) per input conversation.")
public final class PredictCommand implements Callable<Integer> {

  /**
   * Conversations per {@code triageBatch} call unless told otherwise: the triager groups each
   * call's conversations by length into forward passes of 32, so a large call pads little (measured
   * on 50,000 generated conversations of history on 2 cores, 1.5 times the throughput of calls of
   * 32 in input order). The Spark job's default is the same, so both write the same results.
   */
  public static final int DEFAULT_BATCH_SIZE = 512;

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
      defaultValue = "" + DEFAULT_BATCH_SIZE,
      description =
          "Conversations per triageBatch call, at most "
              + ScoringOptions.MAX_BATCH_SIZE
              + ", grouped by length into forward passes of 32 (${DEFAULT-VALUE}); results"
              + " differ between values in the last digits.")
  int batchSize;

  /** The most scoring threads: each holds two batches in flight, and a CPU has no more cores. */
  static final int MAX_THREADS = 256;

  @Option(
      names = "--threads",
      description =
          "Batches scored at once (default: available processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** A batch on its way through the pool. */
  private record Pending(List<Conversation> batch, Future<List<TriageResult>> results) {}

  @Option(
      names = "--force",
      description = "Replace --out (and the rejected-lines file) if present.")
  boolean force;

  @Option(
      names = "--skip-invalid",
      description =
          "Skip lines that break the format instead of stopping; list them in --rejected.")
  boolean skipInvalid;

  @Option(
      names = "--rejected",
      paramLabel = "FILE",
      description = "Where --skip-invalid lists skipped lines (default: OUT.rejected.jsonl).")
  Path rejected;

  @Option(
      names = "--model-public-key",
      paramLabel = "FILE",
      description = "PEM Ed25519 public key; the model must carry a signature it verifies.")
  Path modelPublicKey;

  @Override
  public Integer call() {
    System.setProperty("ai.djl.offline", "true");
    PrintWriter err = spec.commandLine().getErr();
    if (rejected != null && !skipInvalid) {
      err.println(
          "error: --rejected lists the lines --skip-invalid skips; give --skip-invalid too");
      return 1;
    }
    try {
      ScoringOptions.requireRange("--threads", threads, 1, MAX_THREADS);
      ScoringOptions.requireRange("--batch-size", batchSize, 1, ScoringOptions.MAX_BATCH_SIZE);
      InputFile.check("data file", data);
      Path rejectedFile = skipInvalid ? rejectedFile() : null;
      try (PendingOutput results = PendingOutput.file(out, force, data);
          PendingOutput skipped =
              rejectedFile == null
                  ? null
                  : PendingOutput.file("--rejected", rejectedFile, force, data, out)) {
        run(err, results, skipped);
        results.commit();
        if (skipped != null) {
          skipped.commit();
        }
      }
      return 0;
    } catch (IllegalArgumentException | ConversationFormatException | ModelFormatException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("error: " + EvaluationCli.oneLine(e));
      return 1;
    }
  }

  private void run(PrintWriter err, PendingOutput results, PendingOutput skipped)
      throws IOException {
    TriageModels.Builder builder = TriageModels.builder();
    if (noRules) {
      builder.withoutRedFlagRules();
    }
    if (modelPublicKey != null) {
      builder.optPublicKey(ModelSignature.readPublicKey(modelPublicKey));
    }
    boolean terminal = Progress.atTerminal();
    Progress progress =
        new Progress(
            err, "predict", terminal ? InputFile.lines(data) : 0, terminal, System::nanoTime);
    ConversationReader.Mode mode =
        skipInvalid ? ConversationReader.Mode.SKIP_INVALID : ConversationReader.Mode.FAIL_FAST;
    try (ModelTriager triager =
            (model == null ? builder.defaultModel() : builder.directory(model)).build();
        RejectedLines rejectedLines = skipped == null ? null : new RejectedLines(skipped.path());
        ConversationReader reader = ConversationReader.open(data, mode);
        JsonLinesWriter writer = JsonLinesWriter.create(results.path())) {
      if (rejectedLines != null) {
        reader.onSkipped(rejectedLines::accept);
      }
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
              allLabeled &= flush(triager, inFlight.poll(), writer, rows, headOnly, progress);
            }
          }
        }
        if (!batch.isEmpty()) {
          inFlight.add(submit(pool, triager, batch));
        }
        while (!inFlight.isEmpty()) {
          allLabeled &= flush(triager, inFlight.poll(), writer, rows, headOnly, progress);
        }
      } finally {
        pool.shutdownNow();
      }
      progress.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(
          "wrote %d results to %s in %.1f s (%s %s)%n",
          writer.linesWritten(),
          out,
          seconds,
          triager.description().name(),
          triager.description().version());
      if (rejectedLines != null) {
        err.printf(
            "skipped %d invalid lines, listed in %s%n", reader.skippedLines(), rejectedFile());
      }
      if (allLabeled && !rows.isEmpty()) {
        report("figures", TriageMetrics.of(rows));
        report("model heads alone", TriageMetrics.of(headOnly));
      }
    }
  }

  private Path rejectedFile() {
    return rejected != null ? rejected : out.resolveSibling(out.getFileName() + ".rejected.jsonl");
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

  /** Writes a scored batch in order and gathers its figures; false when a line is unlabeled. */
  private boolean flush(
      ModelTriager triager,
      Pending pending,
      JsonLinesWriter writer,
      List<TriageMetrics.Row> rows,
      List<TriageMetrics.Row> headOnly,
      Progress progress)
      throws IOException {
    List<Conversation> batch = pending.batch();
    boolean allLabeled = true;
    List<TriageResult> results = resultsOf(pending);
    progress.advance(batch.size());
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
