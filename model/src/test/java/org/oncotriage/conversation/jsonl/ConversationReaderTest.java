package org.oncotriage.conversation.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;

class ConversationReaderTest {

  private static final String GOOD =
      "{\"id\":\"c-1\",\"messages\":[{\"from\":\"patient\",\"sent_at\":\"2025-03-02T14:05:00Z\","
          + "\"text\":\"Can I move my appointment?\"}],"
          + "\"context\":{\"days_since_last_visit\":12,\"on_active_treatment\":true},"
          + "\"labels\":{\"responder\":\"medical_assistant\",\"billable\":false,\"urgent\":false}}";

  private static ConversationReader reader(String content, ConversationReader.Mode mode) {
    return new ConversationReader(new StringReader(content), "fixture.jsonl", mode);
  }

  @Test
  void readsAWellFormedConversationWithContextAndLabels() {
    List<Conversation> all =
        reader(GOOD + "\n", ConversationReader.Mode.FAIL_FAST).stream().toList();

    assertThat(all).hasSize(1);
    Conversation c = all.get(0);
    assertThat(c.id()).isEqualTo("c-1");
    assertThat(c.messages().get(0).from()).isEqualTo(Sender.PATIENT);
    assertThat(c.messages().get(0).sentAt()).hasToString("2025-03-02T14:05:00Z");
    assertThat(c.context().daysSinceLastVisit()).isEqualTo(12);
    assertThat(c.context().onActiveTreatment()).isTrue();
    assertThat(c.labels().responder()).isEqualTo(Responder.MEDICAL_ASSISTANT);
  }

  @Test
  void blankLinesAreIgnoredAndAMissingIdIsNamedAfterTheLine() {
    String noId = "{\"messages\":[{\"from\":\"caregiver\",\"text\":\"hello\"}]}";
    List<Conversation> all =
        reader("\n" + GOOD + "\n\n" + noId + "\n", ConversationReader.Mode.FAIL_FAST).stream()
            .toList();

    assertThat(all).extracting(Conversation::id).containsExactly("c-1", "fixture.jsonl:4");
    assertThat(all.get(1).labels()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | {oops | fixture.jsonl:2: not valid JSON",
        "no messages | {\"id\":\"x\",\"messages\":[]} | /messages: no messages",
        "missing messages | {\"id\":\"x\"} | /messages: no messages",
        "unknown sender | {\"messages\":[{\"from\":\"doctor\",\"text\":\"hi\"}]} | /messages/0/from: unknown sender: expected patient, caregiver or clinic",
        "empty text | {\"messages\":[{\"from\":\"patient\",\"text\":\"  \"}]} | /messages/0/text: empty text",
        "only the clinic | {\"messages\":[{\"from\":\"clinic\",\"text\":\"hi\"}]} | /messages: no message from the patient or a caregiver",
        "label out of range | {\"messages\":[{\"from\":\"patient\",\"text\":\"hi\"}],\"labels\":{\"responder\":\"surgeon\",\"billable\":false,\"urgent\":false}} | /labels/responder: responder is out of range",
        "urgent with billable | {\"messages\":[{\"from\":\"patient\",\"text\":\"hi\"}],\"labels\":{\"responder\":\"oncologist\",\"billable\":true,\"urgent\":true}} | /labels: an urgent conversation cannot be billable",
        "bad timestamp | {\"messages\":[{\"from\":\"patient\",\"sent_at\":\"yesterday\",\"text\":\"hi\"}]} | /messages/0/sent_at: sent_at is not an ISO-8601 instant",
        "negative days | {\"messages\":[{\"from\":\"patient\",\"text\":\"hi\"}],\"context\":{\"days_since_last_visit\":-2}} | /context/days_since_last_visit",
        "not an object | [1,2] | a conversation must be a JSON object",
      })
  void aBadLineFailsFastNamingFileLineFieldAndProblem(String name, String line, String expected) {
    ConversationReader reader =
        reader(GOOD + "\n" + line + "\n", ConversationReader.Mode.FAIL_FAST);

    assertThat(reader.read()).isNotNull();
    assertThatThrownBy(reader::read)
        .isInstanceOf(ConversationFormatException.class)
        .hasMessageStartingWith("fixture.jsonl:2: ")
        .hasMessageContaining(expected.replace("fixture.jsonl:2: ", ""))
        .satisfies(e -> assertThat(((ConversationFormatException) e).line()).isEqualTo(2));
  }

  @Test
  void errorsNeverQuoteMessageText() {
    String secret = "my chemo port is leaking";
    ConversationReader reader =
        reader(
            "{\"messages\":[{\"from\":\"patient\",\"text\":\"" + secret + "\"",
            ConversationReader.Mode.FAIL_FAST);

    assertThatThrownBy(reader::read).message().doesNotContain("chemo").doesNotContain("leaking");
  }

  @Test
  void skipModeSkipsBadLinesAndReportsThem() {
    String content = GOOD + "\n{oops\n" + GOOD.replace("c-1", "c-2") + "\n{\"messages\":[]}\n";
    ConversationReader reader = reader(content, ConversationReader.Mode.SKIP_INVALID);

    List<Conversation> read = reader.stream().toList();

    assertThat(read).extracting(Conversation::id).containsExactly("c-1", "c-2");
    assertThat(reader.skippedLines()).isEqualTo(2);
    assertThat(reader.problems())
        .extracting(ConversationFormatException::line)
        .containsExactly(2L, 4L);
  }

  @Test
  void aLabeledReaderFailsOnAnUnlabeledLineNamingFileLineAndPointer() {
    String unlabeled = "{\"id\":\"c-2\",\"messages\":[{\"from\":\"patient\",\"text\":\"hi\"}]}";
    ConversationReader reader =
        ConversationReader.labeled(
            new StringReader(GOOD + "\n\n" + unlabeled + "\n"),
            "fixture.jsonl",
            ConversationReader.Mode.FAIL_FAST);

    assertThat(reader.read().id()).isEqualTo("c-1");
    assertThatThrownBy(reader::read)
        .isInstanceOf(ConversationFormatException.class)
        .hasMessage("fixture.jsonl:3: /labels: missing: labeled data needed (conversation id c-2)")
        .satisfies(
            e -> assertThat(((ConversationFormatException) e).pointer()).isEqualTo("/labels"));
  }

  @Test
  void aLabeledReaderInSkipModeSkipsUnlabeledLines() {
    String unlabeled = "{\"messages\":[{\"from\":\"patient\",\"text\":\"hi\"}]}";
    ConversationReader reader =
        ConversationReader.labeled(
            new StringReader(unlabeled + "\n" + GOOD + "\n"),
            "fixture.jsonl",
            ConversationReader.Mode.SKIP_INVALID);

    assertThat(reader.stream().toList()).extracting(Conversation::id).containsExactly("c-1");
    assertThat(reader.problems()).extracting(ConversationFormatException::line).containsExactly(1L);
  }

  @Test
  void aByteOrderMarkOnTheFirstLineIsTolerated() {
    List<Conversation> all =
        reader("\uFEFF" + GOOD + "\n", ConversationReader.Mode.FAIL_FAST).stream().toList();

    assertThat(all).hasSize(1);
  }
}
