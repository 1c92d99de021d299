package org.oncotriage.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.json.Json;
import org.oncotriage.triage.TriageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clinicians' feedback, joined to what the service answered: it remembers each triage result for
 * the window ({@link TriageMemory}, off the request path), records feedback for a conversation id
 * it remembers, stores the conversation sent with it only when text retention is on (sealed by a
 * {@link TextCipher}), and purges what outlived its retention when opened and every hour. Owns the
 * database it is given. Thread-safe.
 */
public final class FeedbackService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackService.class);
  private static final long PURGE_EVERY_MINUTES = 60;
  private static final long PURGE_CLOSE_WAIT_SECONDS = 10;

  /** What the response says when a conversation was sent but text retention is off. */
  public static final String TEXT_NOT_STORED =
      "the conversation was not stored: feedback_store_text is off";

  private final FeedbackDatabase database;
  private final FeedbackStore store;
  private final TriageMemory memory;
  private final TextCipher cipher;
  private final FeedbackSettings settings;
  private final Clock clock;
  private final ScheduledExecutorService purges;

  /**
   * @param database the database (owned from now on: closed with this)
   * @param settings window, text retention, memory queue
   * @param cipher seals stored text; required when {@code settings.storeText()}, else may be null
   * @param clock the time source
   */
  public FeedbackService(
      FeedbackDatabase database, FeedbackSettings settings, TextCipher cipher, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (settings.storeText() && cipher == null) {
      throw new IllegalArgumentException(
          "feedback_store_text is on but no encryption key is configured"
              + " (feedback_encryption_key or feedback_encryption_key_file)");
    }
    this.cipher = cipher;
    this.store = new FeedbackStore(database.dataSource());
    purge();
    this.memory = new TriageMemory(store, settings.memoryCapacity(), settings.memoryBatchSize());
    this.purges =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "feedback-purge");
              t.setDaemon(true);
              return t;
            });
    purges.scheduleWithFixedDelay(
        this::purgeQuietly, PURGE_EVERY_MINUTES, PURGE_EVERY_MINUTES, TimeUnit.MINUTES);
  }

  /** Remembers a result returned to a caller; never blocks (see {@link TriageMemory#offer}). */
  public void remember(TriageResult result) {
    memory.offer(TriageRecord.of(result, clock.instant()));
  }

  /**
   * Records a clinician's feedback.
   *
   * @throws NotTriagedException when the id was not triaged within the window
   */
  public Receipt submit(Submission submission) {
    Instant now = clock.instant();
    String id = submission.conversationId();
    TriageRecord triage =
        memory
            .pending(id)
            .or(() -> store.latestTriage(id, now.minus(settings.window())))
            .orElseThrow(NotTriagedException::new);
    Feedback feedback =
        new Feedback(id, now, submission.reviewerRole(), submission.labels(), triage);
    SealedText text = null;
    String note = null;
    if (submission.conversation().isPresent()) {
      if (settings.storeText()) {
        text = cipher.seal(serialize(submission.conversation().get()), id);
      } else {
        note = TEXT_NOT_STORED;
      }
    }
    long feedbackId = store.insert(feedback, text, now.plus(settings.textRetention()));
    return new Receipt(feedbackId, feedback, text != null, note);
  }

  private static byte[] serialize(Conversation conversation) {
    try {
      return Json.mapper().writeValueAsBytes(ConversationCodec.encode(conversation.unlabeled()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a conversation", e);
    }
  }

  /** Deletes triage records older than the window and text past its retention; returns counts. */
  public Purged purge() {
    Instant now = clock.instant();
    Purged purged =
        new Purged(
            store.purgeTriageBefore(now.minus(settings.window())), store.purgeExpiredText(now));
    if (purged.texts() > 0 || purged.triageRecords() > 0) {
      FeedbackAudit.write(
          "feedback.purged",
          Map.of("triage_records", purged.triageRecords(), "texts", purged.texts()));
    }
    return purged;
  }

  private void purgeQuietly() {
    try {
      purge();
    } catch (RuntimeException e) {
      LOG.warn("feedback purge failed ({}); retrying in an hour", e.getMessage());
    }
  }

  /** The triage memory's queue, for metrics. */
  public TriageMemory memory() {
    return memory;
  }

  /** The store, for reads by tests and tools. */
  public FeedbackStore store() {
    return store;
  }

  /** Whether conversations sent with feedback are stored. */
  public boolean storesText() {
    return settings.storeText();
  }

  /**
   * Stops the purges (a purge running finishes: interrupting it in the middle of a write would
   * close H2's file channel under the writes still to come), writes what is queued and closes the
   * database.
   */
  @Override
  public void close() {
    purges.shutdown();
    try {
      purges.awaitTermination(PURGE_CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    memory.close();
    database.close();
  }

  /**
   * What a clinician sent.
   *
   * @param conversationId the id of the triaged conversation
   * @param labels the clinician's decision
   * @param reviewerRole the clinician's role
   * @param conversation the conversation itself, when the caller sent it
   */
  public record Submission(
      String conversationId,
      Labels labels,
      ReviewerRole reviewerRole,
      Optional<Conversation> conversation) {
    public Submission {
      Objects.requireNonNull(conversationId, "conversationId");
      Objects.requireNonNull(labels, "labels");
      Objects.requireNonNull(reviewerRole, "reviewerRole");
      Objects.requireNonNull(conversation, "conversation");
    }
  }

  /**
   * What was recorded.
   *
   * @param feedbackId the new row's id
   * @param feedback the feedback joined to the service's answer
   * @param textStored whether the conversation was stored (encrypted)
   * @param note why a conversation that was sent was not stored, or {@code null}
   */
  public record Receipt(long feedbackId, Feedback feedback, boolean textStored, String note) {}

  /**
   * What a purge deleted.
   *
   * @param triageRecords remembered triage results older than the window
   * @param texts stored conversations past their retention
   */
  public record Purged(int triageRecords, int texts) {}

  /** Feedback for a conversation id the service has not triaged within its window. */
  public static final class NotTriagedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotTriagedException() {
      super("no triage of this conversation id within the feedback window", null, false, false);
    }
  }
}
