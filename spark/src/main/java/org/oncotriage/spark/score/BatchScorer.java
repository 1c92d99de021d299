package org.oncotriage.spark.score;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.triage.TriageResult;
import scala.Tuple2;

/**
 * Scores one partition of conversations keyed by their number in input order, sorted: consecutive
 * conversations of the same batch ({@code number / batchSize}) go through {@link
 * ModelTriager#triageBatch} together, the code path of the service and of {@code predict}, on this
 * JVM's one copy of the model ({@link ExecutorTriagers}). Lazy: one batch at a time is in memory.
 */
public final class BatchScorer
    implements FlatMapFunction<Iterator<Tuple2<Long, DecodedLine>>, Row> {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final String source;
  private final int batchSize;
  private final boolean jsonLines;
  private final LongAccumulator scored;
  private final LongAccumulator scoringNanos;
  private final CollectionAccumulator<String> models;

  /**
   * @param model the model as {@link ExecutorTriagers#get} takes it
   * @param source the input's name, for the ids of conversations without one
   * @param batchSize conversations per batch
   * @param jsonLines rows of {@link ResultRows#JSON_LINES} when true, else of {@link
   *     ResultRows#SCHEMA}
   * @param scored counts the conversations scored
   * @param scoringNanos adds up the time spent in {@code triageBatch}
   * @param models collects the model's name and version, once per partition
   */
  public BatchScorer(
      String model,
      String source,
      int batchSize,
      boolean jsonLines,
      LongAccumulator scored,
      LongAccumulator scoringNanos,
      CollectionAccumulator<String> models) {
    this.model = Objects.requireNonNull(model, "model");
    this.source = Objects.requireNonNull(source, "source");
    this.batchSize = batchSize;
    this.jsonLines = jsonLines;
    this.scored = scored;
    this.scoringNanos = scoringNanos;
    this.models = models;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<Long, DecodedLine>> keyed) {
    ModelTriager triager = ExecutorTriagers.get(model);
    models.add(triager.description().name() + " " + triager.description().version());
    return new Iterator<>() {
      private Tuple2<Long, DecodedLine> next = keyed.hasNext() ? keyed.next() : null;
      private Iterator<Row> current = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next != null) {
          current = scoreBatch().iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }

      private List<Row> scoreBatch() {
        long batch = next._1() / batchSize;
        List<DecodedLine> lines = new ArrayList<>(batchSize);
        List<Conversation> conversations = new ArrayList<>(batchSize);
        while (next != null && next._1() / batchSize == batch) {
          DecodedLine line = next._2();
          lines.add(line);
          conversations.add(LineDecoder.conversation(line.json(), source, line.line()));
          next = keyed.hasNext() ? keyed.next() : null;
        }
        long start = System.nanoTime();
        List<TriageResult> results = triager.triageBatch(conversations);
        scoringNanos.add(System.nanoTime() - start);
        scored.add(results.size());
        List<Row> rows = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
          rows.add(
              jsonLines
                  ? ResultRows.jsonRow(results.get(i))
                  : ResultRows.parquetRow(lines.get(i), results.get(i)));
        }
        return rows;
      }
    };
  }
}
