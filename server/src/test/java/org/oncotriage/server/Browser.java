package org.oncotriage.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test class: Debian's {@code chromium}, driven by its {@code
 * chromedriver}, with a fresh profile and nothing that reaches for the network. Where they are not
 * installed a class marked {@code @ExtendWith(Browser.Installed.class)} is skipped with a message,
 * unless {@code ONCOTRIAGE_REQUIRE_BROWSER=true} (set by {@code .ci/run}), which makes that a
 * failure. Screenshots go to {@code target/}. Not thread-safe: one test at a time.
 */
final class Browser implements AutoCloseable {

  static final String REQUIRE = "ONCOTRIAGE_REQUIRE_BROWSER";
  static final Duration WAIT = Duration.ofSeconds(20);

  private static final Path CHROMIUM = Path.of(env("CHROMIUM_BINARY", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));

  /**
   * Selenium warns that it has no DevTools bindings for this Chromium's version; these tests use
   * WebDriver only. Held here so that the setting is not collected.
   */
  private static final Logger CDP_VERSION_FINDER =
      quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private final Path profile;
  private final ChromeDriver driver;

  private Browser(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /** Starts the browser at a laptop's size (1280 x 900), or skips or fails as the class says. */
  static Browser start() throws IOException {
    requireInstalled();
    Path profile = Files.createTempDirectory("oncotriage-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--user-data-dir=" + profile,
        "--window-size=1280,900",
        "--lang=en-US");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new Browser(profile, new ChromeDriver(service, options));
  }

  /** Fails when Chromium is absent (the {@link Installed} condition has let the class run). */
  static void requireInstalled() {
    String missing = missing();
    if (missing != null) {
      throw new AssertionError(missing + " (" + REQUIRE + "=true)");
    }
  }

  /** Why the browser tests cannot run here, or {@code null} when they can. */
  private static String missing() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return null;
    }
    return "no headless Chromium ("
        + CHROMIUM
        + ", "
        + CHROMEDRIVER
        + "): install the Debian packages chromium and chromium-driver";
  }

  /**
   * Skips a browser test class, with the reason printed, where Chromium is absent; lets it run (and
   * fail in {@link #requireInstalled}) when {@code ONCOTRIAGE_REQUIRE_BROWSER=true}.
   */
  static final class Installed implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String missing = missing();
      if (missing == null || "true".equalsIgnoreCase(System.getenv(REQUIRE))) {
        return ConditionEvaluationResult.enabled("Chromium is installed, or required");
      }
      String reason = "browser tests skipped: " + missing;
      if (context.getTestMethod().isEmpty()) {
        System.out.println(context.getDisplayName() + ": " + reason);
      }
      return ConditionEvaluationResult.disabled(reason);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a page and waits until its scripts have run (the document is complete). */
  void open(String url) {
    driver.get(url);
    new WebDriverWait(driver, WAIT)
        .until(d -> "complete".equals(script("return document.readyState")));
  }

  /** Waits until an element is visible and returns it. */
  WebElement visible(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until an element's text contains {@code text} and returns the element. */
  WebElement textContains(By by, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by);
  }

  /** The element that has the focus. */
  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  Object asyncScript(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
  }

  /**
   * Calls an exported function of one of the console's JavaScript modules in the page and returns
   * its result (as Selenium converts it: maps, lists, strings, longs, doubles, booleans).
   */
  Object callModule(String module, String function, Object... args) {
    return asyncScript(
        "const done = arguments[arguments.length - 1];"
            + "import(arguments[0]).then(m => done(m[arguments[1]](...arguments[2])),"
            + " e => done('error: ' + e));",
        module,
        function,
        Arrays.asList(args));
  }

  /** The whole page as a PNG in {@code target/console-NAME.png}, at the current width. */
  Path screenshot(String name) throws IOException {
    Dimension size = driver.manage().window().getSize();
    long height = (Long) script("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(height + 140, 4000)));
    try {
      Path out = Path.of("target", "console-" + name + ".png");
      Files.createDirectories(out.getParent());
      Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
      return out;
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  /** Navigation timing of the page now open, in milliseconds from the start of the navigation. */
  @SuppressWarnings("unchecked")
  Map<String, Object> navigationTiming() {
    return (Map<String, Object>)
        script(
            "const t = performance.getEntriesByType('navigation')[0];"
                + "return {response_end: t.responseEnd, dom_content_loaded: t.domContentLoadedEventEnd,"
                + " load: t.loadEventEnd, transfer_bytes: t.transferSize};");
  }

  /**
   * The browser console's errors since the last call (a script that failed, a request the
   * Content-Security-Policy refused, a 4xx or 5xx response), one line each.
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** A file to hand to an {@code <input type=file>}. */
  static File file(Path dir, String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content);
    return path.toFile();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
