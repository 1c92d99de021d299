package org.oncotriage.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The service's web pages: {@code GET /console} (the triage console, plain HTML, CSS and JavaScript
 * modules from {@code web/console/} beside this class), {@code GET /docs} (Swagger UI from the
 * {@code org.webjars:swagger-ui} artifact over {@code /openapi.json}) and {@code GET /}, which
 * redirects to the console. Every file is served from the classpath with {@link PageHeaders}, so a
 * page needs no other origin. The pages and their files need no API key, even with {@code
 * protect_operational} (a browser cannot send one when it opens a page; the console asks for the
 * key and sends it with its API calls). Stateless.
 */
final class WebPages {

  static final String CONSOLE = "/console";
  static final String DOCS = "/docs";

  /** The page routes and their methods, for {@code Allow} and metric labels. */
  static final Map<String, String> ROUTES = Map.of("/", "GET", CONSOLE, "GET", DOCS, "GET");

  /** Where Swagger UI's own files are served (version-free, so the page names no version). */
  static final String SWAGGER_UI = DOCS + "/ui";

  private static final String RESOURCES = "/org/oncotriage/server/web";
  private static final Set<String> SWAGGER_UI_FILES =
      Set.of("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "favicon-16x16.png");

  private WebPages() {}

  /** The API routes with the page routes added. */
  static Map<String, String> withPageRoutes(Map<String, String> apiRoutes) {
    Map<String, String> all = new LinkedHashMap<>(apiRoutes);
    all.putAll(ROUTES);
    return Map.copyOf(all);
  }

  /** Registers the page routes and the static files behind them. */
  static void register(JavalinConfig cfg) {
    byte[] console = resource(RESOURCES + "/console/index.html");
    byte[] docs = resource(RESOURCES + "/docs/index.html");
    files(cfg, CONSOLE, RESOURCES + "/console", PageHeaders.CONSOLE, uri -> true);
    files(cfg, DOCS, RESOURCES + "/docs", PageHeaders.DOCS, uri -> true);
    files(
        cfg,
        SWAGGER_UI,
        "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion(),
        PageHeaders.DOCS,
        uri -> SWAGGER_UI_FILES.contains(fileName(uri)));
    cfg.routes.get("/", ctx -> ctx.redirect(CONSOLE, HttpStatus.FOUND));
    cfg.routes.get(CONSOLE, ctx -> page(ctx, console, PageHeaders.CONSOLE));
    cfg.routes.get(DOCS, ctx -> page(ctx, docs, PageHeaders.DOCS));
  }

  /** Serves the classpath directory's files that {@code served} accepts (by request URI). */
  private static void files(
      JavalinConfig cfg,
      String hostedPath,
      String directory,
      Map<String, String> headers,
      Predicate<String> served) {
    cfg.staticFiles.add(
        s -> {
          s.hostedPath = hostedPath;
          s.directory = directory;
          s.location = Location.CLASSPATH;
          s.headers = headers;
          s.skipFileFunction = request -> !served.test(request.getRequestURI());
        });
  }

  /** Whether a path is a page or one of its files, which never need an API key. */
  static boolean isPage(String path) {
    return path.equals("/")
        || path.equals(CONSOLE)
        || path.startsWith(CONSOLE + "/")
        || path.equals(DOCS)
        || path.startsWith(DOCS + "/");
  }

  /**
   * The metric and log label of a static file of a page ({@code /console/*}, {@code /docs/*}), or
   * {@code null} for any other path: a fixed set, whatever the file.
   */
  static String fileLabel(String path) {
    if (path.startsWith(CONSOLE + "/")) {
      return CONSOLE + "/*";
    }
    if (path.startsWith(DOCS + "/")) {
      return DOCS + "/*";
    }
    return null;
  }

  private static void page(Context ctx, byte[] html, Map<String, String> headers) {
    headers.forEach(ctx::header);
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  private static String fileName(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  /**
   * The version of the Swagger UI webjar, as the build wrote it beside this class (not read from
   * the webjar's own {@code META-INF/maven} entries, which a one-file jar may drop).
   */
  static String swaggerUiVersion() {
    Properties p = new Properties();
    try (InputStream in =
        new ByteArrayInputStream(resource(RESOURCES + "/swagger-ui.properties"))) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = p.getProperty("version", "");
    if (!version.matches("[0-9][0-9A-Za-z.-]*")) {
      throw new IllegalStateException("swagger-ui.properties names no Swagger UI version");
    }
    return version;
  }

  private static byte[] resource(String path) {
    try (InputStream in = WebPages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the server jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
