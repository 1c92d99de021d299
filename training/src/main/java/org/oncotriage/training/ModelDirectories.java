package org.oncotriage.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.oncotriage.model.ArtifactFormat;
import org.oncotriage.model.ArtifactSource;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.model.TriageModels;

/**
 * Writes a model directory as the commands that make models do: under a temporary name beside it,
 * moved into place only when complete, so a failed run never leaves a half model. Stateless.
 */
public final class ModelDirectories {

  private ModelDirectories() {}

  /**
   * Reads the model a command's {@code --model} names: a directory, or "default" for the bundled
   * one.
   */
  public static ModelArtifact read(String model) {
    return ArtifactFormat.read(
        "default".equals(model)
            ? ArtifactSource.classpath(TriageModels.DEFAULT_MODEL_RESOURCE)
            : ArtifactSource.directory(Path.of(model)));
  }

  /** Whether {@code out} may be written: it does not exist or is an empty directory. */
  public static boolean isFreeToWrite(Path out) throws IOException {
    if (!Files.exists(out)) {
      return true;
    }
    if (!Files.isDirectory(out)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(out)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * Writes {@code artifact} to {@code out}, with {@code extraFiles} (name to content, not part of
   * the model's manifest) beside it.
   */
  public static void writeAtomically(
      Path out, ModelArtifact artifact, Map<String, byte[]> extraFiles) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".partial-");
    try {
      readableByOthers(staging);
      ArtifactFormat.write(staging, artifact);
      for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
        Files.write(staging.resolve(extra.getKey()), extra.getValue());
      }
      if (Files.exists(out)) {
        Files.delete(out);
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteRecursively(staging);
    }
  }

  /**
   * A temporary directory is made for its owner alone (0700), and a model moved into place keeps
   * that, so a service running as another user could not load it. It is opened to 0755, as a
   * directory made under the usual umask would be, where the file system has POSIX permissions.
   */
  private static void readableByOthers(Path directory) throws IOException {
    if (Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
