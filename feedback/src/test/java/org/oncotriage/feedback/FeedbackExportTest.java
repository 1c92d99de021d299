package org.oncotriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.jsonl.ConversationReader;

/** Stored feedback out as labeled conversations in the LABELING.md format. */
class FeedbackExportTest {

  @TempDir Path dir;
  private FeedbackService service;

  @BeforeEach
  void record() throws Exception {
    service =
        new FeedbackService(
            FeedbackDatabase.open(DatabaseSettings.embedded(dir)),
            Fixtures.settings(true),
            TextCipher.fromBase64(Fixtures.KEY),
            new Fixtures.MutableClock());
    service.remember(Fixtures.result("c-1", Responder.NURSE, "v1", false));
    service.remember(Fixtures.result("c-2", Responder.ONCOLOGIST, "v2", false));
    submit("c-1", Responder.MEDICAL_ASSISTANT, true);
    submit("c-1", Responder.ONCOLOGIST, true);
    submit("c-2", Responder.ONCOLOGIST, false);
  }

  @AfterEach
  void close() {
    service.close();
  }

  private void submit(String id, Responder level, boolean withText) {
    service.submit(
        new FeedbackService.Submission(
            id,
            new Labels(level, false, false),
            ReviewerRole.ONCOLOGIST,
            withText ? Optional.of(Fixtures.conversation(id)) : Optional.empty()));
  }

  @Test
  void writesEachConversationWithTextOnceWithTheLatestClinicianLabels() throws Exception {
    Path out = dir.resolve("feedback.jsonl");

    FeedbackExport.Result result =
        FeedbackExport.export(service.store(), TextCipher.fromBase64(Fixtures.KEY), out);

    List<Conversation> read = ConversationReader.readAllLabeled(out);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).id()).isEqualTo("c-1");
    assertThat(read.get(0).labels()).isEqualTo(new Labels(Responder.ONCOLOGIST, false, false));
    assertThat(read.get(0).messages().get(0).text()).isEqualTo(Fixtures.SECRET_TEXT);
    assertThat(result.feedbackRows()).isEqualTo(3);
    assertThat(result.conversations()).isEqualTo(1);
    assertThat(result.withoutText()).isEqualTo(1);
  }

  @Test
  void summarizesAgreementOverEveryFeedbackRowByLevelAndVersion() throws Exception {
    AgreementSummary s =
        FeedbackExport.export(
                service.store(), TextCipher.fromBase64(Fixtures.KEY), dir.resolve("f.jsonl"))
            .summary();

    // c-1 routed nurse: clinician medical_assistant (over), then oncologist (under); c-2 agrees
    assertThat(s.overall()).isEqualTo(new AgreementSummary.Counts(3, 1, 1, 1, 0));
    assertThat(s.byModelVersion().get("v1")).isEqualTo(new AgreementSummary.Counts(2, 0, 1, 1, 0));
    assertThat(s.byModelVersion().get("v2")).isEqualTo(new AgreementSummary.Counts(1, 1, 0, 0, 0));
    assertThat(s.byLevel().get("oncologist")).isEqualTo(new AgreementSummary.Counts(2, 1, 1, 0, 0));
    assertThat(s.byLevel().get("nurse")).isEqualTo(new AgreementSummary.Counts(0, 0, 0, 0, 0));
    assertThat(s.overall().agreementRate()).isEqualTo(1.0 / 3);
  }

  @Test
  void theWrongKeyFailsNamingTheFeedbackAndWritesNothing() {
    Path out = dir.resolve("feedback.jsonl");
    assertThatThrownBy(
            () ->
                FeedbackExport.export(
                    service.store(), TextCipher.fromBase64(Fixtures.OTHER_KEY), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("feedback 2: the text was sealed with key");
    assertThat(out).doesNotExist();
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void storedTextWithoutAKeyIsRefused() {
    assertThatThrownBy(() -> FeedbackExport.export(service.store(), null, dir.resolve("x.jsonl")))
        .hasMessageContaining("holds encrypted text; give the key");
  }

  @Test
  void theSummarySitsBesideTheExport() {
    assertThat(FeedbackExport.summaryPath(Path.of("/d/feedback.jsonl")))
        .isEqualTo(Path.of("/d/feedback.agreement.json"));
    assertThat(Files.exists(dir)).isTrue();
  }
}
