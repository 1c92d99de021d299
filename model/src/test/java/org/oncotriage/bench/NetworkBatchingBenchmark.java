package org.oncotriage.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.triage.Scores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The network pass of the bundled model on 512 conversations (seeded; of mixed length, or of one
 * sentence each), in three ways of batching it: passes of 32 in input order (what {@code predict}
 * and the service do by default), passes of 32 grouped by length, and one conversation a pass (no
 * padding, so a conversation's scores never depend on the company it is batched in). Operations are
 * conversations, so each score is conversations a second on one thread.
 *
 * <p>Run: {@code ./mvnw -B -q -pl model -am test-compile exec:exec
 * -Dbench=NetworkBatchingBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dai.djl.offline=true"})
public class NetworkBatchingBenchmark {

  private static final int CONVERSATIONS = 512;
  private static final int BATCH = 32;

  private static final String[] SENTENCES = {
    "Hi, I need to move my infusion appointment on Thursday to next week if possible.",
    "Since my last cycle I have had nausea on and off.",
    "The ondansetron helps a little, is it ok to take it every 8 hours?",
    "My husband has had a new pain in his lower back for three days and it is getting worse.",
    "He finished radiation last month.",
    "Should we be worried?",
    "Can you send the refill for my blood pressure pills to the pharmacy on Main Street?",
    "I would like a copy of my last scan report and the pathology for a second opinion.",
    "The mouth sores are back and it hurts to swallow, what can I use?",
    "Thank you so much for all your help with everything, the whole team has been wonderful.",
  };

  /**
   * {@code mixed}: one to eight sentences in one to three messages; {@code short}: one sentence.
   */
  @Param({"mixed", "short"})
  public String lengths;

  private ModelTriager triager;
  private List<Conversation> conversations;

  @Setup(Level.Trial)
  public void load() {
    triager = TriageModels.loadDefault();
    Random random = new Random(7);
    conversations = new ArrayList<>(CONVERSATIONS);
    for (int i = 0; i < CONVERSATIONS; i++) {
      boolean mixed = lengths.equals("mixed");
      int messages = mixed ? 1 + random.nextInt(3) : 1;
      List<Message> thread = new ArrayList<>();
      for (int m = 0; m < messages; m++) {
        StringBuilder text = new StringBuilder();
        int sentences = mixed ? 1 + random.nextInt(m == 0 ? 8 : 3) : 1;
        for (int s = 0; s < sentences; s++) {
          text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
        }
        Sender sender = m % 2 == 0 ? Sender.PATIENT : Sender.CLINIC;
        thread.add(Message.of(sender, text.toString().strip()));
      }
      conversations.add(Conversation.of("n" + i, thread));
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    triager.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(CONVERSATIONS)
  public int inputOrderBatchesOf32() {
    int scored = 0;
    for (int start = 0; start < CONVERSATIONS; start += BATCH) {
      scored += triager.networkScores(conversations.subList(start, start + BATCH)).size();
    }
    return scored;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(CONVERSATIONS)
  public List<Scores> lengthGroupedBatchesOf32() {
    return triager.networkScores(conversations);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(CONVERSATIONS)
  public int oneConversationAPass() {
    int scored = 0;
    for (Conversation c : conversations) {
      scored += triager.networkScores(List.of(c)).size();
    }
    return scored;
  }
}
