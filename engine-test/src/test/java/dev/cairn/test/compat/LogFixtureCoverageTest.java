package dev.cairn.test.compat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The recorded database holds an event of every type its release wrote, so the compatibility test replays them all. */
class LogFixtureCoverageTest {

    /** A stored event type name as the script quotes it in the payload_type column. */
    private static final Pattern STORED_TYPE = Pattern.compile("'(cairn\\.[a-z]+\\.[A-Za-z]+)'");

    @Test
    void everyEventTypeOfTheReleaseIsInTheLog() throws IOException {
        String script;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(LogFixture.FOLDER + LogFixture.DATABASE))) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> types = STORED_TYPE.matcher(script).results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(types).hasSize(LogFixture.EVENT_TYPES_OF_RELEASE);
    }
}
