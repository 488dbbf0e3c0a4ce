package dev.cairn.api.spi;

/** What a {@link LambdaInvoker} call came to. */
public sealed interface LambdaResult {

    /** The function answered; {@code payload} is its JSON answer (the event with its response filled). */
    record Answered(String payload) implements LambdaResult {
    }

    /**
     * The function ran and raised an error, as Lambda reports one ({@code X-Amz-Function-Error} with
     * {@code {"errorMessage", "errorType"}}): for Cognito, the function refused.
     */
    record FunctionError(String errorType, String errorMessage) implements LambdaResult {
    }

    /** No such function (Lambda's {@code ResourceNotFoundException}). */
    record NotFound() implements LambdaResult {
    }

    /** No answer within the timeout. */
    record TimedOut() implements LambdaResult {
    }

    /** The invocation itself failed (connection refused, an error status from the Lambda service): {@code errorType} names it. */
    record Failed(String errorType, String detail) implements LambdaResult {
    }
}
