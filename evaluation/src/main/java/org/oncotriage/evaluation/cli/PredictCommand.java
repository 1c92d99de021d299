package org.oncotriage.evaluation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() {
    System.setProperty("ai.djl.offline", "true");
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
      for (Conversation c : reader) {
        batch.add(c);
        if (batch.size() == batchSize) {
          allLabeled &= flush(triager, batch, writer, rows, headOnly);
        }
      }
      allLabeled &= flush(triager, batch, writer, rows, headOnly);
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

  private boolean flush(
      ModelTriager triager,
      List<Conversation> batch,
      JsonLinesWriter writer,
      List<TriageMetrics.Row> rows,
      List<TriageMetrics.Row> headOnly)
      throws IOException {
    if (batch.isEmpty()) {
      return true;
    }
    boolean allLabeled = true;
    List<TriageResult> results = triager.triageBatch(batch);
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
    batch.clear();
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
