package dev.cairn.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress on a terminal is one redrawn bar with rate and time left; elsewhere a plain line every few seconds. */
class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long[] now = {0};

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, () -> now[0]);
    }

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalGetsABarRedrawnInPlaceWithRateAndTimeLeft() {
        ConsoleProgress p = progress(true);
        p.start("verify", 1000);
        now[0] = 1_000_000_000L;
        p.advance(250);
        assertThat(written()).startsWith("\rverify [#######.......................]  25% 250/1,000 events 250/s ETA 0:03");
        now[0] = 1_100_000_000L;
        p.advance(260);
        assertThat(written()).as("redrawn at most every 200 ms").doesNotContain("260/");
        now[0] = 4_000_000_000L;
        p.finish(1000);
        assertThat(written()).contains("\rverify [##############################] 100% 1,000/1,000 events 250/s in 0:04").endsWith("\n");
    }

    @Test
    void elsewhereAPlainLineEveryFiveSeconds() {
        ConsoleProgress p = progress(false);
        p.start("rebuild", -1);
        now[0] = 2_000_000_000L;
        p.advance(100);
        assertThat(written()).isEmpty();
        now[0] = 6_000_000_000L;
        p.advance(600);
        p.finish(700);
        assertThat(written().lines()).containsExactly("rebuild: 600 events 100/s", "rebuild: 700 events 117/s in 0:06");
    }
}
