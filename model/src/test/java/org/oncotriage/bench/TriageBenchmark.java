package org.oncotriage.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.triage.TriageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled default model end to end (tokenization, network, policy): single-conversation latency
 * as a sample distribution (read the p0.50 line: target under 10 ms on 2 cores), and batched
 * throughput at batch 32 (operations are conversations, so the score is conversations/s).
 *
 * <p>The triager loads with one PyTorch intra-op thread and autograd off per calling thread (see
 * {@code InferenceThreads}); before that, a single short forward pass took about 230 ms here.
 *
 * <p>Run: {@code ./mvnw -B -q -pl model -am test-compile exec:exec -Dbench=TriageBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dai.djl.offline=true"})
public class TriageBenchmark {

  private static final String[] TEXTS = {
    "Hi, I need to move my infusion appointment on Thursday to next week if possible. Thanks!",
    "Since my last cycle I have had nausea on and off. The ondansetron helps a little. Is it ok to"
        + " take it every 8 hours?",
    "My husband has had a new pain in his lower back for three days and it is getting worse. He"
        + " finished radiation last month. Should we be worried?",
  };

  private ModelTriager triager;
  private Conversation single;
  private List<Conversation> batch;

  @Setup(Level.Trial)
  public void load() {
    triager = TriageModels.loadDefault();
    single =
        Conversation.of(
            "bench",
            List.of(
                Message.of(Sender.PATIENT, TEXTS[1]),
                Message.of(Sender.CLINIC, "Thanks for letting us know, a nurse will call you."),
                Message.of(Sender.PATIENT, "Also the mouth sores are back.")));
    batch = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      batch.add(
          Conversation.of("b" + i, List.of(Message.of(Sender.PATIENT, TEXTS[i % TEXTS.length]))));
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    triager.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public TriageResult singleConversationLatency() {
    return triager.triage(single);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(32)
  public List<TriageResult> batchOf32Throughput() {
    return triager.triageBatch(batch);
  }
}
