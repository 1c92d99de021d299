package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages over HTTP: what they serve, with which headers, to whom. The browser tests use them.
 */
class WebPagesTest {

  private static final List<String> CONSOLE_FILES =
      List.of(
          "index.html",
          "console.css",
          "main.js",
          "api.js",
          "compose.js",
          "dom.js",
          "feedback.js",
          "highlight.js",
          "queue.js",
          "result.js");

  @Test
  void theRootRedirectsToTheConsole() {
    TestServers.whenReady(
        TestServers.server(new FakeTriager()),
        (app, client) -> {
          Response root = client.get("/");
          assertThat(root.code()).isEqualTo(302);
          assertThat(root.headers().get("Location")).containsExactly("/console");
        });
  }

  @Test
  void theConsoleAndItsFilesComeWithAStrictContentSecurityPolicy() throws Exception {
    TestServers.whenReady(
        TestServers.server(new FakeTriager()),
        (app, client) -> {
          Response page = client.get("/console");
          assertThat(page.code()).isEqualTo(200);
          assertThat(page.headers().get("Content-Type").get(0)).startsWith("text/html");
          String csp = page.headers().get("Content-Security-Policy").get(0);
          assertThat(csp)
              .contains("default-src 'none'", "script-src 'self';", "style-src 'self';")
              .contains("frame-ancestors 'none'")
              .doesNotContain("unsafe-inline")
              .doesNotContain("unsafe-eval");
          assertThat(page.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
          assertThat(page.headers().get("Referrer-Policy")).containsExactly("no-referrer");
          assertThat(page.body().string())
              .contains("<script type=\"module\" src=\"/console/main.js\">");

          Response script = client.get("/console/main.js");
          assertThat(script.code()).isEqualTo(200);
          assertThat(script.headers().get("Content-Type").get(0)).contains("javascript");
          assertThat(script.headers().get("Content-Security-Policy")).containsExactly(csp);
          assertThat(client.get("/console/console.css").code()).isEqualTo(200);
          assertThat(client.get("/console/no-such-file.js").code()).isEqualTo(404);
        });
  }

  @Test
  void everyConsoleFileComesFromTheServiceKeepsNothingAndLogsNothing() throws IOException {
    Pattern otherOrigin = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
    for (String name : CONSOLE_FILES) {
      String text = resource("/org/oncotriage/server/web/console/" + name);
      Matcher m = otherOrigin.matcher(text);
      assertThat(m.find()).as(name + " names another origin").isFalse();
      assertThat(text)
          .as(name)
          .doesNotContain("innerHTML")
          .doesNotContain("localStorage.")
          .doesNotContain("sessionStorage.")
          .doesNotContain("document.cookie")
          .doesNotContainPattern("console\\.(log|info|warn|error|debug)");
    }
    String html = resource("/org/oncotriage/server/web/console/index.html");
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContainPattern("\\sstyle=")
        .doesNotContainPattern("\\son[a-z]+=");
  }

  @Test
  void docsServeSwaggerUiFromTheWebjarOverThisServicesDocument() {
    TestServers.whenReady(
        TestServers.server(new FakeTriager()),
        (app, client) -> {
          Response page = client.get("/docs");
          assertThat(page.code()).isEqualTo(200);
          String html = page.body().string();
          assertThat(html).contains("/docs/ui/swagger-ui-bundle.js", "/docs/docs.js");
          assertThat(client.get("/docs/docs.js").body().string()).contains("'/openapi.json'");
          Response bundle = client.get("/docs/ui/swagger-ui-bundle.js");
          assertThat(bundle.code()).isEqualTo(200);
          assertThat(bundle.headers().get("Content-Type").get(0)).contains("javascript");
          // The webjar's own page and initializer point at a public demo document: not served.
          assertThat(client.get("/docs/ui/index.html").code()).isEqualTo(404);
          assertThat(client.get("/docs/ui/swagger-initializer.js").code()).isEqualTo(404);
        });
    assertThat(WebPages.swaggerUiVersion()).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void pagesNeedNoKeyEvenWhenOperationalEndpointsDo() {
    TriageServer server =
        TestServers.server(
            FakeTriager::new, Map.of("api_keys", "k-1", "protect_operational", "true"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          for (String path :
              List.of("/", "/console", "/console/main.js", "/docs", "/docs/ui/swagger-ui.css")) {
            assertThat(client.get(path).code()).as(path).isIn(200, 302);
          }
          assertThat(client.get("/metrics").code()).isEqualTo(401);
          assertThat(client.get("/v1/model").code()).isEqualTo(401);
        });
  }

  @Test
  void pageFilesAreCountedUnderOneLabelEach() {
    TestServers.whenReady(
        TestServers.server(new FakeTriager()),
        (app, client) -> {
          client.get("/console/main.js");
          client.get("/console/api.js");
          client.get("/docs/ui/swagger-ui.css");
          String metrics = client.get("/metrics").body().string();
          assertThat(metrics)
              .contains("endpoint=\"/console/*\",method=\"GET\",status=\"200\"")
              .contains("endpoint=\"/docs/*\"")
              .doesNotContain("main.js")
              .doesNotContain("swagger-ui.css");
        });
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = WebPagesTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
