package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's work flows in a real headless Chromium against servers with the {@link FakeTriager}
 * (fever: urgent and oncologist; refill: medical assistant; else nurse), where the model is not the
 * point: the work queue from a file, a correction, the keyboard alone, the API key, and the page's
 * own functions (highlighting, queue order, feedback messages) called in the page.
 */
@ExtendWith(Browser.Installed.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleWorkflowBrowserTest {

  static final String KEY = "console-test-key-1";

  /** Lines 4 (not JSON) and 5 (a sender the format does not know) are refused; 8 is blank. */
  static final String QUEUE_FILE =
      String.join(
          "\n",
          "{\"id\":\"q-1\",\"messages\":[{\"from\":\"patient\",\"text\":\"Can I move my appointment"
              + " to Friday?\"}]}",
          "{\"id\":\"q-2\",\"messages\":[{\"from\":\"patient\",\"text\":\"I need a refill of my"
              + " anti-nausea pills\"}]}",
          "{\"id\":\"q-3\",\"messages\":[{\"from\":\"patient\",\"text\":\"I have a fever of 101.5"
              + " since last night\"}],\"labels\":{\"responder\":\"oncologist\",\"billable\":false,"
              + "\"urgent\":true}}",
          "{not json",
          "{\"id\":\"q-5\",\"messages\":[{\"from\":\"doctor\",\"text\":\"hello\"}]}",
          "{\"id\":\"q-6\",\"messages\":[{\"from\":\"caregiver\",\"text\":\"Please refill her"
              + " mouthwash\"}]}",
          "{\"id\":\"q-7\",\"messages\":[{\"from\":\"clinic\",\"text\":\"How are you today?\"},"
              + "{\"from\":\"patient\",\"text\":\"Still a fever today\"}]}",
          "",
          "");

  private TriageServer open;
  private TriageServer keyed;
  private TriageServer recording;
  private Browser browser;
  private Path files;

  @BeforeAll
  void start() throws Exception {
    Browser.requireInstalled();
    files = Files.createTempDirectory("oncotriage-console-files-");
    open = TestServers.server(FakeTriager::new, Map.of()).start();
    keyed = TestServers.server(FakeTriager::new, Map.of("api_keys", KEY)).start();
    recording =
        TestServers.server(
                FakeTriager::new,
                Map.of("feedback", "true", "data_dir", files.resolve("data").toString()))
            .start();
    TestServers.awaitReady(open);
    TestServers.awaitReady(keyed);
    TestServers.awaitReady(recording);
    browser = Browser.start();
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    for (TriageServer s : new TriageServer[] {open, keyed, recording}) {
      if (s != null) {
        s.stop();
      }
    }
    if (files != null) {
      try (var paths = Files.walk(files)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aJsonLinesFileBecomesAWorkQueueMostUrgentFirstThenByRouteWithCountsPerRoute()
      throws Exception {
    loadQueue(open);

    List<String> order =
        browser.driver().findElements(By.cssSelector("#queue-table tbody tr")).stream()
            .map(row -> row.getAttribute("data-id"))
            .toList();
    assertThat(order).containsExactly("q-3", "q-7", "q-1", "q-2", "q-6");
    assertThat(count("oncologist")).isEqualTo("2");
    assertThat(count("nurse")).isEqualTo("1");
    assertThat(count("medical_assistant")).isEqualTo("2");
    assertThat(count("urgent")).isEqualTo("2");
    List<String> refused =
        browser.driver().findElements(By.cssSelector("#queue-errors li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(refused).hasSize(2);
    assertThat(refused.get(0)).isEqualTo("Line 4: not valid JSON");
    assertThat(refused.get(1)).startsWith("Line 5: Invalid conversation").doesNotContain("doctor");
    assertThat(browser.textContains(By.id("status"), "Work queue ready").getText())
        .isEqualTo("Work queue ready: 5 conversations, 2 urgent, 2 lines not triaged.");
    System.out.println("screenshot: " + browser.screenshot("queue"));
    assertThat(
            Accessibility.seriousOrCritical(
                Accessibility.analyze(browser.driver(), "the console with a work queue")))
        .isEmpty();
  }

  @Test
  void aCorrectionOnAQueuedResultIsRecordedByTheFeedbackEndpoint() throws Exception {
    loadQueue(recording);
    browser.driver().findElement(By.cssSelector("tr[data-id='q-2'] button.open")).click();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("result-heading");

    assertThat(recordCorrection("nurse", "nurse")).isEqualTo("Correction recorded.");
    // Joined to what the service answered (medical assistant): the clinician called it higher.
    String metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(origin(recording) + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(metrics)
        .containsPattern(
            "oncotriage_feedback_total\\{level=\"nurse\",[^}]*verdict=\"under_triage\"\\} 1\\.0");
  }

  @Test
  void anImpossibleCorrectionIsExplainedAndNotSent() throws Exception {
    loadQueue(recording);
    browser.driver().findElement(By.cssSelector("tr[data-id='q-3'] button.open")).click();
    assertThat(browser.visible(By.id("urgent-banner")).getText()).startsWith("Urgent:");
    WebElement level = browser.driver().findElement(By.id("fb-level"));
    assertThat(level.getAttribute("aria-invalid")).isNull();

    // The form keeps urgent = yes; an urgent conversation needs an oncologist (LABELING.md).
    new Select(level).selectByValue("nurse");
    assertThat(level.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.driver().findElement(By.id("fb-rule")).getText())
        .startsWith("Not possible: an urgent conversation needs the oncologist level.");
    new Select(browser.driver().findElement(By.id("fb-role"))).selectByValue("manager");
    browser.driver().findElement(By.id("record-correction")).click();

    assertThat(browser.textContains(By.id("feedback-status"), "Not sent").getText())
        .isEqualTo("Not sent: an urgent conversation needs the oncologist level.");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("fb-level");
    assertThat(
            Accessibility.seriousOrCritical(
                Accessibility.analyze(browser.driver(), "a correction that breaks a rule")))
        .isEmpty();
  }

  @Test
  void theFormKnowsEveryRuleTheServiceHoldsCorrectionsTo() {
    browser.open(origin(open) + "/console");
    assertThat(rule("oncologist", false, true)).isNull();
    assertThat(rule("oncologist", true, false)).isNull();
    assertThat(rule("nurse", false, false)).isNull();
    assertThat(rule("oncologist", true, true))
        .isEqualTo(
            Map.of(
                "field",
                "billable",
                "text",
                "an urgent conversation is not billable (the patient is sent to emergency care,"
                    + " which is billed instead)"));
    assertThat(rule("medical_assistant", false, true))
        .isEqualTo(
            Map.of("field", "level", "text", "an urgent conversation needs the oncologist level"));
    assertThat(rule("nurse", true, false))
        .isEqualTo(
            Map.of("field", "level", "text", "a billable conversation needs the oncologist level"));
  }

  private Object rule(String level, boolean billable, boolean urgent) {
    return browser.callModule("/console/feedback.js", "ruleBroken", level, billable, urgent);
  }

  @Test
  void aCorrectionToAServiceWithoutFeedbackSaysItWasNotRecorded() throws Exception {
    loadQueue(open);
    browser.driver().findElement(By.cssSelector("tr[data-id='q-3'] button.open")).click();
    assertThat(recordCorrection("oncologist", "manager"))
        .isEqualTo(
            "Not recorded: this conversation was not triaged within the service's window, or"
                + " feedback is not available on this service.");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedBeforeAnythingIsSent() throws Exception {
    browser.open(origin(open) + "/console");
    browser.textContains(By.id("model-name"), "fake-model");
    Path latin1 = files.resolve("latin1.jsonl");
    Files.write(
        latin1,
        "{\"messages\":[{\"from\":\"patient\",\"text\":\"fi\u00e8vre\"}]}\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    browser.driver().findElement(By.id("queue-file")).sendKeys(latin1.toAbsolutePath().toString());

    assertThat(browser.textContains(By.id("alert"), "UTF-8").getText())
        .isEqualTo(
            "The file is not UTF-8 text; save it as UTF-8 (JSON Lines is UTF-8) and load it again.");
    assertThat(browser.driver().findElements(By.id("queue-table"))).isEmpty();
  }

  @Test
  void theMainFlowWorksFromTheKeyboardAlone() {
    browser.open(origin(open) + "/console");
    browser.textContains(By.id("model-name"), "fake-model");

    keys(Keys.TAB);
    assertThat(browser.focused().getText()).isEqualTo("Skip to the console");
    assertFocusIsVisible();
    keys(Keys.ENTER);
    assertThat(browser.focused().getAttribute("id")).isEqualTo("main");

    tabTo("message-1-text");
    keys("I have a fever of 101.5 since last night");
    tabTo("add-message");
    keys(Keys.ENTER);
    assertThat(browser.focused().getAttribute("id")).isEqualTo("message-2-text");
    keys("Still hot and shivering.");
    tabTo("triage");
    keys(Keys.ENTER);
    browser.visible(By.id("urgent-banner"));
    assertThat(browser.driver().findElements(By.cssSelector("#thread mark"))).hasSize(1);

    tabTo("fb-role");
    keys(Keys.ARROW_DOWN);
    assertThat(browser.focused().getAttribute("value")).isEqualTo("oncologist");
    tabTo("record-correction");
    keys(Keys.ENTER);
    assertThat(browser.textContains(By.id("feedback-status"), "Not recorded").getText())
        .contains("not triaged within the service's window");
  }

  @Test
  void withKeysConfiguredThePageAsksForTheKeyAndKeepsItOnlyInTheTabsMemory() {
    browser.open(origin(keyed) + "/console");
    browser.visible(By.id("key-section"));
    browser.textContains(By.id("model-name"), "an API key is needed");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("api-key");
    assertThat(
            Accessibility.seriousOrCritical(
                Accessibility.analyze(browser.driver(), "the console asking for a key")))
        .isEmpty();

    keys("not-the-key", Keys.ENTER);
    assertThat(browser.textContains(By.id("alert"), "not accepted").getText())
        .isEqualTo("The API key was not accepted. Enter another one.");

    browser.driver().findElement(By.id("api-key")).sendKeys(KEY, Keys.ENTER);
    browser.textContains(By.id("model-name"), "fake-model");
    assertThat(browser.driver().findElement(By.id("key-section")).isDisplayed()).isFalse();

    browser.driver().findElement(By.id("message-1-text")).sendKeys("Is my port flush on Monday?");
    browser.driver().findElement(By.id("triage")).click();
    assertThat(browser.textContains(By.id("status"), "routed to").getText())
        .contains("routed to Nurse");

    assertThat(
            browser.script(
                "return [localStorage.length, sessionStorage.length, document.cookie,"
                    + " document.getElementById('api-key').value]"))
        .isEqualTo(List.of(0L, 0L, "", ""));
    assertThat(browser.driver().getPageSource()).doesNotContain(KEY);
  }

  @Test
  void highlightingCutsTheTextAtUtf16OffsetsAndMergesOverlappingFindings() {
    browser.open(origin(open) + "/console");
    // "a", an emoji (two UTF-16 units), a space: "fever" starts at unit 4.
    assertThat(
            browser.callModule(
                "/console/highlight.js",
                "segments",
                "a\uD83D\uDE1E fever!",
                List.of(Map.of("start", 4, "end", 9, "index", 0))))
        .isEqualTo(
            List.of(
                Map.of("text", "a\uD83D\uDE1E ", "findings", List.of()),
                Map.of("text", "fever", "findings", List.of(0L)),
                Map.of("text", "!", "findings", List.of())));
    assertThat(
            browser.callModule(
                "/console/highlight.js",
                "segments",
                "abcdefgh",
                List.of(
                    Map.of("start", 3, "end", 6, "index", 1),
                    Map.of("start", 1, "end", 4, "index", 0),
                    Map.of("start", 20, "end", 30, "index", 2))))
        .isEqualTo(
            List.of(
                Map.of("text", "a", "findings", List.of()),
                Map.of("text", "bcdef", "findings", List.of(0L, 1L)),
                Map.of("text", "gh", "findings", List.of())));
  }

  @Test
  void theQueuePutsEveryUrgentConversationBeforeAnyRoute() {
    browser.open(origin(open) + "/console");
    List<Map<String, Object>> items =
        List.of(
            item(1, "oncologist", false),
            item(2, "nurse", true),
            item(3, "medical_assistant", false),
            item(4, "oncologist", true),
            item(5, "nurse", false));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ordered =
        (List<Map<String, Object>>) browser.callModule("/console/queue.js", "orderQueue", items);
    assertThat(ordered.stream().map(i -> i.get("line")).toList())
        .containsExactly(4L, 2L, 1L, 5L, 3L);
    assertThat(browser.callModule("/console/queue.js", "routeCounts", items))
        .isEqualTo(Map.of("oncologist", 2L, "nurse", 2L, "medical_assistant", 1L, "urgent", 2L));
  }

  @Test
  void theQueueSendsBatchesOfAtMostFiftyConversationsAndAboutTwoHundredKilobytes() {
    browser.open(origin(open) + "/console");
    Object sizes =
        browser.script(
            "return import('/console/queue.js').then(m => {"
                + "  const entry = (n, chars) => ({line: n,"
                + "    conversation: {messages: [{from: 'patient', text: 'x'.repeat(chars)}]}});"
                + "  const small = Array.from({length: 120}, (_, i) => entry(i + 1, 10));"
                + "  const large = Array.from({length: 5}, (_, i) => entry(i + 1, 90 * 1024));"
                + "  return [m.batches(small), m.batches(large)]"
                + "    .map(bs => bs.map(b => b.length));"
                + "});");
    assertThat(sizes).isEqualTo(List.of(List.of(50L, 50L, 20L), List.of(2L, 2L, 1L)));
  }

  @Test
  void eachAnswerToACorrectionHasItsOwnMessage() {
    browser.open(origin(open) + "/console");
    assertThat(browser.callModule("/console/feedback.js", "feedbackMessage", 201, null))
        .isEqualTo(Map.of("ok", true, "text", "Correction recorded."));
    assertThat(
            browser.callModule(
                "/console/feedback.js",
                "feedbackMessage",
                422,
                Map.of("title", "Invalid feedback", "detail", "reviewer_role is not known")))
        .isEqualTo(
            Map.of(
                "ok",
                false,
                "text",
                "Not recorded: Invalid feedback (reviewer_role is not known)."));
    assertThat(
            browser.callModule(
                "/console/feedback.js", "feedbackBody", "c-1", "nurse", false, true, "manager"))
        .isEqualTo(
            Map.of(
                "id",
                "c-1",
                "labels",
                Map.of("responder", "nurse", "billable", false, "urgent", true),
                "reviewer_role",
                "manager"));
  }

  /** Fills the open result's correction form and records it; returns the message the page shows. */
  String recordCorrection(String level, String role) {
    new Select(browser.driver().findElement(By.id("fb-level"))).selectByValue(level);
    new Select(browser.driver().findElement(By.id("fb-role"))).selectByValue(role);
    browser.driver().findElement(By.id("record-correction")).click();
    return browser.textContains(By.id("feedback-status"), "recorded").getText();
  }

  private void loadQueue(TriageServer server) throws Exception {
    browser.open(origin(server) + "/console");
    browser.textContains(By.id("model-name"), "fake-model");
    var file = Browser.file(files, "queue.jsonl", QUEUE_FILE);
    browser.driver().findElement(By.id("queue-file")).sendKeys(file.getAbsolutePath());
    browser.visible(By.id("queue-table"));
  }

  private String count(String route) {
    return browser
        .driver()
        .findElement(By.cssSelector("#queue-counts li[data-route='" + route + "'] .count"))
        .getText();
  }

  private static Map<String, Object> item(int line, String route, boolean urgent) {
    return Map.of("line", line, "result", Map.of("route", route, "urgent", Map.of("flag", urgent)));
  }

  private void keys(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  /** Presses Tab until the element with this id has the focus (at most 40 times). */
  private void tabTo(String id) {
    for (int i = 0; i < 40; i++) {
      if (id.equals(browser.focused().getAttribute("id"))) {
        assertFocusIsVisible();
        return;
      }
      keys(Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  private void assertFocusIsVisible() {
    WebElement focused = browser.focused();
    assertThat(focused.getCssValue("outline-style")).as("focus outline").isNotEqualTo("none");
    assertThat(focused.getCssValue("outline-width")).isNotEqualTo("0px");
  }

  private static String origin(TriageServer server) {
    return "http://127.0.0.1:" + server.port();
  }
}
