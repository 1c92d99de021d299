package org.oncotriage.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the files of a model artifact come from: a directory, a classpath folder, or nowhere for an
 * artifact built in memory.
 */
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

  /**
   * The source of an artifact held in memory ({@link TriageModels.Builder#artifact}): it has no
   * files to read, and errors name the artifact as {@code label}.
   */
  static ArtifactSource inMemory(String label) {
    Objects.requireNonNull(label, "label");
    return new ArtifactSource() {
      @Override
      public byte[] read(String fileName) {
        throw new ModelFormatException(describe(fileName), "not stored: the artifact is in memory");
      }

      @Override
      public String describe(String fileName) {
        return "in-memory " + label + ": " + fileName;
      }
    };
  }
}
