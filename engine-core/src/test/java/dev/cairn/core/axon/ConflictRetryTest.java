package dev.cairn.core.axon;

import dev.cairn.api.error.ConcurrentModificationException;
import dev.cairn.api.error.UsernameExistsException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflictRetryTest {

    @Test
    void aUnitOfWorkThatLostARaceRunsAgainUntilItWins() {
        AtomicInteger attempts = new AtomicInteger();
        String answer = ConflictRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) throw new ConcurrencyException("sequence 4 of aggregate x is taken");
            return "done";
        });
        assertThat(answer).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aRefusalIsAnAnswerAndRunsOnce() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run(() -> {
            attempts.incrementAndGet();
            throw new UsernameExistsException("User account already exists");
        })).isInstanceOf(UsernameExistsException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void losingEveryAttemptIsAConcurrentModificationNotAnInternalError() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run(() -> {
            attempts.incrementAndGet();
            throw new ConcurrencyException("taken");
        })).isInstanceOf(ConcurrentModificationException.class);
        assertThat(attempts).hasValue(ConflictRetry.ATTEMPTS);
    }

    @Test
    void aDeadlockOrSerializationFailureTheDatabaseBrokeIsAConflictButOtherDatabaseErrorsAreNot() {
        assertThat(ConflictRetry.isConflict(new JdbcException("append failed", new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(ConflictRetry.isConflict(new JdbcException("commit failed", new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(ConflictRetry.isConflict(new JdbcException("lost", new SQLException("connection refused", "08001")))).isFalse();
        assertThat(ConflictRetry.isConflict(new IllegalStateException("a bug"))).isFalse();
    }
}
