package org.oncotriage.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The accepted API keys, held only as SHA-256 digests. A presented key is hashed and compared with
 * every stored digest in constant time ({@link MessageDigest#isEqual}), without stopping at the
 * first match. Keys fail closed: a key file that holds no key is an error, never "no keys". A key
 * is named in logs only by its {@link #keyId}. Immutable and thread-safe.
 */
public final class ApiKeys {

  /** Prefix of a hashed key in the {@code api_keys} setting. */
  public static final String HASH_PREFIX = "sha256:";

  /** Hex digits of a key's digest that name it in the audit log. */
  static final int KEY_ID_HEX_DIGITS = 8;

  private final List<byte[]> digests;

  private ApiKeys(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  /** No keys: every request is allowed. */
  public static ApiKeys none() {
    return new ApiKeys(List.of());
  }

  /**
   * Builds the key set from the configuration.
   *
   * @param entries {@code sha256:<64 hex digits>} or a plain key, each
   * @param file a file of hex digests (one a line, optional {@code sha256:} prefix, {@code #}
   *     comments and blank lines ignored), or {@code null}
   * @throws IllegalArgumentException naming the file and line of a malformed digest, or the file
   *     when it holds no key
   */
  public static ApiKeys from(List<String> entries, Path file) {
    List<byte[]> digests = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i).trim();
      if (entry.regionMatches(true, 0, HASH_PREFIX, 0, HASH_PREFIX.length())) {
        digests.add(
            parseDigest(entry.substring(HASH_PREFIX.length()), "api_keys entry " + (i + 1)));
      } else if (!entry.isEmpty()) {
        digests.add(sha256(entry));
      }
    }
    if (file != null) {
      int fileKeys = 0;
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read api_keys_file " + file + ": " + e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).trim();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.regionMatches(true, 0, HASH_PREFIX, 0, HASH_PREFIX.length())) {
          line = line.substring(HASH_PREFIX.length());
        }
        digests.add(parseDigest(line, file + ":" + (i + 1)));
        fileKeys++;
      }
      if (fileKeys == 0) {
        throw new IllegalArgumentException(
            "api_keys_file "
                + file
                + " holds no key (only blank lines or comments); keys fail closed: add a"
                + " SHA-256 digest or do not name the file");
      }
    }
    return new ApiKeys(digests);
  }

  /** Whether any key is configured, i.e. whether requests must present one. */
  public boolean enabled() {
    return !digests.isEmpty();
  }

  /** How many keys are configured. */
  public int size() {
    return digests.size();
  }

  /** Whether {@code presented} is one of the keys; constant time in the number of keys. */
  public boolean accepts(String presented) {
    byte[] digest = sha256(presented);
    boolean match = false;
    for (byte[] known : digests) {
      match |= MessageDigest.isEqual(known, digest);
    }
    return match;
  }

  /** The lowercase hex SHA-256 digest of a key, as {@code api_keys_file} holds it. */
  public static String hashHex(String key) {
    return HexFormat.of().formatHex(sha256(key));
  }

  /**
   * A key's id for logs: the first {@value #KEY_ID_HEX_DIGITS} hex digits of its SHA-256 digest;
   * never the key.
   */
  public static String keyId(String presented) {
    return hashHex(presented).substring(0, KEY_ID_HEX_DIGITS);
  }

  /**
   * Checks a hex SHA-256 digest.
   *
   * @param where names the source in the error (never the value)
   * @return the digest in lower case
   */
  static String parseDigestHex(String hex, String where) {
    String h = hex.trim().toLowerCase(Locale.ROOT);
    if (!h.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          where
              + ": expected a SHA-256 digest of 64 hex digits, received "
              + h.length()
              + " chars");
    }
    return h;
  }

  private static byte[] parseDigest(String hex, String where) {
    return HexFormat.of().parseHex(parseDigestHex(hex, where));
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
