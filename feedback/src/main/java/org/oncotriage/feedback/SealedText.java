package org.oncotriage.feedback;

import java.util.Objects;

/**
 * Text encrypted by a {@link TextCipher}: the id of the key that sealed it, the GCM nonce and the
 * ciphertext with its authentication tag. Holds copies of the arrays it is given and hands out
 * copies.
 *
 * @param keyId the first 8 hex digits of the SHA-256 digest of the key (never the key)
 * @param nonce the 12-byte GCM nonce, fresh for each sealing
 * @param ciphertext the ciphertext followed by the 16-byte tag
 */
public record SealedText(String keyId, byte[] nonce, byte[] ciphertext) {

  public SealedText {
    Objects.requireNonNull(keyId, "keyId");
    nonce = Objects.requireNonNull(nonce, "nonce").clone();
    ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  /** Names the key and sizes only. */
  @Override
  public String toString() {
    return "SealedText[keyId=" + keyId + ", bytes=" + ciphertext.length + "]";
  }
}
