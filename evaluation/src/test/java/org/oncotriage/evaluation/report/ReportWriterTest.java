package org.oncotriage.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.evaluation.Evaluation;
import org.oncotriage.evaluation.FakeTriager;
import org.oncotriage.evaluation.PredictionSink;
import org.oncotriage.evaluation.ReportFixtures;
import org.oncotriage.evaluation.TriageEvaluator;
import org.oncotriage.json.Json;

class ReportWriterTest {

  @TempDir Path dir;
  private Evaluation model;
  private Evaluation baseline;

  @BeforeEach
  void evaluate() throws Exception {
    Path data = ReportFixtures.data(dir);
    TriageEvaluator evaluator = new TriageEvaluator(ReportFixtures.settings());
    model =
        evaluator.evaluate(
            new FakeTriager("fake-model", ReportFixtures.answers()), data, PredictionSink.NONE);
    baseline =
        evaluator.evaluate(
            new FakeTriager("fake-baseline", ReportFixtures.answers()), data, PredictionSink.NONE);
  }

  @Test
  void writesTheThreeReportFiles() throws Exception {
    ReportWriter.write(dir.resolve("r"), model, null);
    for (String name : ReportWriter.FILES) {
      assertThat(dir.resolve("r").resolve(name)).isNotEmptyFile();
    }
  }

  @Test
  void theMarkdownHasEverySection() throws Exception {
    ReportWriter.write(dir.resolve("r"), model, baseline);
    String md = Files.readString(dir.resolve("r/report.md"));
    assertThat(md)
        .contains("## Headline", "## Routing", "## Responder level", "## Urgent red flag")
        .contains("## Billable", "## Decision policy and calibration")
        .contains("## Workload and value for a practice", "## Provenance")
        .contains("rows are the labeled responder (truth)")
        .contains("fake-model", "fake-baseline")
        .contains(model.data().sha256())
        .contains("Missed urgent conversations (1), ids in file order: e");
  }

  @Test
  void theJsonKeepsItsKeysAndAddsTheReliabilityOfEveryHead() throws Exception {
    ReportWriter.write(dir.resolve("r"), model, null);
    JsonNode evaluation =
        Json.mapper().readTree(dir.resolve("r/report.json").toFile()).path("evaluation");
    assertThat(evaluation.path("billable").has("reliability")).isTrue();
    assertThat(evaluation.path("billable").has("expected_calibration_error")).isTrue();
    assertThat(evaluation.path("urgent").has("reliability")).isTrue();
    JsonNode heads = evaluation.path("reliability");
    assertThat(heads).hasSize(5);
    JsonNode nurse = heads.get(3);
    assertThat(nurse.path("head").asText()).isEqualTo("responder.nurse");
    assertThat(nurse.path("expected_calibration_error").asDouble()).isCloseTo(0.46, within(1e-9));
    assertThat(nurse.path("bins")).hasSize(10);
    assertThat(nurse.path("bins").get(1).path("count").asLong()).isEqualTo(3);
    assertThat(nurse.path("bins").get(1).has("mean_score")).isTrue();
    assertThat(nurse.path("bins").get(1).has("positive_rate")).isTrue();
  }

  @Test
  void theHtmlIsSelfContainedWithEmbeddedPictures() throws Exception {
    ReportWriter.write(dir.resolve("r"), model, null);
    String html = Files.readString(dir.resolve("r/report.html"));
    assertThat(html).contains("<style>").doesNotContain("<script").doesNotContain("<link");
    assertThat(html).doesNotContain("src=\"http");
    assertThat(html.split("src=\"data:image/png;base64,", -1))
        .hasSize(1 + 6); // 2 heat maps, 2 reliability diagrams, ROC, PR
  }
}
