package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.JavalinTest;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;

class OpenApiTest {

  @Test
  void theDocumentDescribesExactlyTheServedRoutes() {
    TriageServer server = TestServers.server(new FakeTriager());
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          var response = client.get("/openapi.json");
          assertThat(response.code()).isEqualTo(200);
          JsonNode doc = Json.mapper().readTree(response.body().string());
          assertThat(doc.get("openapi").asText()).startsWith("3.");

          Set<String> documented = new TreeSet<>();
          Iterator<String> paths = doc.get("paths").fieldNames();
          while (paths.hasNext()) {
            String path = paths.next();
            doc.get("paths")
                .get(path)
                .fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
          }
          Set<String> served = new TreeSet<>();
          for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.method.isHttpMethod()) {
              served.add(e.endpoint.method.name() + " " + e.endpoint.path);
            }
          }
          assertThat(served).isNotEmpty().isEqualTo(documented);
        });
  }

  @Test
  void everyErrorResponseOfTheDocumentIsAProblem() throws Exception {
    JsonNode doc = Json.mapper().readTree(TriageServer.class.getResourceAsStream("openapi.json"));
    doc.at("/components/responses")
        .forEach(
            r ->
                assertThat(r.at("/content").fieldNames().next())
                    .isEqualTo("application/problem+json"));
  }
}
