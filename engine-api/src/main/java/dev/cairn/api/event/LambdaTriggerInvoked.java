package dev.cairn.api.event;

/**
 * The engine invoked a Lambda trigger. Each invocation is its own stream ({@code invocationId}),
 * written in the unit of work of the request that fired it, even when the trigger refused (a refused
 * pre-trigger writes this and nothing else). Never the event sent or answered: it may hold a code,
 * a password (UserMigration) or private challenge parameters.
 *
 * @param sub            the user's, when the user exists (null before sign-up, for a migration, or for nobody)
 * @param trigger        the trigger as LambdaConfig names it (PreSignUp, DefineAuthChallenge, ...)
 * @param outcome        ANSWERED, REFUSED (the function raised an error; {@code message} is its errorMessage),
 *                       INVALID_RESPONSE, NOT_FOUND, FAILED ({@code message} names the error) or TIMED_OUT
 * @param durationMillis how long the invocation took
 */
@EventType("cairn.trigger.LambdaTriggerInvoked")
public record LambdaTriggerInvoked(String invocationId, String userPoolId, String sub, String trigger, String functionArn,
                                   String triggerSource, String outcome, String message, long durationMillis) {
}
