package dev.cairn.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code --access-keys} file: an access key id and its secret a line. */
class AccessKeysTest {

    @TempDir
    Path dir;

    @Test
    void eachLineIsAKeyIdAndItsSecretCommentsAndBlankLinesSkipped() throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), "# deployment keys\n\nAKIDADMIN  wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n\tAKIDCI\ts3cret=\n");
        assertThat(AccessKeys.read(file)).containsExactly(
                java.util.Map.entry("AKIDADMIN", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), java.util.Map.entry("AKIDCI", "s3cret="));
    }

    @Test
    void aBadLineIsNamedWithoutItsSecret() throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), "AKIDADMIN secret-one\nAKIDCI secret-two extra\n");
        assertThatThrownBy(() -> AccessKeys.read(file)).hasMessageContaining("line 2").hasMessageNotContaining("secret-two");
        Path twice = Files.writeString(dir.resolve("twice"), "AKIDADMIN secret-one\nAKIDADMIN secret-two\n");
        assertThatThrownBy(() -> AccessKeys.read(twice)).hasMessageContaining("given twice").hasMessageNotContaining("secret-");
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing yet\n");
        assertThatThrownBy(() -> AccessKeys.read(empty)).hasMessageContaining("holds no access key");
    }
}
