package org.oncotriage.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.conversation.jsonl.ConversationWriter;
import org.oncotriage.json.Json;

/**
 * Turns stored feedback into training data: each conversation that has stored text, decrypted and
 * labeled with the clinician's decision, one a line in the {@code LABELING.md} format (the latest
 * feedback wins when a conversation has several), and an {@link AgreementSummary} over every
 * feedback row. The file appears only when the export succeeds (written beside it, then moved).
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
    List<FeedbackStore.StoredFeedback> rows = store.readAll();
    Map<String, FeedbackStore.StoredFeedback> latestWithText = new LinkedHashMap<>();
    List<Feedback> all = new ArrayList<>(rows.size());
    for (FeedbackStore.StoredFeedback row : rows) {
      all.add(row.feedback());
      if (row.text() != null) {
        latestWithText.remove(row.feedback().conversationId());
        latestWithText.put(row.feedback().conversationId(), row);
      }
    }
    if (!latestWithText.isEmpty() && cipher == null) {
      throw new IllegalArgumentException(
          latestWithText.size()
              + " conversations are stored encrypted; give the key (--key-file or"
              + " ONCOTRIAGE_FEEDBACK_ENCRYPTION_KEY)");
    }
    Path absolute = out.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".export-", ".jsonl.tmp");
    try {
      try (ConversationWriter writer = ConversationWriter.create(temp)) {
        for (FeedbackStore.StoredFeedback row : latestWithText.values()) {
          writer.write(labeledConversation(row, cipher));
        }
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    int conversations = latestWithText.size();
    int withoutText = (int) rows.stream().filter(r -> r.text() == null).count();
    return new Result(rows.size(), conversations, withoutText, AgreementSummary.of(all));
  }

  private static Conversation labeledConversation(
      FeedbackStore.StoredFeedback row, TextCipher cipher) throws IOException {
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
