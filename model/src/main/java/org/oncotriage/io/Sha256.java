package org.oncotriage.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests as lower-case hex (64 digits), the form the model manifest, the training
 * provenance and the evaluation report record. Stateless and thread-safe; each call uses its own
 * {@link MessageDigest}.
 */
public final class Sha256 {

  private Sha256() {}

  /** A fresh SHA-256 digest, for callers that hash while doing something else with the bytes. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Lower-case hex of what {@code digest} has been fed; resets it. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String hex(byte[] bytes) {
    MessageDigest digest = newDigest();
    digest.update(bytes);
    return hex(digest);
  }

  /** Lower-case hex SHA-256 of a file's bytes, read as a stream. */
  public static String hex(Path file) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
    return hex(digest);
  }
}
