package org.oncotriage.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.oncotriage.feedback.Feedback;
import org.oncotriage.feedback.FeedbackAudit;
import org.oncotriage.feedback.FeedbackDatabase;
import org.oncotriage.feedback.FeedbackService;
import org.oncotriage.feedback.FeedbackStore;
import org.oncotriage.triage.TriageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/feedback} and the remembering of triage results, over a {@link FeedbackService};
 * or, with {@code feedback=false}, an endpoint that answers 404 and remembers nothing. A recorded
 * feedback leaves an audit line ({@code feedback.recorded}: ids, reviewer role, model version,
 * verdict, whether text was stored; never text) beside the request's own, and counts in {@link
 * FeedbackMetrics}. Thread-safe.
 */
final class FeedbackEndpoint implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackEndpoint.class);

  private final FeedbackService service;
  private final FeedbackMetrics metrics;
  private final AtomicBoolean closed = new AtomicBoolean();

  private FeedbackEndpoint(FeedbackService service, FeedbackMetrics metrics) {
    this.service = service;
    this.metrics = metrics;
  }

  /**
   * Opens the database (migrating it) and starts remembering, or an endpoint that is off.
   *
   * @throws IllegalArgumentException naming the setting when the database or the key is unusable
   */
  static FeedbackEndpoint open(FeedbackConfig config, MeterRegistry registry) {
    if (!config.enabled()) {
      return new FeedbackEndpoint(null, null);
    }
    var cipher = config.cipher();
    if (config.storeText() && cipher == null) {
      throw new IllegalArgumentException(
          "feedback_store_text is on but neither feedback_encryption_key nor"
              + " feedback_encryption_key_file is set");
    }
    FeedbackDatabase database = FeedbackDatabase.open(config.database());
    FeedbackService service;
    try {
      service = new FeedbackService(database, config.settings(), cipher, Clock.systemUTC());
    } catch (FeedbackStore.StoreException e) {
      database.close();
      throw new IllegalArgumentException(
          "feedback database " + config.database().safeUrl() + ": " + e.getMessage());
    }
    LOG.info(
        "feedback database {} ready (migrations applied: {}); window_days={} store_text={}",
        config.database().safeUrl(),
        database.migrationsApplied(),
        config.window().toDays(),
        config.storeText());
    return new FeedbackEndpoint(service, new FeedbackMetrics(registry, service.memory()));
  }

  /** Remembers results returned to a caller; never blocks, never fails the request. */
  void remember(List<TriageResult> results) {
    if (service != null) {
      results.forEach(service::remember);
    }
  }

  /** {@code POST /v1/feedback}, given the body that the triage handlers read and checked. */
  void submit(Context ctx, JsonNode body) {
    if (service == null) {
      throw new ProblemException(
          Problem.of(
              "feedback-off",
              "Not found",
              404,
              "feedback is turned off on this service (setting feedback=false)"));
    }
    FeedbackService.Submission submission = FeedbackRequest.parse(body, service.storesText());
    RequestLog.conversationIds(ctx, List.of(submission.conversationId()));
    FeedbackService.Receipt receipt;
    try {
      receipt = service.submit(submission);
    } catch (FeedbackService.NotTriagedException e) {
      throw new ProblemException(
          Problem.of(
                  "not-triaged",
                  "Not found",
                  404,
                  "no triage of this conversation id within the feedback window")
              .withPointer("/id"));
    } catch (FeedbackStore.StoreException e) {
      LOG.warn("request_id={} feedback not stored: {}", RequestLog.requestId(ctx), e.getMessage());
      throw new ProblemException(
          Problem.of(
              "feedback-unavailable",
              "Service unavailable",
              503,
              "the feedback database is unavailable; retry shortly"),
          Map.of(Header.RETRY_AFTER, "5"));
    }
    Feedback f = receipt.feedback();
    RequestLog.modelVersion(ctx, f.triage().modelVersion());
    metrics.recorded(f);
    audit(ctx, receipt);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("feedback_id", receipt.feedbackId());
    response.put("id", f.conversationId());
    response.put("verdict", f.verdict().wireName());
    response.put("route", f.triage().route().wireName());
    response.put(
        "model", new TriageResult.ModelIdentity(f.triage().modelName(), f.triage().modelVersion()));
    response.put("triaged_at", f.triage().triagedAt().toString());
    response.put("text_stored", receipt.textStored());
    if (!receipt.textStored() && FeedbackRequest.hasConversation(body)) {
      response.put("note", FeedbackService.TEXT_NOT_STORED);
    }
    ctx.status(201);
    TriageHandlers.writeJson(ctx, response);
  }

  private static void audit(Context ctx, FeedbackService.Receipt receipt) {
    Feedback f = receipt.feedback();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("request_id", RequestLog.requestId(ctx));
    fields.put("feedback_id", receipt.feedbackId());
    fields.put("conversation", f.conversationId());
    fields.put("reviewer_role", f.reviewerRole().wireName());
    fields.put("model_version", f.triage().modelVersion());
    fields.put("verdict", f.verdict().wireName());
    fields.put("text_stored", receipt.textStored());
    FeedbackAudit.write("feedback.recorded", fields);
  }

  /** The service, or {@code null} when feedback is off (for tests). */
  FeedbackService service() {
    return service;
  }

  /** Writes the remembered results still queued and closes the database. Idempotent. */
  @Override
  public void close() {
    if (service != null && closed.compareAndSet(false, true)) {
      service.close();
    }
  }
}
