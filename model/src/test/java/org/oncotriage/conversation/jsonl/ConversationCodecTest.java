package org.oncotriage.conversation.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;

class ConversationCodecTest {

  private static final Conversation THREAD =
      new Conversation(
          "c-7",
          List.of(
              new Message(Sender.PATIENT, Instant.parse("2025-03-02T14:05:00Z"), "Can I move it?"),
              Message.of(Sender.CLINIC, "Yes, Tuesday at 2."),
              Message.of(Sender.CAREGIVER, "Thanks. Ünïcode too.")),
          new ConversationContext(3, null),
          new Labels(Responder.NURSE, false, false));

  @Test
  void writeThenReadGivesTheSameConversation() throws Exception {
    StringWriter out = new StringWriter();
    try (ConversationWriter writer = new ConversationWriter(out)) {
      writer.write(THREAD);
      writer.write(THREAD.unlabeled());
    }

    List<Conversation> back =
        new ConversationReader(
                new StringReader(out.toString()), "mem", ConversationReader.Mode.FAIL_FAST)
            .stream().toList();

    assertThat(back).containsExactly(THREAD, THREAD.unlabeled());
  }

  @Test
  void encodingUsesTheWireNamesOfTheFormat() {
    JsonNode node = ConversationCodec.encode(THREAD);

    assertThat(node.at("/messages/0/from").asText()).isEqualTo("patient");
    assertThat(node.at("/messages/0/sent_at").asText()).isEqualTo("2025-03-02T14:05:00Z");
    assertThat(node.at("/messages/1").has("sent_at")).isFalse();
    assertThat(node.at("/context/days_since_last_visit").asInt()).isEqualTo(3);
    assertThat(node.at("/context").has("on_active_treatment")).isFalse();
    assertThat(node.at("/labels/responder").asText()).isEqualTo("nurse");
  }

  @Test
  void anEmptyContextIsLeftOut() {
    assertThat(ConversationCodec.encode(THREAD.withLabels(null)).has("context")).isTrue();
    Conversation bare = Conversation.of("c-8", List.of(Message.of(Sender.PATIENT, "hi")));
    assertThat(ConversationCodec.encode(bare).has("context")).isFalse();
    assertThat(ConversationCodec.encode(bare).has("labels")).isFalse();
  }

  @Test
  void toStringNeverShowsMessageText() {
    assertThat(THREAD.toString()).doesNotContain("move").contains("messages=3");
  }

  @Test
  void aThreadTheClinicStartedIsAcceptedWhenThePatientAnswers() {
    Conversation c =
        ConversationCodec.decode(
            parse(
                "{\"id\":\"c-9\",\"messages\":[{\"from\":\"clinic\",\"text\":\"Your"
                    + " results are in.\"},{\"from\":\"patient\",\"text\":\"Thanks.\"}]}"),
            () -> "none");

    assertThat(c.messages())
        .extracting(Message::from)
        .containsExactly(Sender.CLINIC, Sender.PATIENT);
  }

  @Test
  void aThreadWithoutAPatientOrCaregiverMessageIsRefused() {
    assertThatThrownBy(
            () ->
                ConversationCodec.decode(
                    parse("{\"messages\":[{\"from\":\"clinic\",\"text\":\"Reminder.\"}]}"),
                    () -> "none"))
        .isInstanceOf(ConversationFormatException.class)
        .satisfies(
            e -> assertThat(((ConversationFormatException) e).pointer()).isEqualTo("/messages"));
  }

  @Test
  void errorsNeverEchoTheWrongValue() {
    String pasted = "I have had a fever since";
    assertThatThrownBy(
            () ->
                ConversationCodec.decode(
                    parse("{\"messages\":[{\"from\":\"" + pasted + "\",\"text\":\"x\"}]}"),
                    () -> "none"))
        .message()
        .doesNotContain("fever")
        .doesNotContain("I have");
    assertThatThrownBy(
            () ->
                ConversationCodec.decode(
                    parse(
                        "{\"messages\":[{\"from\":\"patient\",\"text\":\"x\"}],"
                            + "\"labels\":{\"responder\":\""
                            + pasted
                            + "\",\"billable\":false,\"urgent\":false}}"),
                    () -> "none"))
        .message()
        .doesNotContain("fever");
  }

  private static JsonNode parse(String json) {
    try {
      return org.oncotriage.json.Json.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
