package org.oncotriage.redflag;

/**
 * How many mentions of a red flag one reading (a conversation's findings, or one text read alone)
 * judges in context. Judging a mention costs time linear in {@link ContextCues#WINDOW}, and a
 * message that repeats a symptom word ("fever fever fever ...") has thousands of them, so the work
 * of a reading is bounded here rather than by the length of what a caller sends. A mention past the
 * budget is taken as present, unjudged: it may turn a finding on, never off (a normal temperature
 * past the budget does not clear a fever read before it), so a text that long errs towards a flag,
 * never away from one.
 *
 * <p>One reading's own; not thread-safe.
 */
final class MentionBudget {

  /**
   * Mentions judged per reading: far more than a portal conversation holds (a long symptom diary
   * names a few dozen; dev at most 9, 20,000 generated at most 20), and about 0.1 s of work at most
   * on one core.
   */
  static final int PER_READING = 64;

  private int left;

  MentionBudget(int mentions) {
    if (mentions < 0) {
      throw new IllegalArgumentException("a mention budget must not be negative: " + mentions);
    }
    this.left = mentions;
  }

  /** A fresh budget of {@link #PER_READING} mentions. */
  static MentionBudget perReading() {
    return new MentionBudget(PER_READING);
  }

  /** Takes one mention from the budget; false, taking nothing, once it is spent. */
  boolean take() {
    if (left == 0) {
      return false;
    }
    left--;
    return true;
  }
}
