package org.oncotriage.evaluation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error, with rate and time left, only when the command runs at
 * a terminal ({@link System#console()}): redirected output and CI logs stay free of it. Redraws one
 * line at most twice a second. Not thread-safe.
 */
final class Progress {

  private static final long REDRAW_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final String what;
  private final long total;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private long done;
  private long lastDrawn = Long.MIN_VALUE;
  private boolean drawn;

  /**
   * @param total the expected count, or 0 when unknown (then no percentage nor time left)
   * @param enabled whether to draw at all
   * @param clock nanoseconds, monotonic
   */
  Progress(PrintWriter err, String what, long total, boolean enabled, LongSupplier clock) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.enabled = enabled;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Progress that draws only when a terminal is attached. */
  static boolean atTerminal() {
    return System.console() != null;
  }

  /** Counts {@code n} more done; redraws when half a second has passed. */
  void advance(long n) {
    done += n;
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    err.print("\r" + line(now));
    err.flush();
    drawn = true;
  }

  /** Ends the progress line, if one was drawn. */
  void finish() {
    if (enabled && drawn) {
      err.print("\r" + line(clock.getAsLong()) + "\n");
      err.flush();
    }
  }

  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder();
    s.append(what).append(": ").append(String.format(Locale.ROOT, "%,d", done));
    if (total > 0) {
      s.append(
          String.format(Locale.ROOT, " of %,d (%d%%)", total, Math.min(100, done * 100 / total)));
    }
    s.append(String.format(Locale.ROOT, ", %.0f/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      long left = (long) Math.ceil((total - done) / rate);
      s.append(String.format(Locale.ROOT, ", about %d:%02d left", left / 60, left % 60));
    }
    return s.toString();
  }
}
