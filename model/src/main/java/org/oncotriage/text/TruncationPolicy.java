package org.oncotriage.text;

import java.util.ArrayList;
import java.util.List;
import org.oncotriage.conversation.Sender;

/**
 * Decides which pieces of a long conversation the model sees when the whole does not fit its token
 * budget. Labels follow the most demanding need anywhere in a thread, and later messages can raise
 * them, so the policy keeps, in this order of priority:
 *
 * <ol>
 *   <li>the head of the first message (where the patient states the reason for writing), up to half
 *       the budget;
 *   <li>the other patient and caregiver messages, latest first, each whole when it fits, else its
 *       head, until the budget is spent;
 *   <li>clinic messages, latest first, the same way, with what is left;
 *   <li>what is still left goes back to the first message, extending its head.
 * </ol>
 *
 * Every kept message costs one role marker plus its pieces; a message that was cut, and the place
 * of any dropped message, get a {@code [CUT]} marker (which also costs one token). The kept
 * messages stay in their original order. When everything fits, nothing is dropped and no marker is
 * added. Stateless and thread-safe.
 */
public final class TruncationPolicy {

  /** The fewest pieces worth keeping of a message that does not fit whole. */
  static final int MIN_PIECES = 4;

  private TruncationPolicy() {}

  /** One message as pieces, with its sender. */
  public record MessagePieces(Sender from, int[] pieces) {}

  /**
   * Lays out a conversation.
   *
   * @param messages the messages in order
   * @param vocabulary supplies the marker ids
   * @param maxTokens the whole budget, {@code [CLS]} included; at least 16
   * @return the ids: {@code [CLS]}, then per kept message its marker and kept pieces
   */
  public static int[] layout(
      List<MessagePieces> messages, WordPieceVocabulary vocabulary, int maxTokens) {
    if (maxTokens < 16) {
      throw new IllegalArgumentException("maxTokens must be at least 16, received " + maxTokens);
    }
    int budget = maxTokens - 1;
    int n = messages.size();
    int total = 0;
    for (MessagePieces m : messages) {
      total += 1 + m.pieces().length;
    }
    int[] keep = new int[n];
    boolean fits = total <= budget;
    if (fits) {
      for (int i = 0; i < n; i++) {
        keep[i] = messages.get(i).pieces().length;
      }
    } else {
      // Reserve the worst case of markers: one role marker and one [CUT] per message.
      int left = budget;
      int firstHead = Math.min(messages.get(0).pieces().length, budget / 2 - 2);
      keep[0] = Math.max(0, firstHead);
      left -= 2 + keep[0];
      left = fill(messages, keep, left, true);
      left = fill(messages, keep, left, false);
      int extra = budget - size(messages, keep);
      keep[0] += Math.max(0, Math.min(extra, messages.get(0).pieces().length - keep[0]));
      // [CUT] markers of dropped messages were not reserved: shorten from the front until it fits,
      // so the tail (the latest messages) is never what gets lost.
      for (int i = 0; i < n && size(messages, keep) > budget; i++) {
        int over = size(messages, keep) - budget;
        if (i == 0 || keep[i] > 0) {
          keep[i] = Math.max(i == 0 ? 0 : 1, keep[i] - over);
        }
      }
    }
    List<Integer> out = emit(messages, vocabulary, keep);
    int size = Math.min(out.size(), maxTokens);
    int[] ids = new int[size];
    for (int i = 0; i < size; i++) {
      ids[i] = out.get(i);
    }
    return ids;
  }

  /** The number of ids that {@code keep} lays out, {@code [CLS]} excluded. */
  private static int size(List<MessagePieces> messages, int[] keep) {
    return emit(messages, null, keep).size() - 1;
  }

  private static List<Integer> emit(
      List<MessagePieces> messages, WordPieceVocabulary vocabulary, int[] keep) {
    int n = messages.size();
    List<Integer> out = new ArrayList<>();
    out.add(WordPieceVocabulary.CLS_ID);
    boolean droppedBefore = false;
    for (int i = 0; i < n; i++) {
      MessagePieces m = messages.get(i);
      boolean kept = i == 0 || keep[i] > 0 || m.pieces().length == 0;
      if (!kept) {
        droppedBefore = true;
        continue;
      }
      if (droppedBefore) {
        out.add(WordPieceVocabulary.CUT_ID);
        droppedBefore = false;
      }
      out.add(vocabulary == null ? 0 : vocabulary.markerOf(m.from()));
      for (int p = 0; p < keep[i]; p++) {
        out.add(m.pieces()[p]);
      }
      if (keep[i] < m.pieces().length) {
        out.add(WordPieceVocabulary.CUT_ID);
      }
    }
    if (droppedBefore) {
      out.add(WordPieceVocabulary.CUT_ID);
    }
    return out;
  }

  private static int fill(List<MessagePieces> messages, int[] keep, int left, boolean patientSide) {
    for (int i = messages.size() - 1; i >= 1 && left > 2; i--) {
      MessagePieces m = messages.get(i);
      if (m.from().isPatientSide() != patientSide) {
        continue;
      }
      int room = left - 2;
      int len = m.pieces().length;
      if (len <= room) {
        keep[i] = len;
      } else if (room >= MIN_PIECES) {
        keep[i] = room;
      } else {
        continue;
      }
      left -= 2 + keep[i];
    }
    return left;
  }
}
