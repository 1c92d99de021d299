package org.oncotriage.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Where the files of a model artifact come from: a directory or a classpath folder. */
public interface ArtifactSource {

  /**
   * The bytes of one file of the artifact.
   *
   * @throws ModelFormatException when the file is missing or unreadable
   */
  byte[] read(String fileName);

  /** How errors name {@code fileName}, e.g. its path. */
  String describe(String fileName);

  /** A model directory. */
  static ArtifactSource directory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return new ArtifactSource() {
      @Override
      public byte[] read(String fileName) {
        Path file = directory.resolve(fileName);
        try {
          return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
          throw new ModelFormatException(describe(fileName), "missing");
        } catch (IOException e) {
          throw new ModelFormatException(describe(fileName), "cannot be read: " + e, e);
        }
      }

      @Override
      public String describe(String fileName) {
        return directory.resolve(fileName).toString();
      }
    };
  }

  /** A folder on the classpath, e.g. {@code org/oncotriage/default-model}. */
  static ArtifactSource classpath(String folder) {
    Objects.requireNonNull(folder, "folder");
    return new ArtifactSource() {
      @Override
      public byte[] read(String fileName) {
        try (InputStream in =
            ArtifactSource.class.getClassLoader().getResourceAsStream(folder + "/" + fileName)) {
          if (in == null) {
            throw new ModelFormatException(describe(fileName), "missing from the classpath");
          }
          return in.readAllBytes();
        } catch (IOException e) {
          throw new ModelFormatException(describe(fileName), "cannot be read: " + e, e);
        }
      }

      @Override
      public String describe(String fileName) {
        return "classpath:" + folder + "/" + fileName;
      }
    };
  }
}
