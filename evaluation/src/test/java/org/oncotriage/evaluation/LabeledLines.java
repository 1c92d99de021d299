package org.oncotriage.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds small labeled JSON Lines files for tests (made-up text). */
public final class LabeledLines {

  private LabeledLines() {}

  public static String line(
      String id, String text, String responder, boolean billable, boolean urgent) {
    return "{\"id\":\""
        + id
        + "\",\"messages\":[{\"from\":\"patient\",\"text\":\""
        + text
        + "\"}],\"labels\":{\"responder\":\""
        + responder
        + "\",\"billable\":"
        + billable
        + ",\"urgent\":"
        + urgent
        + "}}";
  }

  public static Path write(Path folder, String name, List<String> lines) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
