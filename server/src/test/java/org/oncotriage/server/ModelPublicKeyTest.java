package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.model.ModelFormatException;
import picocli.CommandLine;

/** Issue 14, item 7: an optional detached model signature checked against a configured key. */
class ModelPublicKeyTest {

  @Test
  void withAKeyConfiguredAnUnsignedModelDoesNotLoad(@TempDir Path dir) throws Exception {
    var keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path pem =
        Files.writeString(
            dir.resolve("model.pub.pem"),
            "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
    ServerConfig config =
        ServerConfig.resolve(Map.of("model_public_key", pem.toString()), Map.of(), null);
    assertThat(config.modelPublicKey()).isEqualTo(pem);
    var loader =
        ServerMain.loader(
            null, 1, org.oncotriage.model.ModelSignature.readPublicKey(config.modelPublicKey()));
    assertThatThrownBy(loader::get)
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("manifest.json.sig")
        .hasMessageContaining("missing");
  }

  @Test
  void aKeyFileThatIsNotAKeyStopsTheStart(@TempDir Path dir) throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "nope");
    int code =
        new CommandLine(new ServerMain())
            .execute("--model-public-key", junk.toString(), "--port", "0");
    assertThat(code).isEqualTo(2);
  }
}
