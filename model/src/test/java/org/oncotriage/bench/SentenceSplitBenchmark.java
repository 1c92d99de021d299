package org.oncotriage.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncotriage.text.EnglishText;
import org.oncotriage.text.TextSpan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** OpenNLP sentence detection on a short portal message: the floor under every text rule. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SentenceSplitBenchmark {

  private static final String TEXT =
      "Hi there. My appointment is on the 14th at 2 p.m. and I need to move it. Thanks so much!";

  @Benchmark
  public List<TextSpan> splitSentences() {
    return EnglishText.sentences(TEXT);
  }
}
