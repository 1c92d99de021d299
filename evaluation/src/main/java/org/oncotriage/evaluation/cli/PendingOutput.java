package org.oncotriage.evaluation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Output that appears only when the command succeeds: everything is written into a hidden temporary
 * file or folder beside the target ({@code .NAME.partial-*}) and moved into place by {@link
 * #commit}; closing without committing deletes it. A failed or interrupted run leaves the target as
 * it was (an interrupted one may leave the hidden temporary, which the JVM deletes on an orderly
 * exit such as Ctrl-C). Before anything is written, {@link #file} and {@link #folder} refuse an
 * output that is the input, or one that exists without {@code --force}. Not thread-safe.
 */
final class PendingOutput implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final boolean folder;
  private final boolean force;
  private boolean committed;

  private PendingOutput(Path target, Path temp, boolean folder, boolean force) {
    this.target = target;
    this.temp = temp;
    this.folder = folder;
    this.force = force;
    temp.toFile().deleteOnExit();
  }

  /**
   * A pending output file.
   *
   * @param inputs the files the command reads; the output must be none of them
   * @throws IllegalArgumentException when {@code out} is an input, a directory, or exists without
   *     {@code force}
   */
  static PendingOutput file(Path out, boolean force, Path... inputs) throws IOException {
    return file("--out", out, force, inputs);
  }

  /** As {@link #file(Path, boolean, Path...)} for the output file of {@code option}. */
  static PendingOutput file(String option, Path out, boolean force, Path... inputs)
      throws IOException {
    Objects.requireNonNull(out, "out");
    for (Path input : inputs) {
      if (input != null && same(out, input)) {
        throw new IllegalArgumentException(
            option
                + " "
                + out
                + " is the input file "
                + input
                + "; writing it would destroy the input");
      }
    }
    if (Files.isDirectory(out)) {
      throw new IllegalArgumentException(option + " " + out + " is a directory; name a file");
    }
    if (Files.exists(out) && !force) {
      throw new IllegalArgumentException(
          option + " " + out + " exists; pass --force to replace it");
    }
    Path parent = parentOf(out);
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + out.getFileName() + ".partial-", "");
    return new PendingOutput(out, temp, false, force);
  }

  /**
   * A pending output folder; {@code names} are the files the command writes into it.
   *
   * @throws IllegalArgumentException when {@code out} is an input or holds an input, is a file, or
   *     already holds one of {@code names} without {@code force}
   */
  static PendingOutput folder(Path out, boolean force, List<String> names, Path... inputs)
      throws IOException {
    Objects.requireNonNull(out, "out");
    for (Path input : inputs) {
      if (input == null) {
        continue;
      }
      if (same(out, input)) {
        throw new IllegalArgumentException("--out " + out + " is the input file " + input);
      }
      for (String name : names) {
        if (same(out.resolve(name), input)) {
          throw new IllegalArgumentException(
              "--out " + out + " would overwrite the input file " + input);
        }
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + " is a file; name a folder");
    }
    if (!force) {
      for (String name : names) {
        if (Files.exists(out.resolve(name))) {
          throw new IllegalArgumentException(
              "--out " + out + " already holds " + name + "; pass --force to replace it");
        }
      }
    }
    Path parent = parentOf(out);
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + out.getFileName() + ".partial-");
    return new PendingOutput(out, temp, true, force);
  }

  /** Where to write: the temporary file, or the temporary folder. */
  Path path() {
    return temp;
  }

  /** Moves the output into place, atomically for a file and for each file of a folder. */
  void commit() throws IOException {
    if (!folder) {
      move(temp, target);
    } else if (!Files.exists(target)) {
      move(temp, target);
    } else {
      List<Path> written = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
        files.forEach(written::add);
      }
      for (Path file : written) {
        move(file, target.resolve(file.getFileName().toString()));
      }
      Files.delete(temp);
    }
    committed = true;
  }

  /** Deletes what was written unless it was committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      if (folder && Files.isDirectory(temp)) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
          for (Path file : files) {
            Files.deleteIfExists(file);
          }
        }
      }
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the partial output " + temp, e);
    }
  }

  private void move(Path from, Path to) throws IOException {
    try {
      if (force) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      if (force) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to);
      }
    }
  }

  private static Path parentOf(Path out) {
    Path parent = out.toAbsolutePath().getParent();
    return parent == null ? out.toAbsolutePath() : parent;
  }

  /** Whether two paths name the same file (through links too, when both exist). */
  private static boolean same(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
