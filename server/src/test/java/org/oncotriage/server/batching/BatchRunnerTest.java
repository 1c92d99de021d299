package org.oncotriage.server.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.server.FakeTriager;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;

class BatchRunnerTest {

  /** A staged fake whose model pass records its input and may rewrite its output. */
  private static final class FakeStaged implements StagedTriager {
    final List<List<String>> passes = new CopyOnWriteArrayList<>();
    volatile UnaryOperator<List<TriageResult>> output = UnaryOperator.identity();

    private record Ready(Conversation conversation) implements Prepared {
      @Override
      public int tokens() {
        return 1;
      }
    }

    @Override
    public Prepared prepare(Conversation conversation) {
      return new Ready(conversation);
    }

    @Override
    public List<TriageResult> triagePrepared(List<? extends Prepared> prepared) {
      passes.add(prepared.stream().map(p -> p.conversation().id()).toList());
      return output.apply(
          prepared.stream().map(p -> FakeTriager.resultFor(p.conversation())).toList());
    }

    @Override
    public TriageResult triage(Conversation conversation) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<TriageResult> triageBatch(List<Conversation> conversations) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ModelDescription description() {
      return FakeTriager.DESCRIPTION;
    }

    @Override
    public void close() {}
  }

  /** Records what the runner reports. */
  private static final class Recorder implements WorkLoadListener {
    final List<String> batches = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void batchCompleted(int size, Duration duration, boolean failed) {
      batches.add(size + (failed ? " failed" : " ok"));
    }

    @Override
    public void queueWaited(Duration waited) {
      waits.add(waited);
    }
  }

  private final FakeStaged model = new FakeStaged();
  private final Recorder recorder = new Recorder();
  private final LoadSignal load = new LoadSignal();
  private final BatchRunner runner = new BatchRunner(model, recorder, load);

  private List<WorkItem> items(Job job, String... ids) {
    List<WorkItem> items = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      Conversation c = Conversation.of(ids[i], List.of(Message.of(Sender.PATIENT, "q")));
      items.add(new WorkItem(job, i, model.prepare(c), System.nanoTime()));
    }
    return items;
  }

  @Test
  void eachResultGoesToItsJobInSubmissionOrder() throws Exception {
    Job two = new Job(2);
    Job one = new Job(1);
    List<WorkItem> twoItems = items(two, "b0", "b1");
    List<WorkItem> batch = new ArrayList<>();
    batch.add(twoItems.get(1));
    batch.addAll(items(one, "a0"));
    batch.add(twoItems.get(0));
    runner.run(batch);
    assertThat(model.passes).containsExactly(List.of("b1", "a0", "b0"));
    assertThat(two.future().get()).extracting(TriageResult::id).containsExactly("b0", "b1");
    assertThat(one.future().get()).extracting(TriageResult::id).containsExactly("a0");
    assertThat(recorder.batches).containsExactly("3 ok");
    assertThat(recorder.waits).hasSize(3).allMatch(w -> !w.isNegative());
  }

  @Test
  void aJobIsCompleteOnlyOnceItsLastConversationHasRun() throws Exception {
    Job job = new Job(3);
    List<WorkItem> items = items(job, "c0", "c1", "c2");
    runner.run(items.subList(0, 2));
    assertThat(job.isDone()).isFalse();
    runner.run(items.subList(2, 3));
    assertThat(job.future().get()).extracting(TriageResult::id).containsExactly("c0", "c1", "c2");
    assertThat(model.passes).containsExactly(List.of("c0", "c1"), List.of("c2"));
  }

  @Test
  void aWrongNumberOfResultsFailsEveryJobInTheBatch() {
    model.output = results -> results.subList(0, 1);
    Job a = new Job(1);
    Job b = new Job(1);
    List<WorkItem> batch = new ArrayList<>(items(a, "a"));
    batch.addAll(items(b, "b"));
    runner.run(batch);
    for (Job job : List.of(a, b)) {
      assertThatThrownBy(() -> job.future().get())
          .isInstanceOf(ExecutionException.class)
          .hasRootCauseMessage("the triager returned 1 results for 2 conversations");
    }
    assertThat(recorder.batches).containsExactly("2 failed");
  }

  @Test
  void aConversationWhoseCallerHasGivenUpNeverReachesTheModel() {
    Job cancelled = new Job(1);
    cancelled.future().cancel(false);
    Job live = new Job(1);
    List<WorkItem> batch = new ArrayList<>(items(cancelled, "gone"));
    batch.addAll(items(live, "here"));
    runner.run(batch);
    assertThat(model.passes).containsExactly(List.of("here"));
    assertThat(live.isDone()).isTrue();
    assertThat(recorder.waits).hasSize(2);
    assertThat(recorder.batches).containsExactly("1 ok");
  }

  @Test
  void theBatchSizeFeedsTheAdaptiveDelay() {
    assertThat(load.moreExpected()).isFalse();
    runner.run(items(new Job(2), "x", "y"));
    assertThat(load.moreExpected()).isTrue();
    runner.run(items(new Job(1), "z"));
    assertThat(load.moreExpected()).isFalse();
  }
}
