package dev.cairn.core.audit;

import dev.cairn.core.json.IsoInstants;

import java.time.Instant;

/**
 * Event timestamps as the JDBC log stores them ({@code 2026-12-02T08:00:00.123456789Z}), read
 * without a {@link java.time.format.DateTimeFormatter}, which costs more than the rest of an
 * event's columns together ({@link IsoInstants#parse}). Any other form is read by {@link Instant#parse}.
 */
final class StoredTimestamps {

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        Instant fast = IsoInstants.parse(text);
        return fast != null ? fast : Instant.parse(text);
    }
}
