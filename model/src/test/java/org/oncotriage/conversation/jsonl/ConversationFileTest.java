package org.oncotriage.conversation.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;

/** Reading files: each line decoded as UTF-8 on its own, so a bad byte is named by its line. */
class ConversationFileTest {

  @TempDir Path dir;

  private static final String LINE =
      "{\"id\":\"%s\",\"messages\":[{\"from\":\"patient\",\"text\":\"Can I move it?\"}]}";

  private Path file(byte[]... lines) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.write(line);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    return Files.write(dir.resolve("in.jsonl"), out.toByteArray());
  }

  private static byte[] good(String id) {
    return String.format(LINE, id).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] notUtf8() {
    byte[] bytes = good("bad");
    bytes[bytes.length - 6] = (byte) 0xC3;
    bytes[bytes.length - 5] = (byte) 0x28;
    return bytes;
  }

  @Test
  void aLineThatIsNotUtf8FailsFastNamingItsLine() throws Exception {
    Path in = file(good("a"), good("b"), notUtf8(), good("d"));
    try (ConversationReader reader =
        ConversationReader.open(in, ConversationReader.Mode.FAIL_FAST)) {
      assertThat(reader.read().id()).isEqualTo("a");
      assertThat(reader.read().id()).isEqualTo("b");
      assertThatThrownBy(reader::read)
          .isInstanceOf(ConversationFormatException.class)
          .hasMessageContaining(in + ":3")
          .hasMessageContaining("invalid UTF-8");
    }
  }

  @Test
  void skippingReportsEveryBadLineToTheListenerAndReadsTheRest() throws Exception {
    Path in =
        file(good("a"), notUtf8(), "{oops".getBytes(StandardCharsets.UTF_8), good("d"), good("e"));
    List<Long> skipped = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    try (ConversationReader reader =
        ConversationReader.open(in, ConversationReader.Mode.SKIP_INVALID)
            .onSkipped(
                e -> {
                  skipped.add(e.line());
                  reasons.add(e.reason());
                })) {
      assertThat(reader.stream().map(Conversation::id).toList()).containsExactly("a", "d", "e");
    }
    assertThat(skipped).containsExactly(2L, 3L);
    assertThat(reasons.get(0)).isEqualTo("invalid UTF-8");
    assertThat(reasons.get(1)).startsWith("not valid JSON");
  }

  @Test
  void aLastLineWithoutANewlineIsRead() throws Exception {
    Path in = Files.write(dir.resolve("x.jsonl"), (String.format(LINE, "only")).getBytes());
    assertThat(ConversationReader.readAll(in)).extracting(Conversation::id).containsExactly("only");
  }
}
