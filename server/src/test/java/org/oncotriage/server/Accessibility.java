package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's {@code axe.min.js}, from the npm package, bundled by its Selenium runner)
 * in the page a browser test has open, and prints what it reports: violations by rule with each
 * node's selector and axe's reason, rules that need a person's review, and the counts. Never a
 * node's HTML, which may hold message text.
 */
final class Accessibility {

  private Accessibility() {}

  /** Analyzes the open page, prints the report under {@code page}, and returns it. */
  static Results analyze(WebDriver driver, String page) {
    Results results = new AxeBuilder().analyze(driver);
    assertThat(results.isErrored()).as("axe-core ran on " + page).isFalse();
    print(page, results);
    return results;
  }

  /** The violations of impact serious or critical, one line each. */
  static List<String> seriousOrCritical(Results results) {
    return results.getViolations().stream()
        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
        .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getNodes().size() + " nodes")
        .toList();
  }

  private static void print(String page, Results results) {
    System.out.printf(
        "axe-core %s on %s: %d violations, %d passes, %d incomplete (needs review), %d"
            + " inapplicable%n",
        results.getTestEngine() == null ? "?" : results.getTestEngine().getVersion(),
        page,
        results.getViolations().size(),
        results.getPasses().size(),
        results.getIncomplete().size(),
        results.getInapplicable().size());
    for (Rule r : results.getViolations()) {
      System.out.printf(
          "  violation %s (%s, %d nodes): %s%n",
          r.getId(), r.getImpact(), r.getNodes().size(), r.getHelp());
      printNodes(r);
    }
    for (Rule r : results.getIncomplete()) {
      System.out.printf("  needs review %s (%d nodes)%n", r.getId(), r.getNodes().size());
      printNodes(r);
    }
  }

  private static void printNodes(Rule rule) {
    for (CheckedNode node : rule.getNodes()) {
      String reason =
          node.getAny().stream().map(Check::getMessage).findFirst().orElse(node.getImpact());
      System.out.printf("    %s: %s%n", node.getTarget(), reason);
    }
  }
}
