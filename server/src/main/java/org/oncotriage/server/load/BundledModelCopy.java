package org.oncotriage.server.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.oncotriage.json.Json;
import org.oncotriage.model.TriageModels;

/**
 * Writes the bundled default model into a directory under another stated version, as a second model
 * to load beside it ({@code POST /v1/models}): every file its manifest lists is copied as is, and
 * the manifest states {@code version}. The version it then serves under is {@code version}, {@code
 * +}, the content id of the same files (see the model module's {@code Manifest}). For benchmarks
 * and tests.
 */
public final class BundledModelCopy {

  private BundledModelCopy() {}

  /**
   * @param directory where to write the model (created if missing)
   * @param version the version its manifest states
   * @return {@code directory}
   */
  public static Path write(Path directory, String version) {
    try {
      Files.createDirectories(directory);
      ObjectNode manifest = (ObjectNode) Json.mapper().readTree(resource("manifest.json"));
      Iterator<String> files = manifest.get("files").fieldNames();
      while (files.hasNext()) {
        String file = files.next();
        Files.write(directory.resolve(file), resource(file));
      }
      manifest.put("version", version);
      Files.write(
          directory.resolve("manifest.json"),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String file) throws IOException {
    String name = TriageModels.DEFAULT_MODEL_RESOURCE + "/" + file;
    try (InputStream in = BundledModelCopy.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the bundled model has no " + file);
      }
      return in.readAllBytes();
    }
  }
}
