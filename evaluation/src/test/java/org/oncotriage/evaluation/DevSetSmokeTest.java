package org.oncotriage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Responder;
import org.oncotriage.evaluation.FakeTriager.Answer;

/**
 * The shared dev set (when present beside the project) streams through the evaluator: every line
 * parses and is labeled. Skipped when {@code shared.dir} has no dev set.
 */
class DevSetSmokeTest {

  @Test
  void theDevSetEvaluatesEndToEndWithAnAlwaysOncologistTriager() throws Exception {
    Path dev = Path.of(System.getProperty("shared.dir", "../shared"), "data", "dev.jsonl");
    assumeThat(Files.isRegularFile(dev)).as("shared dev set at " + dev).isTrue();
    Answer alwaysUp = new Answer(Responder.ONCOLOGIST, Responder.ONCOLOGIST, 0.5, true, 1.0);
    Evaluation e =
        new TriageEvaluator(TriageEvaluatorTest.settings(64))
            .evaluate(
                FakeTriager.constant("always-oncologist", alwaysUp), dev, PredictionSink.NONE);
    assertThat(e.conversations()).isPositive();
    // routing everything up never under-triages and flags every urgent conversation
    assertThat(e.route().underTriageRate()).isZero();
    assertThat(e.urgent().missedIds()).isEmpty();
    assertThat(e.route().delegationRate()).isZero();
  }
}
