package dev.cairn.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.api.event.SignedIn;
import dev.cairn.core.axon.EventSerializer;
import dev.cairn.core.chain.StoredEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class IsoInstantsTest {

    @Test
    void readsWhatInstantToStringWritesAsInstantParseDoes() {
        Random rnd = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            long seconds = rnd.nextLong(-62_167_219_200L, 253_402_300_799L); // years 0000 to 9999
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> rnd.nextInt(1_000) * 1_000_000;
                case 2 -> rnd.nextInt(1_000_000) * 1_000;
                default -> rnd.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void readsEveryFractionWidthAsInstantParseDoes() {
        for (String text : List.of("2026-12-02T08:00:00.1Z", "2026-12-02T08:00:00.12Z", "2026-12-02T08:00:00.1234Z", "2026-12-02T08:00:00.12345Z",
                "2026-12-02T08:00:00.12345678Z", "2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z")) {
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEveryOtherFormToTheSlowWay() {
        for (String text : List.of("", "2026-12-02T08:00:00", "2026-12-02T08:00:00.Z", "2026-12-02T08:00:00.1234567890Z", "2026-12-02 08:00:00Z",
                "2026-12-02T08:00:00+01:00", "+12026-12-02T08:00:00Z", "2026-13-02T08:00:00Z", "2026-00-02T08:00:00Z", "2026-02-30T08:00:00Z",
                "2025-02-29T08:00:00Z", "2026-12-00T08:00:00Z", "2026-12-02T24:00:00Z", "2026-12-02T08:60:00Z", "2026-12-02T23:59:60Z",
                "2026-12-02t08:00:00Z", "2026-12-02T08:00:00z", "2026-1a-02T08:00:00Z", "2026-12-02T08:00:00.12a4Z", " 2026-12-02T08:00:00Z")) {
            assertThat(IsoInstants.parse(text)).as(text).isNull();
        }
    }

    record Stamped(Instant at) {
    }

    record Formatted(@JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant at) {
    }

    @Test
    void aMapperWithTheModuleReadsInstantsAsJacksonDoes() throws Exception {
        ObjectMapper fast = Json.MAPPER.copy().registerModule(IsoInstants.module());
        for (String json : List.of("{\"at\":\"2026-12-02T08:00:00.5Z\"}", "{\"at\":\" 2026-12-02T08:00:00Z \"}", "{\"at\":1764662400.5}",
                "{\"at\":1764662400}", "{\"at\":null}", "{\"at\":\"2026-12-02T08:00:00+01:00\"}", "{}")) {
            assertThat(fast.readValue(json, Stamped.class)).as(json).isEqualTo(Json.MAPPER.readValue(json, Stamped.class));
        }
        // a member with a format of its own is read by Jackson's deserializer made for it
        for (String json : List.of("{\"at\":1764662400}", "{\"at\":\"2026-12-02T08:00:00Z\"}")) {
            assertThat(fast.readValue(json, Formatted.class)).as(json).isEqualTo(Json.MAPPER.readValue(json, Formatted.class));
        }
        String invalid = "{\"at\":\"2026-02-30T08:00:00Z\"}";
        Class<? extends Throwable> slow = catchThrowable(() -> Json.MAPPER.readValue(invalid, Stamped.class)).getClass();
        assertThatThrownBy(() -> fast.readValue(invalid, Stamped.class)).isExactlyInstanceOf(slow);
    }

    @Test
    void theEventSerializerReadsARowsInstantsAsBefore() {
        EventSerializer serializer = new EventSerializer();
        SignedIn event = new SignedIn("pool", "sub", "client", "USER_SRP_AUTH", List.of("PASSWORD_VERIFIER"), "jti", "hash",
                Instant.parse("2027-01-01T00:00:00.123456Z"), null);
        byte[] json = Json.write(event).getBytes(StandardCharsets.UTF_8);
        StoredEvent row = new StoredEvent(1, "id", "sub", 0, "User", "2026-12-02T08:00:00.000000000Z", serializer.storedName(SignedIn.class),
                serializer.typeForClass(SignedIn.class).getRevision(), json, null, null, null);
        assertThat(serializer.payload(row)).isEqualTo(event);
    }
}
