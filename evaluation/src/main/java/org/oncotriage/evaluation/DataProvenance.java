package org.oncotriage.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import org.oncotriage.io.Sha256;

/**
 * Where the evaluation data came from: the file, its SHA-256 and its line count, so that a report
 * can be tied to the exact bytes it measured.
 *
 * @param file the path as given
 * @param sha256 lowercase hex SHA-256 of the file's bytes
 * @param lines newline-terminated lines, plus one for a last line without a newline
 */
public record DataProvenance(String file, String sha256, long lines) {

  public DataProvenance {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** Hashes and counts {@code file} in one streaming pass. */
  public static DataProvenance of(Path file) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    }
    if (last != '\n') {
      lines++;
    }
    return new DataProvenance(file.toString(), Sha256.hex(digest), lines);
  }
}
