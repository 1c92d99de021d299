package org.oncotriage.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.oncotriage.json.Json;
import org.oncotriage.triage.Triager;

/**
 * Servers with an admin key whose {@code POST /v1/models} loads test doubles by directory name, and
 * the admin requests of the model life cycle.
 */
final class AdminServers {

  static final String ADMIN_KEY = "admin-secret";

  private AdminServers() {}

  /**
   * @param serving the model the server starts with
   * @param byDirectory the models {@code POST /v1/models} loads, by the directory's file name; any
   *     other directory fails to load
   * @param settings over the admin key and the test defaults ({@link TestServers#config})
   */
  static TriageServer server(
      Triager serving, Map<String, Triager> byDirectory, Map<String, String> settings) {
    Map<String, String> values = new HashMap<>();
    values.put("admin_api_keys", ADMIN_KEY);
    values.putAll(settings);
    return new TriageServer(
        TestServers.config(values),
        () -> serving,
        dir -> {
          Triager t = byDirectory.get(dir.getFileName().toString());
          if (t == null) {
            throw new IllegalArgumentException("no test model in " + dir.getFileName());
          }
          return t;
        });
  }

  static Map<String, String> admin() {
    return Map.of("Authorization", "Bearer " + ADMIN_KEY);
  }

  static Response load(HttpClient client, Path directory) {
    return TestServers.post(
        client,
        "/v1/models",
        "{\"path\":" + Json.mapper().valueToTree(directory.toString()) + "}",
        "application/json",
        admin());
  }

  /** {@code POST /v1/models/{version}/{action}} with the admin key. */
  static Response act(HttpClient client, String version, String action) {
    return TestServers.post(client, "/v1/models/" + version + "/" + action, "", null, admin());
  }

  static Response unload(HttpClient client, String version) {
    return client.request(
        "/v1/models/" + version,
        b -> {
          b.delete(HttpRequest.BodyPublishers.noBody());
          admin().forEach(b::header);
        });
  }

  /** {@code GET /v1/models}: each version's state, by version. */
  static Map<String, String> states(HttpClient client) {
    Map<String, String> states = new HashMap<>();
    for (JsonNode m : json(TestServers.get(client, "/v1/models", admin())).get("models")) {
      states.put(m.get("version").asText(), m.get("state").asText());
    }
    return states;
  }

  static JsonNode json(Response response) {
    try {
      return Json.mapper().readTree(response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
