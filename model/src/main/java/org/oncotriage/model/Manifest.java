package org.oncotriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.oncotriage.io.Sha256;

/**
 * The manifest of a model artifact ({@code manifest.json}), read with strict types: {@code format}
 * the string {@value ArtifactFormat#FORMAT}, {@code format_version} a JSON integer (not {@code "2"}
 * nor {@code 2.0}), {@code name} and {@code version} non-blank strings, {@code files} an object
 * whose every entry names a file this format knows and gives {@code bytes} as a non-negative JSON
 * integer and {@code sha256} as 64 lower-case hex digits.
 *
 * <p>The version a loaded model serves under is derived from its content ({@link #servedVersion}):
 * the stated version, {@code +}, and {@value #CONTENT_ID_HEX_DIGITS} hex digits of a SHA-256 over
 * the format version, the name and every listed file's name and SHA-256. Every listed file is
 * checked against its SHA-256 before it is used, so a model with any file edited serves under
 * another version, even when its manifest was recomputed. Immutable.
 *
 * @param formatVersion the format version
 * @param name the model's name
 * @param statedVersion the version the manifest states
 * @param files each listed file's entry, by name
 */
record Manifest(int formatVersion, String name, String statedVersion, Map<String, Entry> files) {

  /** Hex digits of the content id in a served version. */
  static final int CONTENT_ID_HEX_DIGITS = 12;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CONTENT_SUFFIX =
      Pattern.compile("\\+[0-9a-f]{" + CONTENT_ID_HEX_DIGITS + "}$");

  Manifest {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /**
   * One listed file.
   *
   * @param bytes its size
   * @param sha256 its lower-case hex SHA-256
   */
  record Entry(long bytes, String sha256) {}

  /**
   * Parses a manifest with strict types.
   *
   * @param known the file names this format knows
   * @param where names the manifest in errors
   * @throws ModelFormatException naming the field at fault
   */
  static Manifest parse(JsonNode node, Set<String> known, String where) {
    if (!ArtifactFormat.FORMAT.equals(text(node, "format", where))) {
      throw new ModelFormatException(where, "format must be \"" + ArtifactFormat.FORMAT + "\"");
    }
    JsonNode version = node.get("format_version");
    if (version == null || !version.isInt()) {
      throw new ModelFormatException(where, "format_version must be a JSON integer");
    }
    JsonNode files = node.get("files");
    if (files == null || !files.isObject()) {
      throw new ModelFormatException(where, "files must be a JSON object");
    }
    Map<String, Entry> entries = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = files.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getKey();
      if (!known.contains(file)) {
        throw new ModelFormatException(
            where, "lists " + file + ", which this format does not know");
      }
      JsonNode entry = e.getValue();
      JsonNode bytes = entry.get("bytes");
      JsonNode sha = entry.get("sha256");
      if (!entry.isObject()
          || bytes == null
          || !bytes.isIntegralNumber()
          || !bytes.canConvertToLong()
          || bytes.asLong() < 0) {
        throw new ModelFormatException(
            where, "files." + file + ".bytes must be a JSON integer >= 0");
      }
      if (sha == null || !sha.isTextual() || !SHA256.matcher(sha.asText()).matches()) {
        throw new ModelFormatException(
            where, "files." + file + ".sha256 must be 64 lower-case hex digits");
      }
      entries.put(file, new Entry(bytes.asLong(), sha.asText()));
    }
    return new Manifest(
        version.asInt(), text(node, "name", where), text(node, "version", where), entries);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new ModelFormatException(where, field + " must be a non-blank string");
    }
    return value.asText();
  }

  /**
   * The bytes of {@code file} from {@code source}, checked against its entry: listed, of the listed
   * size and SHA-256.
   *
   * @throws ModelFormatException naming the file when it is not listed, missing, truncated or
   *     altered
   */
  byte[] checked(ArtifactSource source, String file) {
    Entry entry = files.get(file);
    if (entry == null) {
      throw new ModelFormatException(
          source.describe(ArtifactFormat.MANIFEST), "does not list " + file);
    }
    byte[] bytes = source.read(file);
    if (bytes.length != entry.bytes()) {
      throw new ModelFormatException(
          source.describe(file),
          "has " + bytes.length + " bytes, the manifest says " + entry.bytes() + " (truncated?)");
    }
    if (!Sha256.hex(bytes).equals(entry.sha256())) {
      throw new ModelFormatException(
          source.describe(file), "SHA-256 does not match the manifest (altered or corrupt)");
    }
    return bytes;
  }

  /** Whether the manifest lists {@code file}. */
  boolean lists(String file) {
    return files.containsKey(file);
  }

  /**
   * The content id: {@value #CONTENT_ID_HEX_DIGITS} hex digits of a SHA-256 over the format
   * version, the name and, in name order, every listed file's name and SHA-256.
   */
  String contentId() {
    MessageDigest digest = Sha256.newDigest();
    StringBuilder canonical = new StringBuilder();
    canonical.append(ArtifactFormat.FORMAT).append('\n').append(formatVersion).append('\n');
    canonical.append(name).append('\n');
    files.forEach((file, e) -> canonical.append(file).append(' ').append(e.sha256()).append('\n'));
    digest.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
    return Sha256.hex(digest).substring(0, CONTENT_ID_HEX_DIGITS);
  }

  /** The version the model serves under: the stated version, {@code +}, the content id. */
  String servedVersion() {
    return statedVersion + "+" + contentId();
  }

  /**
   * The version to state when writing an artifact that was read under {@code version}: without a
   * content id at its end, which the reader derives again.
   */
  static String stated(String version) {
    return CONTENT_SUFFIX.matcher(version).replaceFirst("");
  }
}
