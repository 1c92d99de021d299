package org.oncotriage.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The admin endpoints of the model life cycle, {@code /v1/models...}: the HTTP side of {@link
 * ModelRegistry}. They need an admin key ({@link BearerAuth#admin}). Each change that takes effect
 * writes an {@link AuditLog#modelAction} line beside the request's own audit line, and the request
 * line names the version serving after it. Thread-safe.
 */
final class ModelAdminHandlers {

  /** The admin route paths and their methods, for {@code Allow} and metric labels. */
  static final Map<String, String> ROUTES =
      Map.of(
          "/v1/models", "GET, POST",
          "/v1/models/{version}", "DELETE",
          "/v1/models/{version}/shadow", "POST",
          "/v1/models/{version}/promote", "POST",
          "/v1/models/{version}/rollback", "POST");

  private final ModelRegistry registry;
  private final Function<Context, JsonNode> bodies;

  /**
   * @param registry the loaded versions
   * @param bodies reads a request's JSON body with the API's checks (media type, size, syntax)
   */
  ModelAdminHandlers(ModelRegistry registry, Function<Context, JsonNode> bodies) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
  }

  /** Registers the routes. */
  void register(RoutesConfig routes) {
    routes.get("/v1/models", this::list);
    routes.post("/v1/models", this::load);
    routes.delete("/v1/models/{version}", this::unload);
    routes.post("/v1/models/{version}/shadow", ctx -> act(ctx, "shadow", registry::shadow));
    routes.post("/v1/models/{version}/promote", ctx -> act(ctx, "promote", registry::promote));
    routes.post("/v1/models/{version}/rollback", ctx -> act(ctx, "rollback", registry::rollback));
  }

  /** {@code GET /v1/models}: {@code {"models": [...]}}, the serving version first. */
  private void list(Context ctx) {
    TriageHandlers.writeJson(ctx, Map.of("models", registry.list()));
  }

  /** {@code POST /v1/models} with {@code {"path": DIR}}: 201 with the loaded version. */
  private void load(Context ctx) {
    Path directory = directory(bodies.apply(ctx));
    ModelView loaded = run(() -> registry.load(directory));
    audit(ctx, "load", loaded.version());
    ctx.status(201).header(Header.LOCATION, "/v1/models/" + loaded.version());
    TriageHandlers.writeJson(ctx, loaded);
  }

  /** {@code DELETE /v1/models/{version}}: unloads and closes a version that does not serve. */
  private void unload(Context ctx) {
    String version = ctx.pathParam("version");
    ModelView unloaded = run(() -> registry.unload(version));
    audit(ctx, "unload", version);
    TriageHandlers.writeJson(ctx, unloaded);
  }

  private void act(Context ctx, String action, Function<String, ModelView> change) {
    String version = ctx.pathParam("version");
    ModelView result = run(() -> change.apply(version));
    audit(ctx, action, version);
    TriageHandlers.writeJson(ctx, result);
  }

  private void audit(Context ctx, String action, String version) {
    String serving = registry.servingVersion();
    RequestLog.modelVersion(ctx, serving);
    AuditLog.modelAction(
        new AuditLog.ModelAction(
            RequestLog.requestId(ctx),
            ctx.ip(),
            RequestLog.presentedKeyId(ctx),
            action,
            version,
            serving));
  }

  /** The {@code path} of a load request; 400 when it is missing or not a path. */
  private static Path directory(JsonNode body) {
    JsonNode path = body.isObject() ? body.get("path") : null;
    if (path == null || !path.isTextual() || path.asText().isBlank()) {
      throw new ProblemException(
          Problem.of(
                  "invalid-model-request",
                  "Invalid model request",
                  400,
                  "the body must be an object with a \"path\": the model directory on the server")
              .withPointer("/path"));
    }
    try {
      return Path.of(path.asText());
    } catch (InvalidPathException e) {
      throw new ProblemException(
          Problem.of("invalid-model-request", "Invalid model request", 400, "not a valid path")
              .withPointer("/path"));
    }
  }

  private static ModelView run(Supplier<ModelView> change) {
    try {
      return change.get();
    } catch (ModelLifecycleException e) {
      throw new ProblemException(problem(e), retryAfter(e));
    }
  }

  private static Problem problem(ModelLifecycleException e) {
    return switch (e.kind()) {
      case NOT_FOUND -> Problem.of("model-not-found", "Not found", 404, e.getMessage());
      case CONFLICT -> Problem.of("model-conflict", "Conflict", 409, e.getMessage());
      case INVALID_MODEL -> Problem.of("invalid-model", "Invalid model", 422, e.getMessage());
      case UNAVAILABLE -> Problem.of("not-ready", "Service unavailable", 503, e.getMessage());
    };
  }

  private static Map<String, String> retryAfter(ModelLifecycleException e) {
    return e.kind() == ModelLifecycleException.Kind.UNAVAILABLE
        ? Map.of(Header.RETRY_AFTER, "5")
        : Map.of();
  }
}
