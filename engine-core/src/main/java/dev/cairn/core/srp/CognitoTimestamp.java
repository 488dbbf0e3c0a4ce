package dev.cairn.core.srp;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The TIMESTAMP of a PASSWORD_VERIFIER response, in Cognito's format
 * {@code EEE MMM d HH:mm:ss z yyyy} in English, for example {@code Tue Nov 3 07:05:09 UTC 2026}.
 *
 * <p>The JS client writes the day without padding and the zone as {@code UTC}; other clients
 * (Java's {@code Date#toString}, Python's {@code %d}) pad the day or name another zone, and
 * Cognito accepts them, so parsing takes both. The string itself is signed, so the server never
 * re-formats what it received.
 */
public final class CognitoTimestamp {

    private static final ZoneId UTC = ZoneId.of("UTC");
    // 'd' prints without padding and parses one or two digits.
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss z yyyy", Locale.ENGLISH);
    // 'z' alone would also take offsets such as "+05:30", which Cognito refuses; only names pass.
    private static final Pattern SHAPE =
            Pattern.compile("[A-Za-z]{3} [A-Za-z]{3} \\d{1,2} \\d{2}:\\d{2}:\\d{2} [A-Za-z]+ \\d{4}");

    private CognitoTimestamp() {
    }

    /** Formats an instant as the JS client does, in UTC with an unpadded day. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.atZone(UTC));
    }

    /**
     * Parses a client's TIMESTAMP. Empty when it is not in Cognito's format, including a weekday
     * that does not match the date and a numeric zone offset; Cognito answers that with InvalidParameterException
     * ("TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.").
     */
    public static Optional<Instant> parse(String timestamp) {
        if (timestamp == null || !SHAPE.matcher(timestamp).matches()) {
            return Optional.empty();
        }
        Optional<Instant> utc = parseUtc(timestamp);
        if (utc != null) return utc;
        try {
            return Optional.of(ZonedDateTime.parse(timestamp, FORMAT).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final java.util.List<String> MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final java.util.List<String> DAYS = java.util.List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    /**
     * The fast path for what clients send (their clock in UTC): parsing zone names with the
     * formatter costs more than the rest of a sign-in's bookkeeping. Null when the zone is not
     * UTC or GMT, so the formatter decides.
     */
    private static Optional<Instant> parseUtc(String t) {
        String[] f = t.split(" ");
        if (!f[4].equals("UTC") && !f[4].equals("GMT")) return null;
        int month = MONTHS.indexOf(f[1]) + 1;
        int weekday = DAYS.indexOf(f[0]) + 1;
        if (month == 0 || weekday == 0) return Optional.empty();
        try {
            String[] hms = f[3].split(":");
            java.time.LocalDateTime at = java.time.LocalDateTime.of(Integer.parseInt(f[5]), month, Integer.parseInt(f[2]),
                    Integer.parseInt(hms[0]), Integer.parseInt(hms[1]), Integer.parseInt(hms[2]));
            if (at.getDayOfWeek().getValue() != weekday) return Optional.empty();
            return Optional.of(at.toInstant(java.time.ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
