package org.oncotriage.evaluation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an input file before any work, so that a wrong path fails with its cause in one line. */
public final class InputFile {

  private InputFile() {}

  /**
   * Checks that {@code data} is a readable regular file.
   *
   * @param what names the file in errors, e.g. {@code data file}
   * @throws IllegalArgumentException naming the file and what is wrong: missing, a directory, not
   *     readable
   */
  public static void check(String what, Path data) {
    if (!Files.exists(data)) {
      throw new IllegalArgumentException("no such " + what + ": " + data);
    }
    if (Files.isDirectory(data)) {
      throw new IllegalArgumentException(
          "the " + what + " " + data + " is a directory, not a JSON Lines file");
    }
    if (!Files.isRegularFile(data) || !Files.isReadable(data)) {
      throw new IllegalArgumentException("cannot read the " + what + " " + data);
    }
  }

  /** The number of lines of {@code file} (for progress), counting a last line without newline. */
  static long lines(Path file) throws IOException {
    long lines = 0;
    boolean open = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
            open = false;
          } else {
            open = true;
          }
        }
      }
    }
    return open ? lines + 1 : lines;
  }
}
