package dev.cairn.core.engine;

import dev.cairn.api.error.CognitoException;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What an aggregate's command handler decided: accepted (with a value), or refused with the
 * Cognito error to raise. A refusal that must leave a trace (a wrong password counts toward the
 * lockout) has already applied its event when it is returned; the unit of work commits that event,
 * and the caller raises the error afterwards. A refusal that must leave no trace is thrown instead.
 *
 * @param value   what an acceptance answers; null for a refusal (and for acceptances that answer nothing)
 * @param refusal the error to raise; null when accepted
 */
public record Decision<T>(T value, CognitoException refusal) {

    public static <T> Decision<T> accept(T value) {
        return new Decision<>(value, null);
    }

    public static <T> Decision<T> accept() {
        return new Decision<>(null, null);
    }

    public static <T> Decision<T> refuse(CognitoException error) {
        return new Decision<>(null, Objects.requireNonNull(error));
    }

    public boolean accepted() {
        return refusal == null;
    }

    /**
     * The answer a write request reads after its unit of work committed: {@code answer} applied to
     * the accepted value, or, for a refusal, the refusal raised (the failure event having committed).
     */
    public <R> Supplier<R> afterCommit(Function<T, Supplier<R>> answer) {
        if (!accepted()) return () -> {
            throw refusal;
        };
        return answer.apply(value);
    }
}
