package dev.cairn.test;

import dev.cairn.api.CognitoIdentityProvider;
import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.api.model.InitiateAuthRequest;
import dev.cairn.api.model.InitiateAuthResponse;
import dev.cairn.api.model.RespondToAuthChallengeRequest;
import dev.cairn.api.model.RespondToAuthChallengeResponse;
import dev.cairn.core.mfa.Totp;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpClient;
import dev.cairn.core.srp.SrpPrincipal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs in the way Cognito's clients do, for tests: SRP (InitiateAuth USER_SRP_AUTH, then the
 * PASSWORD_VERIFIER answer computed as amazon-cognito-identity-js computes it), or plain password;
 * and the TOTP codes an authenticator app would show.
 */
public final class SignIn {

    private SignIn() {
    }

    /** The first SRP step: InitiateAuth with SRP_A. Keep the client to answer the challenge. */
    public record SrpStart(SrpClient client, InitiateAuthResponse challenge) {
    }

    public static SrpStart startSrp(CognitoIdentityProvider api, String clientId, String username, String secretHash) {
        SrpClient client = new SrpClient(new SecureRandom());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("USERNAME", username);
        params.put("SRP_A", client.srpA());
        if (secretHash != null) params.put("SECRET_HASH", secretHash);
        InitiateAuthResponse r = api.initiateAuth(InitiateAuthRequest.builder().clientId(clientId).authFlow("USER_SRP_AUTH")
                .authParameters(params).build());
        return new SrpStart(client, r);
    }

    /** The PASSWORD_VERIFIER answer for a challenge, as the JS client computes it. */
    public static RespondToAuthChallengeRequest answer(SrpStart start, String userPoolId, String clientId, String password, Instant now,
                                                        String secretHash) {
        Map<String, String> c = start.challenge().challengeParameters();
        String userId = c.get("USER_ID_FOR_SRP");
        PasswordClaim claim = start.client().answer(SrpPrincipal.user(userPoolId, userId), password, c.get("SRP_B"), c.get("SALT"),
                c.get("SECRET_BLOCK"), now);
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("USERNAME", userId);
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock());
        responses.put("PASSWORD_CLAIM_SIGNATURE", claim.signature());
        responses.put("TIMESTAMP", claim.timestamp());
        if (secretHash != null) responses.put("SECRET_HASH", secretHash);
        return RespondToAuthChallengeRequest.builder().clientId(clientId).challengeName("PASSWORD_VERIFIER")
                .challengeResponses(responses).session(start.challenge().session()).build();
    }

    /** A whole SRP sign-in of a confirmed user; returns the tokens. */
    public static AuthenticationResultType srp(CognitoIdentityProvider api, String userPoolId, String clientId, String username,
                                               String password, Instant now) {
        SrpStart start = startSrp(api, clientId, username, null);
        RespondToAuthChallengeResponse r = api.respondToAuthChallenge(answer(start, userPoolId, clientId, password, now, null));
        if (r.authenticationResult() == null) throw new IllegalStateException("Challenged instead of signed in: " + r.challengeName());
        return r.authenticationResult();
    }

    /**
     * The code an authenticator app shows at {@code at} for the SecretCode AssociateSoftwareToken
     * answered (RFC 6238: HMAC-SHA1, six digits, 30-second steps). The engine accepts a step's code
     * once, so a test signing in twice within 30 seconds moves its clock on.
     */
    public static String totp(String secretCode, Instant at) {
        return Totp.code(secretCode, Totp.step(at));
    }

    /** USER_PASSWORD_AUTH (the client must allow it). */
    public static InitiateAuthResponse password(CognitoIdentityProvider api, String clientId, String username, String password) {
        return api.initiateAuth(InitiateAuthRequest.builder().clientId(clientId).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)).build());
    }
}
