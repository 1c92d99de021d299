package org.oncotriage.json;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes one JSON value a line (UTF-8, {@code \n}) with the project's {@link Json} settings. Not
 * thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

  private static final ObjectWriter JSON = Json.mapper().writer();

  private final Writer output;
  private long written;

  public JsonLinesWriter(Writer output) {
    Objects.requireNonNull(output, "output");
    this.output = output instanceof BufferedWriter ? output : new BufferedWriter(output, 1 << 16);
  }

  /** Creates or truncates {@code file}, creating its parent folders. */
  public static JsonLinesWriter create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new JsonLinesWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /** Writes {@code value} as one line. */
  public void write(Object value) throws IOException {
    output.write(JSON.writeValueAsString(value));
    output.write('\n');
    written++;
  }

  /** Lines written so far. */
  public long linesWritten() {
    return written;
  }

  @Override
  public void flush() throws IOException {
    output.flush();
  }

  @Override
  public void close() throws IOException {
    output.close();
  }
}
