package org.oncotriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCipherTest {

  private static final byte[] PLAIN = Fixtures.SECRET_TEXT.getBytes(StandardCharsets.UTF_8);

  @Test
  void sealedBytesAreNotThePlaintextAndOpenBackToIt() {
    TextCipher cipher = TextCipher.fromBase64(Fixtures.KEY);
    SealedText sealed = cipher.seal(PLAIN, "c-1");
    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Zebra")
        .doesNotContain("fever");
    assertThat(sealed.ciphertext()).hasSize(PLAIN.length + 16);
    assertThat(sealed.nonce()).hasSize(12);
    assertThat(cipher.open(sealed, "c-1")).isEqualTo(PLAIN);
  }

  @Test
  void eachSealingHasAFreshNonce() {
    TextCipher cipher = TextCipher.fromBase64(Fixtures.KEY);
    assertThat(cipher.seal(PLAIN, "c-1").nonce()).isNotEqualTo(cipher.seal(PLAIN, "c-1").nonce());
  }

  @Test
  void anotherKeyFailsNamingBothKeyIdsAndNeitherKey() {
    SealedText sealed = TextCipher.fromBase64(Fixtures.KEY).seal(PLAIN, "c-1");
    TextCipher other = TextCipher.fromBase64(Fixtures.OTHER_KEY);
    assertThatThrownBy(() -> other.open(sealed, "c-1"))
        .isInstanceOf(TextCipher.WrongKeyException.class)
        .hasMessageContaining(sealed.keyId())
        .hasMessageContaining(other.keyId())
        .hasMessageNotContaining(Fixtures.KEY)
        .hasMessageNotContaining(Fixtures.OTHER_KEY);
  }

  @Test
  void aCiphertextMovedToAnotherConversationDoesNotOpen() {
    TextCipher cipher = TextCipher.fromBase64(Fixtures.KEY);
    SealedText sealed = cipher.seal(PLAIN, "c-1");
    assertThatThrownBy(() -> cipher.open(sealed, "c-2"))
        .isInstanceOf(TextCipher.WrongKeyException.class)
        .hasMessageContaining("wrong key or altered data");
  }

  @Test
  void aKeyOfTheWrongLengthOrNotBase64IsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> TextCipher.fromBase64("c2hvcnQ="))
        .hasMessageContaining("must be 32 bytes")
        .hasMessageNotContaining("c2hvcnQ=");
    assertThatThrownBy(() -> TextCipher.fromBase64("not base64 !!"))
        .hasMessage("the encryption key is not Base64");
  }

  @Test
  void readsTheKeyFromAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("key"), Fixtures.KEY + "\n");
    assertThat(TextCipher.fromFile(file).keyId())
        .isEqualTo(TextCipher.fromBase64(Fixtures.KEY).keyId())
        .hasSize(8);
    assertThat(TextCipher.fromFile(file).toString()).doesNotContain(Fixtures.KEY);
  }
}
