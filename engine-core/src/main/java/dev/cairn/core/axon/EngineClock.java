package dev.cairn.core.axon;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Axon stamps events from one static clock ({@code GenericEventMessage.clock}). So that every engine
 * in a JVM (a test fixture with a fixed clock beside a real one) stamps its events with its own
 * clock, that static clock reads the clock of the engine that runs on the current thread.
 */
public final class EngineClock extends Clock {

    private static final ThreadLocal<Clock> CURRENT = new ThreadLocal<>();
    private static final EngineClock INSTANCE = new EngineClock();

    static {
        GenericEventMessage.clock = INSTANCE;
    }

    private EngineClock() {
    }

    /** Runs {@code work} with {@code clock} as the event clock of this thread. */
    public static <T> T with(Clock clock, java.util.function.Supplier<T> work) {
        Clock previous = CURRENT.get();
        CURRENT.set(clock);
        try {
            return work.get();
        } finally {
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
        }
    }

    /** Makes sure the static clock is installed. */
    public static void install() {
        GenericEventMessage.clock = INSTANCE;
    }

    private static Clock current() {
        Clock c = CURRENT.get();
        return c != null ? c : Clock.systemUTC();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return current().instant();
    }
}
