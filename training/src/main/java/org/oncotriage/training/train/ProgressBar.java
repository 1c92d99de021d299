package org.oncotriage.training.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal stream: epoch, bar, examples done, running loss, examples
 * per second and time left in the epoch. Redraws at most twice a second. Not thread-safe.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final long total;
  private final long startNanos = System.nanoTime();
  private long lastDraw;

  ProgressBar(PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(1, total);
  }

  /** Shows {@code done} examples and the mean loss so far. */
  void update(long done, double loss) {
    long now = System.nanoTime();
    if (now - lastDraw < 500_000_000L) {
      return;
    }
    lastDraw = now;
    out.print('\r' + line(done, loss, (now - startNanos) / 1e9));
    out.flush();
  }

  /** Ends the line. */
  void finish(long done, double loss) {
    out.print('\r' + line(done, loss, (System.nanoTime() - startNanos) / 1e9));
    out.println();
  }

  String line(long done, double loss, double seconds) {
    int filled = (int) (WIDTH * Math.min(1.0, (double) done / total));
    double rate = seconds > 0 ? done / seconds : 0;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %d/%d loss %.4f %.0f ex/s eta %d:%02d ",
        label,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        loss,
        rate,
        eta / 60,
        eta % 60);
  }
}
