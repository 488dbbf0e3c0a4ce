package dev.cairn.core.activity;

import java.time.Instant;
import java.util.List;

/**
 * One of a user's authentication events as Cognito reports them (AdminListUserAuthEvents, and the
 * user activity log): read from the log, never stored apart from it.
 *
 * @param eventId            the stored event's identifier, unique in the log
 * @param eventType          {@code SignIn}, {@code SignUp}, {@code ForgotPassword}, {@code PasswordChange} or {@code ResendCode}
 * @param eventResponse      {@code Pass}, {@code Fail} or {@code InProgress}
 * @param challengeResponses which challenges of a sign-in were answered, and how
 * @param ipAddress          the source the request came from, or null
 * @param deviceName         the client's device, as its context data named it, or null
 * @param timezone           the client's time zone, as its context data gave it, or null
 * @param riskDecision       {@code NoRisk}, {@code AccountTakeover}, or {@code Block} when threat protection refused it
 * @param riskLevel          {@code Low}, {@code Medium} or {@code High} when account takeover found signals, else null
 * @param compromised        whether the credentials given were found breached
 */
public record AuthEvent(String eventId, String eventType, Instant creationDate, String eventResponse,
                        List<ChallengeResponse> challengeResponses, String userPoolId, String sub, String clientId, String ipAddress,
                        String deviceName, String timezone, String riskDecision, String riskLevel, boolean compromised) {

    public AuthEvent {
        challengeResponses = List.copyOf(challengeResponses);
    }

    /** {@code Password} or {@code Mfa}, answered {@code Success} or {@code Failure}. */
    public record ChallengeResponse(String challengeName, String challengeResponse) {
    }
}
