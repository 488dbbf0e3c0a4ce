package dev.cairn.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.InvalidLambdaResponseException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.json.Json;
import dev.cairn.core.trigger.Trigger;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.Proof;
import dev.cairn.core.user.SignInAttempt;
import dev.cairn.core.user.SignInFailure;
import dev.cairn.core.user.SignInStep;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * CUSTOM_AUTH, as Cognito runs it: DefineAuthChallenge says what comes next from the session's
 * history (fail, issue tokens, or a challenge); CreateAuthChallenge makes a CUSTOM_CHALLENGE, whose
 * {@code publicChallengeParameters} go to the client as ChallengeParameters while its
 * {@code privateChallengeParameters} and {@code challengeMetadata} stay sealed in the challenge's
 * state in the log; VerifyAuthChallengeResponse judges the answer. With {@code CHALLENGE_NAME: SRP_A}
 * and {@code SRP_A} in AuthParameters, the history starts with SRP_A and DefineAuthChallenge may ask
 * PASSWORD_VERIFIER first.
 *
 * <p>The {@link AuthSession} keeps the history (each challenge and its verdict) and judges steps and
 * expiry; the {@code User} judges its own state (lockout, disabled, status) and records the sign-in or
 * its failure; the triggers' answers are data to both.
 *
 * <p>Not done: a user nobody holds, with existence errors hidden (Cognito runs the triggers with
 * {@code userNotFound}); here it is refused at once as a wrong password. A wrong password at
 * PASSWORD_VERIFIER is refused at once as well, without asking DefineAuthChallenge.
 */
final class CustomAuth {

    private final AuthService auth;
    private final AxonRuntime axon;
    private final Triggers triggers;
    private final SecretBox secrets;
    private final SessionTokens sessions;
    private final Clock clock;
    private final Ids ids;

    CustomAuth(AuthService auth, AxonRuntime axon, Triggers triggers, SecretBox secrets, SessionTokens sessions, Clock clock, Ids ids) {
        this.auth = auth;
        this.axon = axon;
        this.triggers = triggers;
        this.secrets = secrets;
        this.sessions = sessions;
        this.clock = clock;
        this.ids = ids;
    }

    /** What a CUSTOM_CHALLENGE keeps for its answer, sealed: never sent to the client, never readable in the log. */
    record CustomStep(Map<String, String> privateChallengeParameters, String challengeMetadata) {
    }

    /** One entry of the {@code session} array the challenge triggers get. */
    record ChallengeResult(String challengeName, boolean challengeResult, String challengeMetadata) {
    }

    // ------------------------------------------------------------------ InitiateAuth

    Supplier<AuthService.Outcome> start(UserPoolState pool, UserPoolState.AppClient client, AuthService.Attempt a, Optional<UserState> found) {
        if (found.isEmpty()) {
            throw "ENABLED".equals(client.client().preventUserExistenceErrors()) ? SignInFailure.WRONG_PASSWORD.error()
                    : new UserNotFoundException("User does not exist.");
        }
        UserState user = found.get();
        String clientId = client.client().clientId();
        SignInAttempt attempt = new SignInAttempt(clientId, AuthFlow.CUSTOM_AUTH.name(), List.of());
        boolean srpFirst = "SRP_A".equals(a.param("CHALLENGE_NAME"));
        if (srpFirst && (a.param("SRP_A") == null || a.param("SRP_A").isEmpty())) throw new InvalidParameterException("Missing required parameter SRP_A");
        if (!srpFirst) {
            Decision<Void> allowed = auth.actAs(user, a, () -> axon.send(new Commands.StartSignIn(user.sub(), attempt, clock.instant())));
            if (!allowed.accepted()) return allowed.afterCommit(v -> null);
        }
        List<ChallengeResult> history = srpFirst ? List.of(new ChallengeResult("SRP_A", true, null)) : List.of();
        return auth.actAs(user, a, () -> {
            Decision<ObjectNode> define = define(pool, clientId, user, history, a.clientMetadata());
            if (!define.accepted()) return define.afterCommit(x -> null);
            if (srpFirst && ChallengeName.PASSWORD_VERIFIER.name().equals(define.value().path("challengeName").asText(null))
                    && !wantsEnd(define.value())) {
                return auth.srpChallenge(pool, client, a, found);
            }
            return next(pool, client, user, a, attempt, history, define.value(), null);
        });
    }

