package org.oncotriage.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.oncotriage.evaluation.FakeTriager.Answer;

/** The small labeled file and fake answers of {@link TriageEvaluatorTest}, for other packages. */
public final class ReportFixtures {

  private ReportFixtures() {}

  public static List<String> lines() {
    return TriageEvaluatorTest.LINES;
  }

  public static Path data(Path folder) throws IOException {
    return LabeledLines.write(folder, "data.jsonl", TriageEvaluatorTest.LINES);
  }

  public static Map<String, Answer> answers() {
    return TriageEvaluatorTest.ANSWERS;
  }

  public static EvaluationSettings settings() {
    return TriageEvaluatorTest.settings(64);
  }
}
