package org.oncotriage.model;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An optional detached signature of a model: {@value #FILE} beside {@code manifest.json} holds the
 * Base64 of an Ed25519 signature over the exact bytes of {@code manifest.json}. The manifest holds
 * the SHA-256 of every other file, and each is checked against it, so the signature covers the
 * whole model. When a public key is configured, a model loads only with a signature that it
 * verifies; without one, a signature file is not read.
 *
 * <p>Make a key pair and sign with OpenSSL 3:
 *
 * <pre>
 * openssl genpkey -algorithm ed25519 -out model-signing.pem
 * openssl pkey -in model-signing.pem -pubout -out model-signing.pub.pem
 * openssl pkeyutl -sign -rawin -inkey model-signing.pem -in DIR/manifest.json | base64 -w0 \
 *   &gt; DIR/manifest.json.sig
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class ModelSignature {

  /** The signature file, beside the manifest. */
  public static final String FILE = ArtifactFormat.MANIFEST + ".sig";

  /** The signature algorithm. */
  public static final String ALGORITHM = "Ed25519";

  private ModelSignature() {}

  /**
   * Reads a public key: a PEM file ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo)
   * of an Ed25519 key.
   *
   * @throws IllegalArgumentException naming the file when it is missing or not such a key
   */
  public static PublicKey readPublicKey(Path file) {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("the model public key " + file + " is a directory");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no model public key at " + file);
    }
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + " is not a PEM " + ALGORITHM + " public key");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the model public key " + file);
    }
    String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          file + " is not a PEM " + ALGORITHM + " public key (-----BEGIN PUBLIC KEY-----)");
    }
  }

  /**
   * Checks the signature of {@code manifest} in {@code source}.
   *
   * @throws ModelFormatException when the signature file is missing, malformed or does not verify
   */
  static void verify(ArtifactSource source, byte[] manifest, PublicKey key) {
    byte[] signature;
    try {
      String text = new String(source.read(FILE), StandardCharsets.US_ASCII).strip();
      signature = Base64.getDecoder().decode(text);
    } catch (ModelFormatException e) {
      throw new ModelFormatException(
          source.describe(FILE), "missing: a model public key is configured, so it must be signed");
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source.describe(FILE), "is not Base64");
    }
    boolean valid;
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(key);
      verifier.update(manifest);
      valid = verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      valid = false;
    }
    if (!valid) {
      throw new ModelFormatException(
          source.describe(FILE),
          "does not verify " + ArtifactFormat.MANIFEST + " with the configured public key");
    }
  }

  /** Signs {@code manifest} (for tests and tools that hold the private key). */
  public static String sign(byte[] manifest, java.security.PrivateKey key)
      throws GeneralSecurityException {
    Signature signer = Signature.getInstance(ALGORITHM);
    signer.initSign(key);
    signer.update(manifest);
    return Base64.getEncoder().encodeToString(signer.sign());
  }
}
