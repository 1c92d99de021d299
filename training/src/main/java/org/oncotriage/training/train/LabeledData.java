package org.oncotriage.training.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.evaluation.cli.InputFile;
import org.oncotriage.io.Sha256;

/**
 * A labeled JSON Lines file read whole, with what provenance needs: its SHA-256 and size.
 *
 * @param file where it came from
 * @param conversations its conversations, in file order
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param bytes the file's size in bytes
 */
public record LabeledData(Path file, List<Conversation> conversations, String sha256, long bytes) {

  /**
   * Reads {@code file}, failing on the first bad or unlabeled line.
   *
   * @throws org.oncotriage.conversation.jsonl.ConversationFormatException naming file and line
   * @throws IllegalArgumentException when the path is missing, a directory or not readable
   * @throws IOException when the file cannot be read
   */
  public static LabeledData read(Path file) throws IOException {
    InputFile.check("data file", file);
    List<Conversation> all = ConversationReader.readAllLabeled(file);
    return new LabeledData(file, List.copyOf(all), Sha256.hex(file), Files.size(file));
  }

  /**
   * A seeded split: {@code share} of the conversations (at least one) for validation, the rest for
   * training.
   *
   * @return {training, validation}
   */
  public List<List<Conversation>> split(double share, long seed) {
    List<Conversation> shuffled = new ArrayList<>(conversations);
    Collections.shuffle(shuffled, new Random(seed));
    int held = Math.max(1, (int) Math.round(shuffled.size() * share));
    if (held >= shuffled.size()) {
      throw new IllegalArgumentException(
          file
              + ": too few conversations ("
              + shuffled.size()
              + ") to hold out a validation share");
    }
    return List.of(shuffled.subList(held, shuffled.size()), shuffled.subList(0, held));
  }
}
