package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.json.Json;

/**
 * Issue 14, item 7: a model whose {@code thresholds.json} was edited and whose manifest was
 * recomputed loaded and served under the same version; a string {@code format_version} was
 * accepted.
 */
class ModelIntegrityTest {

  @TempDir Path dir;

  private static String versionOf(Path model) {
    return ArtifactFormat.read(ArtifactSource.directory(model)).version();
  }

  private static ObjectNode manifest(Path model) throws IOException {
    return (ObjectNode) Json.mapper().readTree(model.resolve(ArtifactFormat.MANIFEST).toFile());
  }

  private static void writeManifest(Path model, ObjectNode manifest) throws IOException {
    Files.write(model.resolve(ArtifactFormat.MANIFEST), Json.mapper().writeValueAsBytes(manifest));
  }

  @Test
  void anEditedFileWithARecomputedManifestServesUnderAnotherVersion() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    String before = versionOf(model);
    String thresholds = Files.readString(model.resolve(ArtifactFormat.THRESHOLDS));
    ArtifactFormatTest.rewrite(
        model, ArtifactFormat.THRESHOLDS, thresholds.replace("0.3", "0.9").getBytes());

    String after = versionOf(model);

    assertThat(after).isNotEqualTo(before);
    String stated = manifest(model).get("version").asText();
    assertThat(before).startsWith(stated + "+").matches(".*\\+[0-9a-f]{12}");
    assertThat(after).startsWith(stated + "+");
  }

  @Test
  void theVersionDoesNotDependOnTheStatedVersionAloneNorChangeOnARewrite() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    String version = versionOf(model);
    ArtifactFormat.write(dir.resolve("copy"), ArtifactFormat.read(ArtifactSource.directory(model)));
    assertThat(versionOf(dir.resolve("copy"))).isEqualTo(version);
    assertThat(manifest(dir.resolve("copy")).get("version").asText())
        .isEqualTo(manifest(model).get("version").asText());
  }

  @Test
  void theBundledModelLoadsUnderItsStatedVersionPlusItsContentId() throws IOException {
    String version =
        ArtifactFormat.read(ArtifactSource.classpath(TriageModels.DEFAULT_MODEL_RESOURCE))
            .version();
    JsonNode manifest =
        Json.mapper()
            .readTree(
                ArtifactSource.classpath(TriageModels.DEFAULT_MODEL_RESOURCE)
                    .read(ArtifactFormat.MANIFEST));
    assertThat(version)
        .startsWith(manifest.path("version").asText() + "+")
        .contains("-adapted+")
        .matches(".+\\+[0-9a-f]{12}");
  }

  @Test
  void manifestTypesAreStrict() throws IOException {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    ObjectNode good = manifest(model);

    ObjectNode stringVersion = good.deepCopy().put("format_version", "2");
    writeManifest(model, stringVersion);
    assertThatThrownBy(() -> versionOf(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("format_version must be a JSON integer");

    ObjectNode fractional = good.deepCopy().put("format_version", 2.0);
    writeManifest(model, fractional);
    assertThatThrownBy(() -> versionOf(model)).hasMessageContaining("format_version");

    ObjectNode stringBytes = good.deepCopy();
    ((ObjectNode) stringBytes.get("files").get(ArtifactFormat.CONFIG)).put("bytes", "849");
    writeManifest(model, stringBytes);
    assertThatThrownBy(() -> versionOf(model)).hasMessageContaining("bytes must be a JSON integer");

    ObjectNode upperHex = good.deepCopy();
    ObjectNode entry = (ObjectNode) upperHex.get("files").get(ArtifactFormat.CONFIG);
    entry.put("sha256", entry.get("sha256").asText().toUpperCase(java.util.Locale.ROOT));
    writeManifest(model, upperHex);
    assertThatThrownBy(() -> versionOf(model)).hasMessageContaining("sha256 must be 64");

    ObjectNode unknown = good.deepCopy();
    ((ObjectNode) unknown.get("files")).putObject("extra.bin").put("bytes", 0).put("sha256", "0");
    writeManifest(model, unknown);
    assertThatThrownBy(() -> versionOf(model)).hasMessageContaining("does not know");

    ObjectNode numericName = good.deepCopy().put("name", 7);
    writeManifest(model, numericName);
    assertThatThrownBy(() -> versionOf(model)).hasMessageContaining("name must be");
  }

  @Test
  void withAPublicKeyOnlyAModelWithASignatureItVerifiesLoads() throws Exception {
    Path model = TestArtifacts.writeTiny(dir.resolve("m"));
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    ArtifactSource source = ArtifactSource.directory(model);
    PublicKey key = keys.getPublic();

    assertThatThrownBy(() -> ArtifactFormat.read(source, key))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ModelSignature.FILE)
        .hasMessageContaining("missing");

    byte[] manifest = Files.readAllBytes(model.resolve(ArtifactFormat.MANIFEST));
    Files.writeString(
        model.resolve(ModelSignature.FILE), ModelSignature.sign(manifest, keys.getPrivate()));
    assertThat(ArtifactFormat.read(source, key).version()).isEqualTo(versionOf(model));

    Files.writeString(
        model.resolve(ModelSignature.FILE), ModelSignature.sign(manifest, other.getPrivate()));
    assertThatThrownBy(() -> ArtifactFormat.read(source, key))
        .hasMessageContaining("does not verify");

    Files.writeString(
        model.resolve(ModelSignature.FILE), ModelSignature.sign(manifest, keys.getPrivate()));
    String thresholds = Files.readString(model.resolve(ArtifactFormat.THRESHOLDS));
    ArtifactFormatTest.rewrite(
        model, ArtifactFormat.THRESHOLDS, thresholds.replace("0.3", "0.9").getBytes());
    assertThatThrownBy(() -> ArtifactFormat.read(source, key))
        .hasMessageContaining("does not verify");
    assertThat(ArtifactFormat.read(source)).isNotNull();
  }

  @Test
  void aPemPublicKeyIsRead() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    Path file = Files.writeString(dir.resolve("key.pem"), pem);
    assertThat(ModelSignature.readPublicKey(file).getEncoded())
        .isEqualTo(keys.getPublic().getEncoded());
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a key");
    assertThatThrownBy(() -> ModelSignature.readPublicKey(junk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("junk.pem");
  }

  @Test
  void aKeyFileThatIsMissingADirectoryOrNotTextIsNamedWithoutJavaInternals() throws Exception {
    Path latin1 = Files.write(dir.resolve("latin1.pem"), new byte[] {'k', (byte) 0xE9, 'y'});
    Path[] files = {dir.resolve("missing.pem"), dir, latin1};
    String[] reasons = {"no model public key at", "is a directory", "is not a PEM"};
    for (int i = 0; i < files.length; i++) {
      Path file = files[i];
      assertThatThrownBy(() -> ModelSignature.readPublicKey(file))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(reasons[i])
          .hasMessageContaining(file.toString())
          .hasMessageNotContaining("java.");
    }
  }
}
