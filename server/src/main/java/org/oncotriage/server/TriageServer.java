package org.oncotriage.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.oncotriage.model.ModelSignature;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.Triager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST service: a Javalin app whose routes, error layer, API-key check ({@link BearerAuth}),
 * request log and metrics are wired here. The model's life is {@link ModelLifecycle}'s: it starts
 * loading once the HTTP server has started, so {@code /health/ready} answers 503 until it is in,
 * and stopping the app drains the work-load manager and closes the model.
 *
 * <p>In front of Javalin, at the Jetty level, sit the {@link EdgeHandler} (methods that are not
 * standard, and the {@link UploadGate} that receives bodies without holding a thread) and the
 * {@link ProblemErrorHandler} (the HTTP server's own errors as problem bodies). The limits are
 * {@link HttpLimits}. Further model versions are loaded, shadowed, promoted and unloaded by {@link
 * ModelRegistry} through the admin endpoints ({@link ModelAdminHandlers}). Thread-safe.
 */
public final class TriageServer {

  private static final Logger LOG = LoggerFactory.getLogger(TriageServer.class);

  /** Each route path and the methods it answers, for {@code Allow} and metric labels. */
  static final Map<String, String> ROUTES =
      withAdminRoutes(
          Map.of(
              "/v1/triage", "POST",
              "/v1/triage/batch", "POST",
              "/v1/model", "GET",
              "/health/live", "GET",
              "/health/ready", "GET",
              "/metrics", "GET",
              "/openapi.json", "GET",
              "/v1/feedback", "POST"));

  /** {@link #ROUTES} and the pages' ({@link WebPages#ROUTES}): every path the router answers. */
  static final Map<String, String> ALL_ROUTES = WebPages.withPageRoutes(ROUTES);

  private final ServerConfig config;
  private final ApiKeys apiKeys;
  private final ServerMetrics metrics;
  private final ModelLifecycle model;
  private final ApiKeys adminKeys;
  private final ShadowScoring shadow;
  private final ModelRegistry models;
  private final RequestLimit requestLimit;
  private final EdgeResponses edge;
  private final UploadGate uploads;
  private final FeedbackEndpoint feedback;
  private final byte[] openApi;
  private final Javalin app;
  private volatile Consumer<String> onLoadFailure = reason -> {};

  /**
   * @param config the settings
   * @param modelLoader loads the model; called once, off the request threads
   */
  public TriageServer(ServerConfig config, Supplier<Triager> modelLoader) {
    this(config, modelLoader, directoryLoader(config));
  }

  /**
   * @param config the settings
   * @param modelLoader loads the model; called once, off the request threads
   * @param directoryLoader loads the model directory of a {@code POST /v1/models}
   */
  public TriageServer(
      ServerConfig config, Supplier<Triager> modelLoader, Function<Path, Triager> directoryLoader) {
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(modelLoader, "modelLoader");
    this.apiKeys = ApiKeys.from(config.apiKeys(), config.apiKeysFile());
    this.adminKeys = ApiKeys.from(config.admin().adminApiKeys(), null);
    this.metrics = new ServerMetrics(this::queueDepth);
    String source = config.modelDir() == null ? "bundled" : config.modelDir().toString();
    this.model =
        new ModelLifecycle(
            modelLoader, source, config.batching(), metrics, config.shutdownTimeout());
    this.shadow =
        new ShadowScoring(
            config.admin().shadowShare(),
            () -> ThreadLocalRandom.current().nextDouble(),
            new ShadowMetrics(metrics.registry()));
    this.models =
        new ModelRegistry(
            model,
            new ModelDirectoryLoader(directoryLoader),
            config.batching(),
            metrics,
            config.admin().maxLoadedModels(),
            config.shutdownTimeout(),
            shadow,
            serving -> metrics.modelLoaded(serving.description()));
    this.requestLimit = new RequestLimit(config.limits().maxConcurrentRequests(), metrics);
    this.edge = new EdgeResponses(metrics, ALL_ROUTES.keySet());
    this.uploads = new UploadGate(config.limits(), config.maxBodyBytes(), edge, metrics);
    this.openApi = loadOpenApi();
    this.feedback = FeedbackEndpoint.open(config.feedback(), metrics.registry());
    this.app = Javalin.create(this::configure);
  }

  /** The Javalin app (not started); tests hand it to {@code JavalinTest}. */
  public Javalin app() {
    return app;
  }

  /**
   * What to do when the model fails to load (by default nothing: the service stays live and never
   * ready); runs on the loader thread with the reason in one line. Set it before {@link #start}.
   */
  public TriageServer onLoadFailure(Consumer<String> hook) {
    this.onLoadFailure = Objects.requireNonNull(hook, "hook");
    return this;
  }

  /** Starts serving on the configured host and port; the model loads in the background. */
  public TriageServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The bound port once started. */
  public int port() {
    return app.port();
  }

  /** Whether the model is loaded. */
  public boolean isReady() {
    return model.isReady();
  }

  /** Request bodies being received now (see {@link UploadGate}). */
  int uploadsInProgress() {
    return uploads.receiving();
  }

  /** Triage requests in progress now (see {@link RequestLimit}). */
  int requestsInProgress() {
    return requestLimit.inProgress();
  }

  /** Finishes requests in flight, drains the queue, closes the model. Idempotent. */
  public void stop() {
    app.stop();
    feedback.close();
  }

  private void configure(JavalinConfig cfg) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.prefer405over404 = true;
    cfg.http.maxRequestSize = config.maxBodyBytes();
    cfg.jetty.modifyServer(
        server -> {
          server.setStopTimeout(config.shutdownTimeout().toMillis());
          server.insertHandler(new EdgeHandler(edge, uploads, ALL_ROUTES));
          server.setErrorHandler(new ProblemErrorHandler(edge));
        });
    cfg.jetty.modifyHttpConfiguration(
        http -> {
          http.setIdleTimeout(config.limits().idleTimeout().toMillis());
          http.setSendServerVersion(false);
          http.setSendXPoweredBy(false);
        });
    cfg.events.serverStarted(this::startLoading);
    cfg.events.serverStopped(models::close);
    cfg.events.serverStopped(feedback::close);
    cfg.requestLogger.http((ctx, ms) -> RequestLog.finished(ctx, ms, metrics));

    TriageHandlers triage =
        new TriageHandlers(
            model::state, models, shadow, config, metrics, requestLimit, feedback::remember);
    AuthThrottle throttle =
        new AuthThrottle(config.limits().maxAuthFailuresPerMinute(), System::nanoTime);
    var routes = cfg.routes;
    routes.before(RequestLog::assignId);
    routes.before(ctx -> RequestLog.modelVersion(ctx, models.servingVersion()));
    routes.beforeMatched(new BearerAuth(apiKeys, config.protectOperational(), throttle, metrics));
    routes.beforeMatched(BearerAuth.admin(adminKeys, throttle, metrics));
    new ModelAdminHandlers(models, triage::readJson).register(routes);
    routes.post("/v1/triage", triage::triage);
    routes.post("/v1/triage/batch", triage::triageBatch);
    routes.get("/v1/model", triage::model);
    routes.post("/v1/feedback", ctx -> feedback.submit(ctx, triage.readJson(ctx)));
    routes.get("/health/live", ctx -> TriageHandlers.writeJson(ctx, Map.of("status", "live")));
    routes.get("/health/ready", this::ready);
    routes.get("/metrics", this::metrics);
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    WebPages.register(cfg);
    Problems.register(routes, new AllowedMethods(ALL_ROUTES));
  }

  private void ready(Context ctx) {
    ModelState s = model.state().requireReady();
    ModelDescription d = s.triager().description();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ready");
    body.put("model", Map.of("name", d.name(), "version", d.version()));
    TriageHandlers.writeJson(ctx, body);
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  /** For the queue-depth gauge, which exists before the life cycle does. */
  private int queueDepth() {
    ModelLifecycle m = model;
    return m == null ? 0 : m.queueDepth();
  }

  private void startLoading() {
    LOG.info(
        "http listening host={} port={}; loading the model in the background",
        config.host(),
        app.port());
    model.start(this::modelReady, reason -> onLoadFailure.accept(reason));
  }

  private void modelReady(ModelDescription d, Duration loadTime) {
    metrics.modelLoaded(d);
    LOG.info(
        "ready port={} model={} version={} load_ms={} max_batch_size={} max_batch_delay_ms={}"
            + " queue_capacity={} max_concurrent_requests={} auth={}",
        app.port(),
        d.name(),
        d.version(),
        loadTime.toMillis(),
        config.maxBatchSize(),
        config.maxBatchDelay().toMillis(),
        config.queueCapacity(),
        config.limits().maxConcurrentRequests(),
        authSummary());
  }

  /** How callers are authenticated, for the ready line. */
  String authSummary() {
    return apiKeys.enabled()
        ? "api_keys(" + apiKeys.size() + ")"
        : "UNAUTHENTICATED(no API key configured; host=" + config.host() + ")";
  }

  /** The core routes and {@link ModelAdminHandlers#ROUTES}, in one map. */
  private static Map<String, String> withAdminRoutes(Map<String, String> core) {
    Map<String, String> all = new LinkedHashMap<>(core);
    all.putAll(ModelAdminHandlers.ROUTES);
    return Map.copyOf(all);
  }

  /**
   * Loads a model directory as the service's own model is loaded: with {@code intra_op_threads},
   * and only with a signature that {@code model_public_key} verifies when that is set.
   */
  private static Function<Path, Triager> directoryLoader(ServerConfig config) {
    return dir -> {
      PublicKey key =
          config.modelPublicKey() == null
              ? null
              : ModelSignature.readPublicKey(config.modelPublicKey());
      return ServerMain.loader(dir, config.intraOpThreads(), key).get();
    };
  }

  private static byte[] loadOpenApi() {
    try (InputStream in = TriageServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
