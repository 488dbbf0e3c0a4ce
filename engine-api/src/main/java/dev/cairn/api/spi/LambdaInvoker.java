package dev.cairn.api.spi;

import java.time.Duration;

/**
 * Runs the Lambda function a user pool's {@code LambdaConfig} names for a trigger, as AWS Lambda's
 * Invoke API would: the request payload is the trigger event Cognito sends (JSON), the answer is the
 * event with its {@code response} filled. The engine calls it synchronously while the request that
 * fires the trigger runs, outside any aggregate, and passes the outcome to the aggregate as data.
 *
 * <p>An implementation never throws for what a function does: every outcome is a {@link LambdaResult}.
 * The engine turns them into Cognito's errors ({@code UserLambdaValidationException} for a function
 * error, {@code UnexpectedLambdaException} for a missing function, a failure or a timeout,
 * {@code InvalidLambdaResponseException} for an answer it cannot read).
 */
@FunctionalInterface
public interface LambdaInvoker {

    /** Cognito waits this long for a trigger's answer. */
    Duration COGNITO_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Invokes a function synchronously (Lambda's {@code RequestResponse} invocation type).
     *
     * @param functionArn the function as {@code LambdaConfig} names it (an ARN, possibly qualified)
     * @param payload     the trigger event, JSON
     * @param timeout     how long to wait for the answer; past it the answer is {@link LambdaResult.TimedOut}
     * @return what happened; never null
     */
    LambdaResult invoke(String functionArn, String payload, Duration timeout);
}
