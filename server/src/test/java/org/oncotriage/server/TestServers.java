package org.oncotriage.server;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.oncotriage.triage.Triager;

/** Builds servers on port 0 around a fake model, and sends requests to them. */
final class TestServers {

  static final String ONE =
      "{\"id\":\"c-1\",\"messages\":[{\"from\":\"patient\",\"text\":\"I need a refill of my"
          + " anti-nausea pills\"}],\"context\":{\"days_since_last_visit\":10}}";
  static final String URGENT =
      "{\"id\":\"c-2\",\"messages\":[{\"from\":\"patient\",\"text\":\"I have a fever of 101.5"
          + " since last night\"}]}";

  private TestServers() {}

  /**
   * The given settings over the defaults, as every test server runs: port 0 on 127.0.0.1, and
   * feedback off unless the settings name it, so that no test opens a database it did not ask for.
   */
  static ServerConfig config(Map<String, String> settings) {
    Map<String, String> values = new HashMap<>(settings);
    values.putIfAbsent("feedback", "false");
    values.put("port", "0");
    values.put("host", "127.0.0.1");
    return ServerConfig.resolve(values, Map.of(), null);
  }

  /** A server with the fake and the given settings over the defaults ({@link #config}). */
  static TriageServer server(Supplier<Triager> model, Map<String, String> settings) {
    return new TriageServer(config(settings), model);
  }

  static TriageServer server(Triager model) {
    return server(() -> model, Map.of());
  }

  /**
   * A server whose model load waits for {@code release} (at most 10 s), with default settings: the
   * state between the start of the HTTP server and a loaded model.
   */
  static TriageServer loadingUntil(CountDownLatch release, Triager model) {
    return server(
        () -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return model;
        },
        Map.of());
  }

  /** Waits until the background load has finished (the fake loads at once). */
  static void awaitReady(TriageServer server) throws InterruptedException {
    for (int i = 0; i < 200 && !server.isReady(); i++) {
      Thread.sleep(10);
    }
    if (!server.isReady()) {
      throw new AssertionError("the model did not load");
    }
  }

  /** Runs {@code test} against the server's app once its model has loaded. */
  static void whenReady(TriageServer server, TestCase test) {
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          awaitReady(server);
          test.accept(app, client);
        });
  }

  /** A {@code POST /v1/triage} of {@link #ONE}, for tests that send it concurrently. */
  static HttpRequest triageRequest(HttpClient client) {
    return HttpRequest.newBuilder(java.net.URI.create(client.getOrigin() + "/v1/triage"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ONE))
        .build();
  }

  static Response postJson(HttpClient client, String path, String body) {
    return post(client, path, body, "application/json", Map.of());
  }

  static Response post(
      HttpClient client,
      String path,
      String body,
      String contentType,
      Map<String, String> headers) {
    return client.request(
        path,
        b -> {
          b.post(HttpRequest.BodyPublishers.ofString(body));
          if (contentType != null) {
            b.header("Content-Type", contentType);
          }
          headers.forEach(b::header);
        });
  }

  static Response get(HttpClient client, String path, Map<String, String> headers) {
    return client.request(
        path,
        b -> {
          b.get();
          headers.forEach(b::header);
        });
  }
}
