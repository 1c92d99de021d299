package org.oncotriage.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.conversation.jsonl.ConversationWriter;
import org.oncotriage.json.Json;

/**
 * Turns stored feedback into training data: each conversation that has stored text, decrypted and
 * labeled with the clinician's decision, one a line in the {@code LABELING.md} format (the latest
 * feedback with text wins when a conversation has several), in conversation-id order, and an {@link
 * AgreementSummary} over every feedback row. Rows are streamed, so memory stays bounded. The file
 * appears only when the export succeeds (written beside it, then moved).
 */
public final class FeedbackExport {

  private FeedbackExport() {}

  /**
   * What an export wrote.
   *
   * @param feedbackRows every feedback row read
   * @param conversations conversations written
   * @param withoutText feedback rows without stored text (never stored, or purged)
   * @param summary agreement over every feedback row
   */
  public record Result(
      int feedbackRows, int conversations, int withoutText, AgreementSummary summary) {}

  /**
   * Exports.
   *
   * @param store the feedback database
   * @param cipher opens stored text; may be {@code null} only when no row has text
   * @param out the JSON Lines file to write
   * @throws IllegalArgumentException when text is stored but no key, or the wrong key, is given
   */
  public static Result export(FeedbackStore store, TextCipher cipher, Path out) throws IOException {
    Path absolute = out.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".export-", ".jsonl.tmp");
    try {
      Result result;
      try (ConversationWriter writer = ConversationWriter.create(temp)) {
        Streamer streamer = new Streamer(writer, cipher);
        try {
          store.forEachFeedback(streamer);
          streamer.finish();
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        result = streamer.result();
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      return result;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Counts every row and writes each conversation's latest row with text once its group ends. */
  private static final class Streamer implements Consumer<FeedbackStore.StoredFeedback> {
    private final ConversationWriter writer;
    private final TextCipher cipher;
    private final AgreementSummary.Tally tally = new AgreementSummary.Tally();
    private String conversationId;
    private FeedbackStore.StoredFeedback latestWithText;
    private int rows;
    private int written;
    private int withoutText;

    Streamer(ConversationWriter writer, TextCipher cipher) {
      this.writer = writer;
      this.cipher = cipher;
    }

    @Override
    public void accept(FeedbackStore.StoredFeedback row) {
      String id = row.feedback().conversationId();
      if (!id.equals(conversationId)) {
        finish();
        conversationId = id;
      }
      rows++;
      tally.add(row.feedback());
      if (row.text() == null) {
        withoutText++;
      } else {
        latestWithText = row;
      }
    }

    void finish() {
      if (latestWithText != null) {
        try {
          writer.write(labeledConversation(latestWithText, cipher));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        written++;
        latestWithText = null;
      }
    }

    Result result() {
      return new Result(rows, written, withoutText, tally.summary());
    }
  }

  private static Conversation labeledConversation(
      FeedbackStore.StoredFeedback row, TextCipher cipher) throws IOException {
    if (cipher == null) {
      throw new IllegalArgumentException(
          "feedback "
              + row.feedbackId()
              + " holds encrypted text; give the key (--key-file or"
              + " ONCOTRIAGE_FEEDBACK_ENCRYPTION_KEY)");
    }
    Feedback f = row.feedback();
    byte[] plain;
    try {
      plain = cipher.open(row.text(), f.conversationId());
    } catch (TextCipher.WrongKeyException e) {
      throw new IllegalArgumentException("feedback " + row.feedbackId() + ": " + e.getMessage());
    }
    JsonNode node = Json.mapper().readTree(plain);
    Conversation conversation = ConversationCodec.decode(node, f::conversationId);
    return conversation.withLabels(f.labels());
  }

  /** The summary file beside an export: {@code NAME.jsonl} gives {@code NAME.agreement.json}. */
  public static Path summaryPath(Path out) {
    String name = out.getFileName().toString();
    String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
    return out.resolveSibling(stem + ".agreement.json");
  }
}
