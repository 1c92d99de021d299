package org.oncotriage.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final AtomicLong now = new AtomicLong();
  private final StringWriter out = new StringWriter();

  @Test
  void atATerminalItShowsCountShareRateAndTimeLeft() {
    Progress p = new Progress(new PrintWriter(out), "predict", 1000, true, now::get);
    now.set(2_000_000_000L);
    p.advance(250);
    assertThat(out.toString()).isEqualTo("\rpredict: 250 of 1,000 (25%), 125/s, about 0:06 left");
    p.finish();
    assertThat(out.toString()).endsWith("\n");
  }

  @Test
  void redrawsAtMostTwiceASecond() {
    Progress p = new Progress(new PrintWriter(out), "predict", 0, true, now::get);
    p.advance(1);
    now.addAndGet(100_000_000L);
    p.advance(1);
    assertThat(out.toString().chars().filter(c -> c == '\r').count()).isEqualTo(1);
  }

  @Test
  void withoutATerminalItWritesNothing() {
    Progress p = new Progress(new PrintWriter(out), "predict", 1000, false, now::get);
    p.advance(500);
    p.finish();
    assertThat(out.toString()).isEmpty();
  }
}
