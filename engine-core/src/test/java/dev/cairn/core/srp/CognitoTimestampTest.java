package dev.cairn.core.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CognitoTimestampTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-03T07:05:09Z, Tue Nov 3 07:05:09 UTC 2026",
        "2026-11-03T07:05:09.999Z, Tue Nov 3 07:05:09 UTC 2026",
        "2027-01-31T23:00:00Z, Sun Jan 31 23:00:00 UTC 2027",
        "2024-02-29T00:00:00Z, Thu Feb 29 00:00:00 UTC 2024"})
    void formatsAsTheJsClientWithAnUnpaddedDay(Instant instant, String expected) {
        assertThat(CognitoTimestamp.format(instant)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tue Nov 3 07:05:09 UTC 2026",
        "Tue Nov 03 07:05:09 UTC 2026",
        "Tue Nov 3 07:05:09 GMT 2026"})
    void parsesPaddedAndUnpaddedDays(String timestamp) {
        assertThat(CognitoTimestamp.parse(timestamp)).contains(Instant.parse("2026-11-03T07:05:09Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Wed Nov 3 07:05:09 UTC 2026",
        "Di. Nov. 3 07:05:09 UTC 2026",
        "Tue Nov 3 7:05:09 UTC 2026",
        "Tue Nov 3 07:05:09 2026",
        "Tue Nov 3 07:05:09 UTC 2026 ",
        "Mon Feb 12 15:26:37 +05:30 2018",
        "1793689509"})
    void rejectsWhatIsNotCognitosFormat(String timestamp) {
        assertThat(CognitoTimestamp.parse(timestamp)).isEmpty();
    }
}
