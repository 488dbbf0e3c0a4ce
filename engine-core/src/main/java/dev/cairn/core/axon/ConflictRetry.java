package dev.cairn.core.axon;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.ConcurrentModificationException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a request's unit of work again when it lost a race with another writer: another engine on
 * the same database (or another thread) appended to one of its aggregates first, so the append
 * broke {@code UNIQUE(aggregate_identifier, sequence_number)}; or the database broke a deadlock or
 * a serialization failure by aborting it; or two requests of this engine waited for each other's
 * aggregate locks. The failed attempt rolled back whole (events, claims, read-model rows) and Axon
 * evicted the aggregates it had loaded, so the next attempt re-reads everything and decides afresh.
 * Attempts are bounded and spaced by a random back-off, so racing engines do not collide again in
 * lockstep; a request that loses every attempt fails with Cognito's
 * {@code ConcurrentModificationException} (HTTP 400), never an internal error.
 *
 * <p>Messages (codes, invitations) are handed over at the last step before commit, after every
 * append and claim went through, and conflicts surface at the append: so a retried attempt never
 * follows a delivered message, and a request sends its messages once. (Should a database ever
 * report a conflict at the commit itself, the retry would send them again: a second code, of which
 * the newest counts.)
 */
final class ConflictRetry {

    /**
     * Enough that a request loses every attempt only under sustained writes to one aggregate from
     * several nodes at once: with six threads on two nodes writing one pool and four users non-stop,
     * one request in eight ran twice or more, a few six times, and five attempts ran out now and then.
     */
    static final int ATTEMPTS = 10;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(5);
    private static final Duration MAX_BACKOFF = Duration.ofMillis(100);
    /**
     * SQLSTATEs a database uses to abort a transaction that may succeed when run again: serialization
     * failure, deadlock, and a unique key broken. No store lets a unique violation escape on purpose (a
     * claim that loses reports it without one), so one that escapes means a read-model row written
     * from state another engine had just changed: the projections write before the append (see
     * {@link ProjectionsFirstEventStore}), so such a race can surface there before the append's conflict.
     */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "23505");
    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

    private ConflictRetry() {
    }

    static <T> T run(Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!isConflict(e)) throw e;
                if (n == ATTEMPTS) {
                    LOG.warn("Gave up after {} attempts that each conflicted with another writer", n);
                    throw new ConcurrentModificationException("Another request changed this resource at the same time. Try again.");
                }
                LOG.debug("Attempt {} conflicted with another writer; running the request again", n);
                backOff(n);
            }
        }
    }

    /** Whether {@code e} says the unit of work lost a race, rather than why a request is refused or broke. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CognitoException) return false;
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException || t instanceof DeadlockException) {
                return true;
            }
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (TRANSIENT.contains(n.getSQLState())) return true;
                }
            }
        }
        return false;
    }

    /** Sleeps a random time below 5 ms, 10 ms, 20 ms, ... up to 100 ms before the next attempt ("full jitter"). */
    private static void backOff(int failedAttempts) {
        long bound = Math.min(MAX_BACKOFF.toNanos(), FIRST_BACKOFF.toNanos() << Math.min(failedAttempts - 1, 20));
        try {
            // Not the engine's injected randomness: the pause decides nothing, and a seeded sequence would
            // make racing engines built from one seed wait alike.
            TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(bound));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new ConcurrentModificationException("Another request changed this resource at the same time. Try again.");
        }
    }
}