    // ------------------------------------------------------------------ RespondToAuthChallenge

    /** PASSWORD_VERIFIER inside CUSTOM_AUTH: the password proved, DefineAuthChallenge says what follows. */
    Supplier<AuthService.Outcome> passwordVerified(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                                   SessionTokens.Ref ref, AuthService.Attempt a, Proof proof) {
        Decision<Void> verified = axon.send(new Commands.VerifyPasswordInCustomAuth(user.sub(), attempt, proof, clock.instant()));
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), verified.accepted()));
        if (!verified.accepted()) return verified.afterCommit(v -> null);
        return defineNext(pool, client, user, attempt, ref, a);
    }

    /** CUSTOM_CHALLENGE's answer: VerifyAuthChallengeResponse judges it, DefineAuthChallenge says what follows. */
    Supplier<AuthService.Outcome> answer(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                         SessionTokens.Ref ref, AuthService.Attempt a, AuthChallengeIssued issued) {
        String answer = a.param("ANSWER");
        if (answer == null) throw new InvalidParameterException("Missing required parameter ANSWER");
        CustomStep step = open(issued);
        ObjectNode request = Triggers.request();
        request.set("userAttributes", Triggers.userAttributes(user));
        request.set("privateChallengeParameters", Json.MAPPER.valueToTree(step.privateChallengeParameters()));
        request.put("challengeAnswer", answer);
        request.set("clientMetadata", Triggers.map(a.clientMetadata()));
        request.put("userNotFound", false);
        Decision<ObjectNode> verdict = triggers.invoke(new Triggers.Call(pool, Trigger.VerifyAuthChallengeResponse,
                "VerifyAuthChallengeResponse_Authentication", user.username(), user.sub(), client.client().clientId(), request));
        boolean correct = verdict.accepted() && Triggers.flag(verdict.value(), "answerCorrect");
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), correct));
        if (!verdict.accepted()) return verdict.afterCommit(x -> null);
        return defineNext(pool, client, user, attempt, ref, a);
    }

    private Supplier<AuthService.Outcome> defineNext(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                                     SessionTokens.Ref ref, AuthService.Attempt a) {
        List<ChallengeResult> history = history(ref.sessionId());
        Decision<ObjectNode> define = define(pool, client.client().clientId(), user, history, a.clientMetadata());
        if (!define.accepted()) return define.afterCommit(x -> null);
        return next(pool, client, user, a, attempt, history, define.value(), ref);
    }

    // ------------------------------------------------------------------ what DefineAuthChallenge answered

    private static boolean wantsEnd(ObjectNode define) {
        return Triggers.flag(define, "failAuthentication") || Triggers.flag(define, "issueTokens");
    }

    /**
     * Acts on DefineAuthChallenge's answer: failAuthentication before issueTokens before a challenge
     * (the user records the sign-in or its failure); a CUSTOM_CHALLENGE is made by CreateAuthChallenge.
     */
    private Supplier<AuthService.Outcome> next(UserPoolState pool, UserPoolState.AppClient client, UserState user, AuthService.Attempt a,
                                               SignInAttempt attempt, List<ChallengeResult> history, ObjectNode define, SessionTokens.Ref ref) {
        boolean fail = Triggers.flag(define, "failAuthentication");
        if (fail || Triggers.flag(define, "issueTokens")) {
            AuthService.Issue issue = auth.newTokens(pool, client, user.sub(), a);
            Decision<SignInStep> concluded = axon.send(new Commands.ConcludeCustomAuth(user.sub(), attempt, !fail, issue.recorded(), clock.instant()));
            return concluded.afterCommit(step -> auth.tokens(pool, client, user.sub(), issue));
        }
        String challenge = define.path("challengeName").asText(null);
        if (!ChallengeName.CUSTOM_CHALLENGE.name().equals(challenge)) {
            // From memory of Cognito's answer to a challenge it cannot ask here, not a documented source.
            return Decision.<Void>refuse(new InvalidLambdaResponseException("Unrecognizable lambda output")).afterCommit(v -> null);
        }
        ObjectNode request = Triggers.request();
        request.set("userAttributes", Triggers.userAttributes(user));
        request.put("challengeName", challenge);
        request.set("session", session(history));
        request.set("clientMetadata", Triggers.map(a.clientMetadata()));
        request.put("userNotFound", false);
        Decision<ObjectNode> created = triggers.invoke(new Triggers.Call(pool, Trigger.CreateAuthChallenge, "CreateAuthChallenge_Authentication",
                user.username(), user.sub(), client.client().clientId(), request));
        if (!created.accepted()) return created.afterCommit(x -> null);
        Map<String, String> publicParameters = strings(created.value().path("publicChallengeParameters"));
        CustomStep step = new CustomStep(strings(created.value().path("privateChallengeParameters")),
                created.value().path("challengeMetadata").asText(null));
        AuthService.NextStep at = AuthService.NextStep.after(ref, ids);
        auth.issue(client, user, user.username(), AuthFlow.CUSTOM_AUTH.name(), ChallengeName.CUSTOM_CHALLENGE, at.sessionId(), at.step(),
                secrets.seal(Json.write(step)), attempt.challengePath());
        Map<String, String> params = new LinkedHashMap<>(publicParameters);
        params.putIfAbsent("USERNAME", user.username());
        String session = sessions.mint(at.sessionId(), at.step());
        return () -> new AuthService.Outcome(null, ChallengeName.CUSTOM_CHALLENGE.name(), params, session);
    }

    private Decision<ObjectNode> define(UserPoolState pool, String clientId, UserState user, List<ChallengeResult> history,
                                        Map<String, String> clientMetadata) {
        ObjectNode request = Triggers.request();
        request.set("userAttributes", Triggers.userAttributes(user));
        request.set("session", session(history));
        request.set("clientMetadata", Triggers.map(clientMetadata));
        request.put("userNotFound", false);
        return triggers.invoke(new Triggers.Call(pool, Trigger.DefineAuthChallenge, "DefineAuthChallenge_Authentication", user.username(),
                user.sub(), clientId, request));
    }

    // ------------------------------------------------------------------ the session's history

    /** The AuthSession's challenges as the triggers' {@code session}; a session begun with SRP begins with SRP_A, as Cognito's does. */
    private List<ChallengeResult> history(String sessionId) {
        List<AuthSession.Step> steps = axon.send(new AuthSession.ReadHistory(sessionId));
        List<ChallengeResult> out = new java.util.ArrayList<>();
        if (!steps.isEmpty() && ChallengeName.PASSWORD_VERIFIER.name().equals(steps.get(0).issued().challengeName())) {
            out.add(new ChallengeResult("SRP_A", true, null));
        }
        for (AuthSession.Step s : steps) {
            if (s.accepted() == null) continue;
            String name = s.issued().challengeName();
            String metadata = ChallengeName.CUSTOM_CHALLENGE.name().equals(name) ? open(s.issued()).challengeMetadata() : null;
            out.add(new ChallengeResult(name, s.accepted(), metadata));
        }
        return out;
    }

    private static ArrayNode session(List<ChallengeResult> history) {
        ArrayNode session = Json.MAPPER.createArrayNode();
        for (ChallengeResult r : history) {
            ObjectNode entry = session.addObject();
            entry.put("challengeName", r.challengeName());
            entry.put("challengeResult", r.challengeResult());
            if (r.challengeMetadata() != null) entry.put("challengeMetadata", r.challengeMetadata());
        }
        return session;
    }

    private CustomStep open(AuthChallengeIssued issued) {
        return Json.read(secrets.open(issued.sealedState()), CustomStep.class);
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isObject()) node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }
}
