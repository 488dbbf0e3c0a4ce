package dev.cairn.api.codegen;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed records and errors are exactly what the generator makes of the service model. */
class GeneratedModelIsCurrentTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void committedSourcesMatchTheServiceModel() throws Exception {
        Map<String, String> files = new ModelCodegen(ModelCodegen.loadModel()).generate();
        if (Boolean.getBoolean("cairn.codegen.write")) {
            ModelCodegen.main(new String[]{SOURCES.toString()});
        }
        assertThat(files).hasSizeGreaterThan(350);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = SOURCES.resolve(f.getKey());
            assertThat(p).as("generated file %s (regenerate with -Dcairn.codegen.write=true)", p).exists();
            assertThat(Files.readString(p)).as("content of %s", p).isEqualTo(f.getValue());
        }
    }

    @Test
    void javaNamesFollowTheSdkRule() {
        assertThat(ModelCodegen.javaName("MFAOptions")).isEqualTo("mfaOptions");
        assertThat(ModelCodegen.javaName("SMSMfaSettings")).isEqualTo("smsMfaSettings");
        assertThat(ModelCodegen.javaName("UserPoolId")).isEqualTo("userPoolId");
        assertThat(ModelCodegen.javaName("message")).isEqualTo("message");
    }
}
