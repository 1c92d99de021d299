package org.oncotriage.evaluation.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.evaluation.LabeledLines;
import org.oncotriage.triage.TriageResult;

class OpenNlpBaselineTest {

  @TempDir Path dir;

  private Path trainingFile() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add(
          LabeledLines.line(
              "t" + i,
              "please reschedule my appointment to next week",
              "medical_assistant",
              false,
              false));
      lines.add(
          LabeledLines.line(
              "t" + (i + 100),
              "the nausea is mild and the antiemetic helps",
              "nurse",
              false,
              false));
      lines.add(
          LabeledLines.line(
              "t" + (i + 200),
              "new swelling in my neck should we change the dose",
              "oncologist",
              true,
              false));
      lines.add(
          LabeledLines.line(
              "t" + (i + 300),
              "fever of 102 and shaking chills on chemo",
              "oncologist",
              false,
              true));
    }
    Path file = dir.resolve("train.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void learnsEachHeadFromItsWords() throws Exception {
    OpenNlpBaseline baseline = new OpenNlpBaselineTrainer(30, 1).train(trainingFile());
    TriageResult schedule =
        baseline.triage(
            Conversation.of(
                "x", List.of(Message.of(Sender.PATIENT, "can I reschedule my appointment"))));
    TriageResult fever =
        baseline.triage(
            Conversation.of("y", List.of(Message.of(Sender.PATIENT, "fever and shaking chills"))));
    assertThat(schedule.responder().level()).isEqualTo(Responder.MEDICAL_ASSISTANT);
    assertThat(schedule.urgent().flag()).isFalse();
    assertThat(fever.urgent().flag()).isTrue();
    assertThat(fever.route()).isEqualTo(Responder.ONCOLOGIST);
    assertThat(schedule.billable().probability()).isLessThan(0.5);
  }

  @Test
  void describesHowItWasTrained() throws Exception {
    Path file = trainingFile();
    OpenNlpBaseline baseline = new OpenNlpBaselineTrainer(5, 1).train(file);
    assertThat(baseline.description().name()).isEqualTo("opennlp-maxent-baseline");
    assertThat(baseline.description().provenance().get("training_conversations").asInt())
        .isEqualTo(80);
    assertThat(baseline.description().provenance().get("training_sha256").asText()).hasSize(64);
    assertThat(baseline.description().provenance().get("iterations").asInt()).isEqualTo(5);
  }
}
