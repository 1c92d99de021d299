package org.oncotriage.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.redflag.RedFlagRules;
import org.oncotriage.redflag.RuleBasedRedFlagDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Red-flag detection per conversation (sentence splitting included): a short urgent thread and a
 * long chatty non-urgent message of about 1,200 characters. Target: under 1 ms per conversation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RedFlagBenchmark {

  private static final Conversation SHORT_THREAD =
      Conversation.of(
          "bench-short",
          List.of(
              Message.of(Sender.PATIENT, "Can I move my lab draw to Thursday afternoon?"),
              Message.of(Sender.CLINIC, "Yes, 2:30 on Thursday works. Anything else?"),
              Message.of(
                  Sender.PATIENT,
                  "Thanks. Also I feel awful tonight, took my temp and it's 101,4."
                      + " Day 8 after my carboplatin.")));

  private static final Conversation LONG_MESSAGE =
      Conversation.of(
          "bench-long",
          List.of(
              Message.of(
                  Sender.CAREGIVER,
                  "Hello, this is Sam, I help my father with his appointments. First, the"
                      + " parking garage ticket machine was broken again on Tuesday and we had"
                      + " to wait twenty minutes to get out. Second, the insurance letter says"
                      + " the prior authorization for his infusion runs through March but the"
                      + " billing office told us February, so which is right? Third, he needs"
                      + " his disability form signed, I can drop it at the front desk. He is"
                      + " doing fairly well overall, walking the dog most mornings, eating"
                      + " small meals, no fever, no chills, no trouble breathing. His feet are"
                      + " still tingly like they have been since cycle 3, not any worse. The"
                      + " nausea was mostly gone by day 3 with the ondansetron and he only"
                      + " needed the backup pill once. Bowels got slow around day 4 but the"
                      + " stool softener handled it. He naps about an hour in the afternoon"
                      + " which the nurse said to expect. If he gets a fever over the weekend,"
                      + " do we call the main number or the after-hours line? Sorry for the"
                      + " long message, thank you all for everything you do for him.")));

  private final RuleBasedRedFlagDetector detector = RedFlagRules.standard();

  @Benchmark
  public List<RedFlagFinding> shortUrgentThread() {
    return detector.detect(SHORT_THREAD);
  }

  @Benchmark
  public List<RedFlagFinding> longNonUrgentMessage() {
    return detector.detect(LONG_MESSAGE);
  }
}
