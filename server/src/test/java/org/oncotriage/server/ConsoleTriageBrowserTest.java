package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncotriage.json.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real headless Chromium against the server with the bundled model and red-flag
 * rules, so the evidence is real: a pasted fever-on-chemotherapy conversation, its urgent banner
 * and its findings marked in the text; what axe-core finds; the page's load time; a phone's width.
 */
@ExtendWith(Browser.Installed.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleTriageBrowserTest {

  /** Three messages, an emoji (two UTF-16 units) before the first finding. */
  static final List<String[]> FEVER =
      List.of(
          new String[] {
            "patient",
            "Feeling awful \uD83D\uDE1E tonight. I had chemo on Tuesday and now I have a"
                + " temperature of 101.5 F with chills."
          },
          new String[] {
            "clinic", "Thank you for letting us know. Are you able to keep fluids down?"
          },
          new String[] {"patient", "Barely. The thermometer says 101.8 now."});

  private TriageServer server;
  private Browser browser;
  private String origin;

  @BeforeAll
  void start() throws Exception {
    Browser.requireInstalled();
    server = TestServers.server(ServerMain.loader(null, 1), Map.of()).start();
    for (int i = 0; i < 1200 && !server.isReady(); i++) {
      Thread.sleep(100);
    }
    assertThat(server.isReady()).as("the bundled model loaded").isTrue();
    origin = "http://127.0.0.1:" + server.port();
    browser = Browser.start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aPastedFeverOnChemotherapyConversationShowsTheUrgentBannerAndMarksEachFinding()
      throws Exception {
    browser.consoleErrors();
    triageFever();

    WebElement banner = browser.visible(By.id("urgent-banner"));
    assertThat(banner.getText()).startsWith("Urgent:").contains("3 findings are highlighted");
    assertThat(browser.textContains(By.id("status"), "Urgent.").getText())
        .contains("routed to Oncologist");
    assertThat(browser.driver().findElement(By.id("result-route")).getText())
        .isEqualTo("Oncologist");

    JsonNode findings = triageByApi().at("/urgent/findings");
    assertThat(findings.size()).isEqualTo(3);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      int message = f.get("message_index").asInt();
      String evidence =
          FEVER.get(message)[1].substring(f.get("start").asInt(), f.get("end").asInt());
      expected.add(evidence);
      WebElement mark =
          browser
              .driver()
              .findElement(
                  By.cssSelector(
                      "#thread li[data-message-index='" + message + "'] mark#finding-" + i));
      assertThat(mark.getText()).as("finding %d", i).isEqualTo(evidence);
    }
    assertThat(expected).containsExactly("101.5 F", "chills", "101.8");
    assertThat(browser.driver().findElements(By.cssSelector("#thread mark"))).hasSize(3);
    assertThat(browser.driver().findElement(By.id("result-model")).getText())
        .startsWith("Model oncotriage-default, version ");

    browser.driver().findElement(By.cssSelector("#findings a[data-finding='2']")).click();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("finding-2");
    assertThat(browser.consoleErrors()).as("errors, CSP refusals included").isEmpty();
    System.out.println("screenshot: " + browser.screenshot("fever"));
  }

  @Test
  void axeCoreFindsNoSeriousOrCriticalViolationsOnTheConsoleWithAResult() {
    triageFever();
    browser.visible(By.id("urgent-banner"));

    Results results =
        Accessibility.analyze(browser.driver(), "the console with an urgent result (1280 px)");
    assertThat(Accessibility.seriousOrCritical(results)).isEmpty();

    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      Results narrow =
          Accessibility.analyze(browser.driver(), "the console with an urgent result (390 px)");
      assertThat(Accessibility.seriousOrCritical(narrow)).isEmpty();
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void atAPhonesWidthNothingScrollsSideways() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      triageFever();
      browser.visible(By.id("urgent-banner"));
      Object overflow =
          browser.script(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      System.out.println("screenshot: " + browser.screenshot("narrow"));
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void theConsolesLoadTimeOnLocalhostIsPrinted() {
    browser.open(origin + "/console");
    Map<String, Object> first = browser.navigationTiming();
    browser.open(origin + "/console");
    Map<String, Object> again = browser.navigationTiming();
    System.out.printf(
        "console load on localhost (navigation timing, ms): first open %s, again %s%n",
        first, again);
    assertThat(((Number) first.get("load")).doubleValue()).isPositive();
    browser.textContains(By.id("model-name"), "oncotriage-default");
  }

  @Test
  void theApiDocumentationRendersTheServicesOperations() {
    browser.consoleErrors();
    browser.open(origin + "/docs");
    browser.visible(By.cssSelector("#operations-default-triage, .opblock"));
    String text = browser.driver().findElement(By.id("swagger-ui")).getText();
    assertThat(text).contains("/v1/triage", "/v1/triage/batch", "/console", "/docs");
    assertThat(browser.consoleErrors()).as("errors, CSP refusals included").isEmpty();
    Accessibility.analyze(browser.driver(), "/docs (Swagger UI's own styles)");
  }

  /** Opens the console, composes {@link #FEVER} with an id and context and presses Triage. */
  private void triageFever() {
    browser.open(origin + "/console");
    browser.textContains(By.id("model-name"), "oncotriage-default");
    for (int i = 0; i < FEVER.size(); i++) {
      if (i > 0) {
        browser.driver().findElement(By.id("add-message")).click();
      }
      new Select(browser.driver().findElement(By.id("message-" + (i + 1) + "-from")))
          .selectByValue(FEVER.get(i)[0]);
      WebElement text = browser.driver().findElement(By.id("message-" + (i + 1) + "-text"));
      browser.script("arguments[0].value = arguments[1]", text, FEVER.get(i)[1]);
    }
    browser.driver().findElement(By.id("conversation-id")).sendKeys("c-fever-1");
    browser.driver().findElement(By.id("days-since-visit")).sendKeys("3");
    new Select(browser.driver().findElement(By.id("on-treatment"))).selectByValue("true");
    browser.driver().findElement(By.id("triage")).click();
  }

  /** The same conversation through the API, for the offsets the page must honour. */
  private JsonNode triageByApi() throws Exception {
    var messages = Json.mapper().createArrayNode();
    FEVER.forEach(m -> messages.addObject().put("from", m[0]).put("text", m[1]));
    var body = Json.mapper().createObjectNode();
    body.set("messages", messages);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(origin + "/v1/triage"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }
}
