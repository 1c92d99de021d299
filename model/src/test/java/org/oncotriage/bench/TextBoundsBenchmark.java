package org.oncotriage.bench;

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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14, item 1: the cost of one conversation, end to end on the bundled model (tokenizing, the
 * lexical companion, the red-flag rules, the network), for the worst texts that fit in a request
 * body of 262,144 bytes against ordinary ones. Before {@code TextBounds}, the one-word message took
 * 176 s, 100k characters without a space about 20 s, 87k CJK characters 19 s.
 *
 * <ul>
 *   <li>{@code ordinary}: a three-message thread of about 250 characters;
 *   <li>{@code longProse}: one message of ordinary sentences, 8,192 characters (the cap);
 *   <li>{@code oneWord}: one message of 262,000 times {@code a} (the reproducer);
 *   <li>{@code noSpace}: 100,000 characters of letters and punctuation without a space;
 *   <li>{@code cjk}: 87,000 CJK characters;
 *   <li>{@code dots}: {@code a.} 130,000 times (a candidate sentence end at every other character);
 *   <li>{@code denseProse}: 260,000 characters of sentences that each mention a fever.
 * </ul>
 *
 * <p>Run: {@code ./mvnw -B -q -pl model -am test-compile exec:exec -Dbench=TextBoundsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dai.djl.offline=true"})
public class TextBoundsBenchmark {

  @Param({"ordinary", "longProse", "oneWord", "noSpace", "cjk", "dots", "denseProse"})
  public String input;

  private ModelTriager triager;
  private Conversation conversation;

  @Setup(Level.Trial)
  public void load() {
    triager = TriageModels.loadDefault();
    conversation =
        switch (input) {
          case "ordinary" ->
              Conversation.of(
                  "ordinary",
                  List.of(
                      Message.of(
                          Sender.PATIENT,
                          "Since my last cycle I have had nausea on and off. Is it ok to take the"
                              + " pills every 8 hours?"),
                      Message.of(Sender.CLINIC, "A nurse will call you this afternoon."),
                      Message.of(Sender.PATIENT, "Thanks. Also the mouth sores are back.")));
          case "longProse" ->
              one(
                  repeat(
                      "We drove to the clinic on Tuesday and the parking was full again, so we"
                          + " waited. ",
                      8192));
          case "oneWord" -> one("a".repeat(262_000));
          case "noSpace" -> one(repeat("abc,def.ghi-", 100_000));
          case "cjk" -> one("\u75c5".repeat(87_000));
          case "dots" -> one("a.".repeat(130_000));
          case "denseProse" -> one(repeat("I have a fever of 101 and chills tonight. ", 260_000));
          default -> throw new IllegalArgumentException(input);
        };
  }

  private static String repeat(String unit, int chars) {
    return unit.repeat(chars / unit.length() + 1).substring(0, chars);
  }

  private static Conversation one(String text) {
    return Conversation.of("bench-" + text.length(), List.of(Message.of(Sender.PATIENT, text)));
  }

  @TearDown(Level.Trial)
  public void close() {
    triager.close();
  }

  @Benchmark
  public TriageResult triage() {
    return triager.triage(conversation);
  }
}
