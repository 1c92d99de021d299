package org.oncotriage.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts retained conversation text at rest with AES-256-GCM from the JDK: a fresh random 12-byte
 * nonce per sealing, a 128-bit tag, and the conversation id as associated data, so a ciphertext
 * moved to another row does not open. The key is 32 bytes given in Base64 (make one with {@code
 * openssl rand -base64 32}); it is never logged, printed or stored: rows name it by {@link #keyId},
 * the first 8 hex digits of its SHA-256 digest. Thread-safe.
 */
public final class TextCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final String keyId;
  private final SecureRandom random = new SecureRandom();

  private TextCipher(byte[] keyBytes) {
    if (keyBytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "the encryption key must be "
              + KEY_BYTES
              + " bytes (Base64 of 32 random bytes, e.g. openssl rand -base64 32), received "
              + keyBytes.length);
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
    this.keyId = HexFormat.of().formatHex(sha256(keyBytes), 0, 4);
  }

  /**
   * A cipher for a Base64 key.
   *
   * @throws IllegalArgumentException when it is not Base64 of 32 bytes (the message never quotes
   *     it)
   */
  public static TextCipher fromBase64(String base64Key) {
    Objects.requireNonNull(base64Key, "base64Key");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the encryption key is not Base64");
    }
    return new TextCipher(bytes);
  }

  /** A cipher for the Base64 key held in {@code file} (surrounding white space ignored). */
  public static TextCipher fromFile(Path file) {
    try {
      return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the encryption key file " + file);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }

  /** The key's id: the first 8 hex digits of its SHA-256 digest. */
  public String keyId() {
    return keyId;
  }

  /**
   * Encrypts {@code plaintext}, bound to {@code associatedData} (the conversation id).
   *
   * @return the sealed text, with a fresh nonce
   */
  public SealedText seal(byte[] plaintext, String associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return new SealedText(keyId, nonce, cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getName());
    }
  }

  /**
   * Decrypts what {@link #seal} sealed with the same key and associated data.
   *
   * @throws WrongKeyException when another key sealed it, or the bytes or the associated data were
   *     altered
   */
  public byte[] open(SealedText sealed, String associatedData) {
    if (!sealed.keyId().equals(keyId)) {
      throw new WrongKeyException(
          "the text was sealed with key " + sealed.keyId() + "; the configured key is " + keyId);
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed.ciphertext());
    } catch (AEADBadTagException e) {
      throw new WrongKeyException(
          "the text does not authenticate under key " + keyId + ": wrong key or altered data");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getName());
    }
  }

  /** Names the key id only. */
  @Override
  public String toString() {
    return "TextCipher[AES-256-GCM, keyId=" + keyId + "]";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stored text that the configured key cannot open. */
  public static final class WrongKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrongKeyException(String message) {
      super(message, null, false, false);
    }
  }
}
