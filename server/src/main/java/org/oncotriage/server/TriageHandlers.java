package org.oncotriage.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.feedback.TriageRecord;
import org.oncotriage.json.Json;
import org.oncotriage.server.batching.QueueFullException;
import org.oncotriage.triage.TriageResult;

/**
 * The {@code /v1} handlers: read and check the body, decode conversations with {@link
 * ConversationCodec}, hand them to the work-load manager and write the results with {@link
 * Json#mapper()}. A triage request holds a place of the {@link RequestLimit} from its start to its
 * answer. In a batch, a conversation that breaks the format gets a problem object in its own slot
 * of {@code results} and the others are triaged; the whole batch is 400 only when its envelope is
 * broken. A request holds the serving model it starts on ({@link ModelRegistry#acquireServing}) to
 * its answer, so a promotion never fails it or switches it mid-way; once answered, its
 * conversations are offered to {@link ShadowScoring}. Thread-safe; a request thread waits for its
 * job's future.
 */
final class TriageHandlers {

  /** How long a request waits for the model before it gives up with 503. */
  static final long RESULT_TIMEOUT_SECONDS = 60;

  private static final String JSON = "application/json";

  private final Supplier<ModelState> state;
  private final ModelRegistry models;
  private final ShadowScoring shadow;
  private final ServerConfig config;
  private final ServerMetrics metrics;
  private final RequestLimit limit;
  private final Consumer<List<TriageResult>> answered;

  /**
   * @param answered told of the results sent to each caller (the feedback memory); must not block
   */
  TriageHandlers(
      Supplier<ModelState> state,
      ModelRegistry models,
      ShadowScoring shadow,
      ServerConfig config,
      ServerMetrics metrics,
      RequestLimit limit,
      Consumer<List<TriageResult>> answered) {
    this.state = state;
    this.models = models;
    this.shadow = shadow;
    this.config = config;
    this.metrics = metrics;
    this.limit = limit;
    this.answered = answered;
  }

  /** {@code POST /v1/triage}: one conversation, one result. */
  void triage(Context ctx) {
    try (LoadedModel.Lease lease = models.acquireServing();
        RequestLimit.Permit permit = limit.enter()) {
      LoadedModel ready = lease.model();
      JsonNode body = readJson(ctx);
      Conversation conversation;
      try {
        conversation = decode(body);
      } catch (ConversationFormatException e) {
        throw new ProblemException(formatProblem(e, ""));
      }
      RequestLog.conversationIds(ctx, List.of(conversation.id()));
      List<TriageResult> results = await(ready, List.of(conversation));
      respond(ctx, ready, results.get(0), results);
    }
  }

