package dev.cairn.core.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTimestampsTest {

    @Test
    void readsTheStoredFormatAsInstantParseDoes() {
        Random rnd = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant at = Instant.ofEpochSecond(rnd.nextLong(0, 253_402_300_799L), rnd.nextInt(1_000_000_000));
            String stored = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                    .withZone(java.time.ZoneOffset.UTC).format(at);
            assertThat(StoredTimestamps.parse(stored)).isEqualTo(at).isEqualTo(Instant.parse(stored));
        }
    }

    @Test
    void readsOtherFormsThroughInstantParse() {
        assertThat(StoredTimestamps.parse("2026-12-02T08:00:00.123Z")).isEqualTo(Instant.parse("2026-12-02T08:00:00.123Z"));
        assertThat(StoredTimestamps.parse("2026-12-02T08:00:00Z")).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
    }
}
