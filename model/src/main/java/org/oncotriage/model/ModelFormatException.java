package org.oncotriage.model;

/**
 * A model artifact that cannot be used: a file missing, truncated, altered or inconsistent with the
 * others. The message names the file and what is wrong.
 */
public final class ModelFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;

  ModelFormatException(String file, String reason) {
    super(file + ": " + reason);
    this.file = file;
  }

  ModelFormatException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
  }

  /** The file at fault, as the artifact source names it. */
  public String file() {
    return file;
  }
}
