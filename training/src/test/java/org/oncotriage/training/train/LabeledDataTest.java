package org.oncotriage.training.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.io.Sha256;

class LabeledDataTest {

  private static final String LABELED =
      "{\"id\":\"a\",\"messages\":[{\"from\":\"patient\",\"text\":\"refill please\"}],"
          + "\"labels\":{\"responder\":\"nurse\",\"billable\":false,\"urgent\":false}}";
  private static final String UNLABELED =
      "{\"id\":\"b\",\"messages\":[{\"from\":\"patient\",\"text\":\"hello\"}]}";

  @TempDir Path dir;

  @Test
  void readsTheConversationsWithTheFilesHashAndSize() throws Exception {
    Path file = Files.writeString(dir.resolve("train.jsonl"), LABELED + "\n");
    LabeledData data = LabeledData.read(file);
    assertThat(data.conversations()).hasSize(1);
    assertThat(data.sha256()).isEqualTo(Sha256.hex(file));
    assertThat(data.bytes()).isEqualTo(Files.size(file));
  }

  @Test
  void anUnlabeledLineFailsNamingFileAndLine() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("train.jsonl"),
            LABELED + "\n\n" + UNLABELED + "\n",
            StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LabeledData.read(file))
        .isInstanceOf(ConversationFormatException.class)
        .hasMessageContaining("train.jsonl:3: /labels: missing")
        .hasMessageContaining("id b");
  }

  @Test
  void aMissingFileOrADirectoryIsRefusedNamingItBeforeAnythingIsRead(@TempDir Path folder) {
    assertThatThrownBy(() -> LabeledData.read(folder.resolve("absent.jsonl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such data file: " + folder.resolve("absent.jsonl"));
    assertThatThrownBy(() -> LabeledData.read(folder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a directory, not a JSON Lines file");
  }
}
