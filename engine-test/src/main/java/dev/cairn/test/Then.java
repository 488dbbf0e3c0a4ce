package dev.cairn.test;

import dev.cairn.api.RequestContext;
import dev.cairn.api.error.CognitoException;
import dev.cairn.core.axon.AxonRuntime;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What a {@link CairnFixture#when} call did: its answer or error, and the events it wrote.
 * Every {@code expect} method fails the test with a message that says what happened instead.
 */
public final class Then<T> {

    private final T result;
    private final RuntimeException error;
    private final List<EventMessage<?>> events;

    @SuppressWarnings("unchecked")
    Then(T result, RuntimeException error, List<Object> messages) {
        this.result = result;
        this.error = error;
        this.events = messages.stream().<EventMessage<?>>map(m -> (EventMessage<?>) m).toList();
    }

    /** The call succeeded. */
    public Then<T> expectSuccess() {
        if (error != null) throw new AssertionError("Expected success but got " + error.getClass().getSimpleName() + ": " + error.getMessage(), error);
        return this;
    }

    /** The call succeeded and its answer passes {@code check}. */
    public Then<T> expectResult(Consumer<T> check) {
        expectSuccess();
        check.accept(result);
        return this;
    }

    /** The call failed with this Cognito error type, and wrote nothing. */
    public Then<T> expectError(Class<? extends CognitoException> type) {
        if (error == null) fail("Expected " + type.getSimpleName() + " but the call succeeded with " + result);
        assertThat(error).as("error").isInstanceOf(type);
        assertThat(payloads()).as("events written by a failed call").isEmpty();
        return this;
    }

    /** The call failed with this Cognito error type and exactly this message, and wrote nothing. */
    public Then<T> expectError(Class<? extends CognitoException> type, String message) {
        expectError(type);
        assertThat(error.getMessage()).as("error message").isEqualTo(message);
        return this;
    }

    /**
     * The call failed with this Cognito error type and message, having written what it had to
     * first: a failed sign-in, for one, is recorded before its error is raised. Check those events
     * with {@link #expectEvents} or {@link #expectEvent}.
     */
    public Then<T> expectFailure(Class<? extends CognitoException> type, String message) {
        if (error == null) fail("Expected " + type.getSimpleName() + " but the call succeeded with " + result);
        assertThat(error).as("error").isInstanceOf(type);
        assertThat(error.getMessage()).as("error message").isEqualTo(message);
        return this;
    }

    /** The call failed with this type, and its message contains {@code part}. */
    public Then<T> expectErrorContaining(Class<? extends CognitoException> type, String part) {
        expectError(type);
        assertThat(error.getMessage()).as("error message").contains(part);
        return this;
    }

    /** The call wrote exactly events of these types, in this order. */
    public Then<T> expectEvents(Class<?>... types) {
        assertThat(payloads().stream().map(Object::getClass).toList()).as("event types written").containsExactly(types);
        return this;
    }

    /** The call wrote no event. */
    public Then<T> expectNoEvents() {
        assertThat(payloads()).as("events written").isEmpty();
        return this;
    }

    /** The call wrote an event of this type, and the first one passes {@code check}. */
    public <E> Then<T> expectEvent(Class<E> type, Consumer<E> check) {
        E event = payloads().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " among " + payloads()));
        check.accept(event);
        return this;
    }

    /** Every event the call wrote records this actor context. */
    public Then<T> expectContext(Consumer<RequestContext> check) {
        assertThat(events).as("events written").isNotEmpty();
        events.forEach(e -> check.accept(AxonRuntime.contextOf(e.getMetaData())));
        return this;
    }

    /** The answer (null if the call failed). */
    public T result() {
        return result;
    }

    /** The error (null if the call succeeded). */
    public RuntimeException error() {
        return error;
    }

    /** The payloads of the events the call wrote, in order. */
    public List<Object> payloads() {
        return events.stream().map(e -> (Object) e.getPayload()).toList();
    }
}
