package dev.cairn.core.activity;

import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.MfaChallengeIssued;
import dev.cairn.api.event.MfaCodeMismatched;
import dev.cairn.api.event.PasswordResetRequired;
import dev.cairn.api.event.PasswordSet;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserEvent;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which events of the log are the authentication events Cognito reports, and as what. Read in
 * append order, because one request's events together say what it was: a sign-up code sent in the
 * request that created the user is part of the sign-up, one sent later is a resent code.
 *
 * <ul>
 *   <li>SignIn: a sign-in that issued tokens (Pass), failed (Fail), or asked for a second factor (InProgress);</li>
 *   <li>SignUp: a user created by signing up (not by an administrator);</li>
 *   <li>ForgotPassword: a reset code sent, and the password the user then set (both Pass);</li>
 *   <li>PasswordChange: a user changing their own password (Pass), or failing to for a wrong one (Fail);</li>
 *   <li>ResendCode: a sign-up code sent again.</li>
 * </ul>
 * Cognito counts administrators' password changes and resets as none of these, and so does Cairn.
 */
public final class AuthEvents {

    private static final AuthEvent.ChallengeResponse PASSWORD_OK = new AuthEvent.ChallengeResponse("Password", "Success");
    private static final AuthEvent.ChallengeResponse PASSWORD_WRONG = new AuthEvent.ChallengeResponse("Password", "Failure");
    private static final AuthEvent.ChallengeResponse MFA_OK = new AuthEvent.ChallengeResponse("Mfa", "Success");
    private static final AuthEvent.ChallengeResponse MFA_WRONG = new AuthEvent.ChallengeResponse("Mfa", "Failure");

    private String signUpRequest;
    private String adminResetRequest;
    private boolean resetCodeOutstanding;
    private dev.cairn.api.event.SignInRiskAssessed pendingRisk;

    /** The authentication event this one is, if any; feed a user's events (or a unit of work's) in order. */
    public Optional<AuthEvent> read(EventMessage<?> message) {
        if (!(message.getPayload() instanceof UserEvent user)) return Optional.empty();
        Object event = message.getPayload();
        String actorType = (String) message.getMetaData().get("actorType");
        String correlation = (String) message.getMetaData().get("correlationId");
        String type;
        String response = "Pass";
        String risk = "NoRisk";
        String level = null;
        boolean compromised = false;
        if (event instanceof dev.cairn.api.event.SignInRiskAssessed assessed) {
            pendingRisk = assessed; // the outcome of the same sign-in follows
            return Optional.empty();
        }
        if (pendingRisk != null && (event instanceof SignedIn || event instanceof SignInFailed || event instanceof MfaChallengeIssued)) {
            risk = pendingRisk.riskDecision();
            level = pendingRisk.riskLevel();
            pendingRisk = null;
        }
        List<AuthEvent.ChallengeResponse> challenges = new ArrayList<>();
        if (event instanceof SignedIn e) {
            type = "SignIn";
            if (!e.authFlow().contains("REFRESH")) challenges.add(PASSWORD_OK);
            if (e.challengePath().stream().anyMatch(AuthEvents::secondFactor)) challenges.add(MFA_OK);
        } else if (event instanceof SignInFailed e) {
            type = "ChangePassword".equals(e.authFlow()) ? "PasswordChange" : "SignIn";
            response = "Fail";
            if ("WRONG_PASSWORD".equals(e.reason())) challenges.add(PASSWORD_WRONG);
            if ("RISK_BLOCKED".equals(e.reason()) || "COMPROMISED_CREDENTIALS".equals(e.reason())) risk = "Block";
            compromised = "COMPROMISED_CREDENTIALS".equals(e.reason());
            if (compromised) challenges.add(PASSWORD_OK);
        } else if (event instanceof MfaChallengeIssued) {
            type = "SignIn";
            response = "InProgress";
            challenges.add(PASSWORD_OK);
        } else if (event instanceof MfaCodeMismatched) {
            type = "SignIn";
            response = "Fail";
            challenges.add(PASSWORD_OK);
            challenges.add(MFA_WRONG);
        } else if (event instanceof UserCreated e) {
            // AdminCreateUser makes FORCE_CHANGE_PASSWORD users and an import RESET_REQUIRED ones; signing up, the others.
            if (e.userStatus().equals("FORCE_CHANGE_PASSWORD") || e.userStatus().equals("RESET_REQUIRED")) return Optional.empty();
            signUpRequest = correlation;
            type = "SignUp";
        } else if (event instanceof PasswordResetRequired) {
            adminResetRequest = correlation;
            return Optional.empty();
        } else if (event instanceof CodeIssued e && "FORGOT_PASSWORD".equals(e.purpose())) {
            resetCodeOutstanding = true;
            if (correlation != null && correlation.equals(adminResetRequest)) return Optional.empty(); // AdminResetUserPassword
            type = "ForgotPassword";
        } else if (event instanceof CodeIssued e && "SIGN_UP".equals(e.purpose())) {
            if (correlation != null && correlation.equals(signUpRequest)) return Optional.empty();
            type = "ResendCode";
        } else if (event instanceof PasswordSet) {
            // A password set by the user with a reset code outstanding is the reset's confirmation.
            boolean reset = resetCodeOutstanding;
            resetCodeOutstanding = false;
            if ("ADMIN".equals(actorType)) return Optional.empty();
            type = reset ? "ForgotPassword" : "PasswordChange";
        } else {
            return Optional.empty();
        }
        return Optional.of(new AuthEvent(message.getIdentifier(), type, message.getTimestamp(), response, challenges,
                user.userPoolId(), user.sub(), (String) message.getMetaData().get("clientId"), (String) message.getMetaData().get("sourceIp"),
                (String) message.getMetaData().get("deviceName"), (String) message.getMetaData().get("timezone"), risk, level, compromised));
    }

    private static boolean secondFactor(String challenge) {
        return challenge.endsWith("_MFA") || challenge.equals("EMAIL_OTP");
    }
}