  /**
   * {@code POST /v1/triage/batch}: {@code {"conversations": [...]}} to {@code {"results": [...]}}.
   */
  void triageBatch(Context ctx) {
    try (LoadedModel.Lease lease = models.acquireServing();
        RequestLimit.Permit permit = limit.enter()) {
      LoadedModel ready = lease.model();
      JsonNode array = conversationsArray(readJson(ctx));
      int n = array.size();
      Object[] slots = new Object[n];
      List<Conversation> conversations = new ArrayList<>(n);
      List<Integer> positions = new ArrayList<>(n);
      List<String> ids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        try {
          Conversation c = decode(array.get(i));
          conversations.add(c);
          positions.add(i);
          ids.add(c.id());
        } catch (ConversationFormatException e) {
          slots[i] = formatProblem(e, "/conversations/" + i);
          ids.add(null);
        }
      }
      RequestLog.conversationIds(ctx, ids);
      List<TriageResult> results = await(ready, conversations);
      for (int k = 0; k < results.size(); k++) {
        slots[positions.get(k)] = results.get(k);
      }
      respond(ctx, ready, Map.of("results", Arrays.asList(slots)), results);
    }
  }

  /** The {@code conversations} array of a batch; 400 or 413 when the envelope is broken. */
  private JsonNode conversationsArray(JsonNode body) {
    JsonNode array = body.isObject() ? body.get("conversations") : null;
    if (array == null || !array.isArray()) {
      throw new ProblemException(
          Problem.of(
                  "invalid-conversation",
                  "Invalid conversation",
                  400,
                  "the body must be an object with a \"conversations\" array")
              .withPointer("/conversations"));
    }
    if (array.size() > config.maxBatchConversations()) {
      throw new ProblemException(
          Problem.of(
                  "too-many-conversations",
                  "Content too large",
                  413,
                  "at most "
                      + config.maxBatchConversations()
                      + " conversations per batch request, received "
                      + array.size())
              .withPointer("/conversations"));
    }
    return array;
  }

  /** {@code GET /v1/model}. */
  void model(Context ctx) {
    writeJson(ctx, requireReady().triager().description());
  }

  private ModelState requireReady() {
    return state.get().requireReady();
  }

  /**
   * Reads a request's JSON body: 415 not JSON, 413 too large, 400 empty or malformed. The media
   * type is read from the raw header: JSON's encoding is told from its bytes (RFC 8259 defines no
   * charset parameter for it), and the servlet's own reading of the header fails on a charset it
   * does not know.
   */
  JsonNode readJson(Context ctx) {
    String type = ctx.header(Header.CONTENT_TYPE);
    if (type == null || !isJson(type)) {
      throw new ProblemException(Problems.fromStatus(415));
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > config.maxBodyBytes()) {
      throw tooLarge();
    }
    byte[] bytes;
    try {
      bytes = ctx.req().getInputStream().readNBytes((int) config.maxBodyBytes() + 1);
    } catch (IOException e) {
      throw ProblemException.badRequest(
          "unreadable-body", "Bad request", "the request body could not be read");
    }
    if (bytes.length > config.maxBodyBytes()) {
      throw tooLarge();
    }
    if (bytes.length == 0) {
      throw ProblemException.badRequest("malformed-json", "Malformed JSON", "the body is empty");
    }
    try {
      JsonNode node = Json.mapper().readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw ProblemException.badRequest("malformed-json", "Malformed JSON", "the body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw ProblemException.badRequest(
          "malformed-json", "Malformed JSON", "the body is not valid JSON" + where);
    } catch (IOException e) {
      throw ProblemException.badRequest(
          "malformed-json", "Malformed JSON", "the body is not valid JSON");
    }
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        Problem.of(
            "body-too-large",
            "Content too large",
            413,
            "the request body is larger than " + config.maxBodyBytes() + " bytes"));
  }

  private static boolean isJson(String contentType) {
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.equals(JSON) || (media.startsWith("application/") && media.endsWith("+json"));
  }

  /**
   * Decodes one conversation; labels are ignored, as the API says.
   *
   * @throws ConversationFormatException when it breaks the format
   */
  private static Conversation decode(JsonNode node) {
    if (node instanceof ObjectNode object && object.has("labels")) {
      object = object.deepCopy();
      object.remove("labels");
      node = object;
    }
    Conversation conversation = ConversationCodec.decode(node, () -> "c-" + UUID.randomUUID());
    if (conversation.id().length() > TriageRecord.MAX_ID_CHARS) {
      // the triage memory keeps ids up to this length, so feedback could never join a longer one
      throw new ConversationFormatException(
          null, 0, "/id", "id is longer than " + TriageRecord.MAX_ID_CHARS + " characters");
    }
    return conversation;
  }

  /** The problem of a conversation that breaks the format, pointing into the request body. */
  private static Problem formatProblem(ConversationFormatException e, String pointerPrefix) {
    return Problem.of("invalid-conversation", "Invalid conversation", 400, e.reason())
        .withPointer(pointerPrefix + e.pointer());
  }

  /** The serving model's results; then offers them to shadow scoring. */
  private List<TriageResult> await(LoadedModel ready, List<Conversation> conversations) {
    long start = System.nanoTime();
    List<TriageResult> results = awaitResults(ready, conversations);
    shadow.offer(conversations, results, Duration.ofNanos(System.nanoTime() - start));
    return results;
  }

  private static List<TriageResult> awaitResults(
      LoadedModel ready, List<Conversation> conversations) {
    CompletableFuture<List<TriageResult>> future;
    try {
      future = ready.workLoad().submit(conversations);
    } catch (QueueFullException e) {
      throw new ProblemException(
          Problem.of(
              "queue-full",
              "Too many requests",
              429,
              "the triage queue is full (" + e.capacity() + " conversations); retry shortly"),
          Map.of(Header.RETRY_AFTER, "1"));
    } catch (IllegalStateException e) {
      throw new ProblemException(
          Problem.of("shutting-down", "Service unavailable", 503, "the service is shutting down"),
          Map.of(Header.RETRY_AFTER, "5"));
    }
    try {
      return future.get(RESULT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the model");
    } catch (TimeoutException e) {
      future.cancel(false);
      throw new ProblemException(
          Problem.of(
              "model-timeout",
              "Service unavailable",
              503,
              "the model did not answer within " + RESULT_TIMEOUT_SECONDS + " s"),
          Map.of(Header.RETRY_AFTER, "5"));
    } catch (ExecutionException e) {
      throw new ModelFailure(e.getCause());
    }
  }

  private void respond(Context ctx, LoadedModel ready, Object body, List<TriageResult> results) {
    RequestLog.modelVersion(ctx, ready.triager().description().version());
    metrics.results(results);
    RequestLog.routes(ctx, results.stream().map(r -> r.route().wireName()).toList());
    writeJson(ctx, body);
    answered.accept(results);
  }

  static void writeJson(Context ctx, Object body) {
    try {
      ctx.contentType(JSON).result(Json.mapper().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the response", e);
    }
  }

  /** The model threw: a 500 whose log names only the cause's class. */
  static final class ModelFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelFailure(Throwable cause) {
      super(
          "the model failed: " + (cause == null ? "?" : cause.getClass().getName()),
          null,
          false,
          false);
    }
  }
}
