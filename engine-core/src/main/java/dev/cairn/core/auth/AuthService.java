package dev.cairn.core.auth;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.PasswordResetRequiredException;
import dev.cairn.api.error.UserNotConfirmedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.engine.EngineContext;
import dev.cairn.core.json.Json;
import dev.cairn.core.password.Passwords;
import dev.cairn.core.srp.ClaimVerdict;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.core.srp.SrpServerSession;
import dev.cairn.core.srp.SrpVerifier;
import dev.cairn.core.token.RefreshTokens;
import dev.cairn.core.token.TokenIssuer;
import dev.cairn.core.user.AttributeRules;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.SignInState;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sign-in: the USER_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH and refresh flows, and
 * the PASSWORD_VERIFIER and NEW_PASSWORD_REQUIRED challenges, as Cognito runs them.
 *
 * <p>Every outcome for a known user is an event: success ({@code SignedIn}, {@code TokensRefreshed})
 * and failure ({@code SignInFailed}). A failure is committed before its error is raised, which is
 * why the methods return the answer (or the error) as a supplier called after commit.
 */
public final class AuthService {

    /** How far a client's TIMESTAMP may be from the server's clock. */
    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String WRONG_PASSWORD = "Incorrect username or password.";

    private final EngineContext ctx;
    private final AppClients clients;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final SessionTokens sessions;
    /** A verifier for nobody: checked against when a user does not exist, so that costs the same time. */
    private final PasswordVerifier decoy;

    public AuthService(EngineContext ctx, AppClients clients, TokenIssuer tokens, RefreshTokens refreshTokens) {
        this.ctx = ctx;
        this.clients = clients;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.sessions = new SessionTokens(ctx.secrets());
        this.decoy = Passwords.verifier("us-east-1_decoy", "decoy", "decoy", ctx.random());
    }

    /** What a flow answers: tokens, or a challenge with its session. */
    public record Outcome(AuthenticationResultType tokens, String challengeName, Map<String, String> challengeParameters, String session) {
        static Outcome signedIn(AuthenticationResultType t) {
            return new Outcome(t, null, null, null);
        }
    }

    /** The request, whichever operation it came through. */
    public record Attempt(String poolId, String clientId, String authFlow, Map<String, String> parameters, String sourceIp, boolean admin) {
        String param(String name) {
            return parameters == null ? null : parameters.get(name);
        }
    }

    // ------------------------------------------------------------------ InitiateAuth

    public Supplier<Outcome> initiate(Attempt a) {
        UserPoolState.AppClient client = clients.require(a.poolId(), a.clientId());
        UserPoolState pool = ctx.pools().require(client.client().userPoolId());
        String flow = a.authFlow();
        boolean adminFlow = flow.equals("ADMIN_USER_PASSWORD_AUTH") || flow.equals("ADMIN_NO_SRP_AUTH");
        // Admin flows only through AdminInitiateAuth, the plain password flow only through InitiateAuth.
        if ((adminFlow && !a.admin()) || (a.admin() && flow.equals("USER_PASSWORD_AUTH"))) {
            throw new InvalidParameterException("Initiate Auth method not supported.");
        }
        if (flow.equals("CUSTOM_AUTH")) {
            throw new InvalidParameterException("Custom auth lambda trigger is not configured for the user pool.");
        }
        if (flow.equals("USER_AUTH")) throw new InvalidParameterException("USER_AUTH flow not enabled for this client");
        ClientRules.checkFlowAllowed(client.client(), flow);
        if (flow.startsWith("REFRESH_TOKEN")) return refresh(pool, client, a);
        String username = required(a, "USERNAME");
        clients.checkSecretHash(client, a.param("SECRET_HASH"), List.of(username));
        Optional<UserState> found = ctx.users().find(pool, username);
        if (flow.equals("USER_SRP_AUTH")) return srpChallenge(pool, client, a, found);
        String password = required(a, "PASSWORD");
        if (found.isEmpty()) {
            Passwords.matches(decoy, "us-east-1_decoy", "decoy", password);
            throw unknownUser(client);
        }
        UserState user = found.get();
        return actAs(user, a, () -> {
            Supplier<Outcome> refused = refuseBeforePassword(user, client, flow);
            if (refused != null) return refused;
            if (user.password() == null || !Passwords.matches(user.password(), pool.id(), user.username(), password)) {
                return fail(user, client, flow, "WRONG_PASSWORD", new NotAuthorizedException(WRONG_PASSWORD));
            }
            return afterPassword(pool, client, user, flow, a, null, List.of());
        });
    }

    /** PASSWORD_VERIFIER for a user, or, for an unknown user when existence errors are hidden, for nobody. */
    private Supplier<Outcome> srpChallenge(UserPoolState pool, UserPoolState.AppClient client, Attempt a, Optional<UserState> found) {
        String srpA = required(a, "SRP_A");
        if (found.isEmpty() && !"ENABLED".equals(client.client().preventUserExistenceErrors())) {
            throw new UserNotFoundException("User does not exist.");
        }
        String username = found.map(UserState::username).orElse(a.param("USERNAME"));
        SrpPrincipal principal = SrpPrincipal.user(pool.id(), username);
        SrpVerifier verifier = found.map(this::verifierOf).orElseGet(this::decoySrp);
        if (found.isPresent()) {
            Supplier<Outcome> refused = actAs(found.get(), a, () -> refuseBeforePassword(found.get(), client, a.authFlow()));
            if (refused != null) return refused;
        }
        String sessionId = ctx.ids().uuid();
        String secretBlock = sessions.mint(sessionId, 1);
        SrpServerSession srp;
        try {
            srp = SrpServerSession.start(principal, verifier, srpA, ctx.random());
        } catch (RuntimeException e) {
            throw new InvalidParameterException("Invalid SRP_A.");
        }
        SrpStep step = new SrpStep(srp.srpA(), srp.srpB(), srp.privateB(), secretBlock);
        issue(client, found.orElse(null), username, a.authFlow(), "PASSWORD_VERIFIER", sessionId, 1, ctx.secrets().seal(Json.write(step)), List.of());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("SALT", verifier.saltHex());
        params.put("SECRET_BLOCK", secretBlock);
        params.put("SRP_B", srp.srpB());
        params.put("USERNAME", username);
        params.put("USER_ID_FOR_SRP", username);
        return () -> new Outcome(null, "PASSWORD_VERIFIER", params, secretBlock);
    }

    // ------------------------------------------------------------------ RespondToAuthChallenge

    public Supplier<Outcome> respond(String poolId, String clientId, String challengeName, Map<String, String> responses,
                                     String session, String sourceIp, boolean admin) {
        UserPoolState.AppClient client = clients.require(poolId, clientId);
        UserPoolState pool = ctx.pools().require(client.client().userPoolId());
        Map<String, String> r = responses == null ? Map.of() : responses;
        String token = session != null ? session : r.get("PASSWORD_CLAIM_SECRET_BLOCK");
        if (token == null) throw new InvalidParameterException("Missing required parameter Session");
        SessionTokens.Ref ref = sessions.parse(token);
        AuthChallengeIssued issued = ctx.axon().send(new AuthSession.TakeChallenge(ref.sessionId(), ref.step()));
        if (!issued.clientId().equals(clientId) || !issued.challengeName().equals(challengeName)) {
            throw new NotAuthorizedException("Invalid session for the user.");
        }
        clients.checkSecretHash(client, r.get("SECRET_HASH"), List.of(nonNull(r.get("USERNAME")), issued.username()));
        Attempt a = new Attempt(pool.id(), clientId, issued.authFlow(), r, sourceIp, admin);
        UserState user = issued.sub() == null ? null : ctx.users().bySub(pool.id(), issued.sub()).orElse(null);
        if (user == null) {
            // A session for nobody (existence errors hidden): do the same work as for a real user, then refuse.
            // (A session of a user deleted since, at a step without SRP state, has nothing to check.)
            if (issued.sealedState() != null) {
                resume(issued, SrpPrincipal.user(pool.id(), issued.username()), decoySrp()).verify(new PasswordClaim(
                        r.get("PASSWORD_CLAIM_SECRET_BLOCK"), r.get("TIMESTAMP"), r.get("PASSWORD_CLAIM_SIGNATURE")), ctx.clock().instant(), MAX_CLOCK_SKEW);
            }
            ctx.axon().send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), false));
            return () -> {
                throw new NotAuthorizedException(WRONG_PASSWORD);
            };
        }
        return actAs(user, a, () -> {
            if (!ctx.clock().instant().isBefore(issued.expiresAt())) {
                ctx.axon().send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), false));
                return fail(user, client, issued.authFlow(), "SESSION_EXPIRED",
                        new NotAuthorizedException("Invalid session for the user, session is expired."));
            }
            List<String> path = new ArrayList<>(issued.challengePath());
            path.add(challengeName);
            return switch (challengeName) {
                case "PASSWORD_VERIFIER" -> passwordVerifier(pool, client, user, issued, ref, a, path);
                case "NEW_PASSWORD_REQUIRED" -> newPassword(pool, client, user, issued, ref, a, path);
                default -> throw new InvalidParameterException("Unsupported challenge " + challengeName);
            };
        });
    }

    /**
     * What an SRP challenge keeps for its answer: only the ephemeral values. The principal and the
     * verifier come from the user when the answer arrives (a password changed in between fails the
     * answer), so the sealed state in the log holds nothing about the person or the password.
     */
    record SrpStep(String srpA, String srpB, String privateB, String secretBlock) {
    }

    private SrpServerSession resume(AuthChallengeIssued issued, SrpPrincipal principal, SrpVerifier verifier) {
        SrpStep step = Json.read(ctx.secrets().open(issued.sealedState()), SrpStep.class);
        return new SrpServerSession(principal, verifier, step.srpA(), step.srpB(), step.privateB(), step.secretBlock());
    }

    private SrpVerifier verifierOf(UserState user) {
        return user.password() == null ? decoySrp() : new SrpVerifier(user.password().salt(), user.password().verifier());
    }

    private SrpVerifier decoySrp() {
        return new SrpVerifier(decoy.salt(), decoy.verifier());
    }

    private Supplier<Outcome> passwordVerifier(UserPoolState pool, UserPoolState.AppClient client, UserState user,
                                               AuthChallengeIssued issued, SessionTokens.Ref ref, Attempt a, List<String> path) {
        SrpServerSession srp = resume(issued, SrpPrincipal.user(pool.id(), user.username()), verifierOf(user));
        ClaimVerdict verdict = srp.verify(new PasswordClaim(a.param("PASSWORD_CLAIM_SECRET_BLOCK"), a.param("TIMESTAMP"),
                a.param("PASSWORD_CLAIM_SIGNATURE")), ctx.clock().instant(), MAX_CLOCK_SKEW);
        if (verdict == ClaimVerdict.MALFORMED_TIMESTAMP) throw new InvalidParameterException("TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
        ctx.axon().send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), verdict.accepted()));
        if (!verdict.accepted()) {
            return fail(user, client, issued.authFlow(), "WRONG_PASSWORD", new NotAuthorizedException(WRONG_PASSWORD));
        }
        return afterPassword(pool, client, user, issued.authFlow(), a, ref, path);
    }

    private Supplier<Outcome> newPassword(UserPoolState pool, UserPoolState.AppClient client, UserState user,
                                          AuthChallengeIssued issued, SessionTokens.Ref ref, Attempt a, List<String> path) {
        String password = required(a, "NEW_PASSWORD");
        Passwords.check(pool.settings().policies().passwordPolicy(), password);
        Map<String, String> given = new LinkedHashMap<>();
        a.parameters().forEach((k, v) -> {
            if (k.startsWith("userAttributes.")) given.put(k.substring("userAttributes.".length()), v);
        });
        Map<String, String> attributes = AttributeRules.checkWrite(pool, Json.MAPPER.convertValue(
                given.entrySet().stream().map(e -> Map.of("Name", e.getKey(), "Value", e.getValue())).toList(),
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, dev.cairn.api.model.AttributeType.class)), false);
        for (String required : requiredMissing(pool, user)) {
            if (!attributes.containsKey(required)) {
                throw new InvalidParameterException("Invalid attributes given, " + required + " is missing");
            }
        }
        ctx.axon().send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), true));
        if (!attributes.isEmpty()) ctx.axon().send(new Commands.UpdateAttributes(user.sub(), pool, attributes));
        ctx.axon().send(new Commands.SetPassword(user.sub(), Passwords.verifier(pool.id(), user.username(), password, ctx.random()), true));
        return signIn(pool, client, user.sub(), issued.authFlow(), path, a);
    }

    // ------------------------------------------------------------------ shared steps

    /** Refusals that do not need the password: lockout and a disabled user. */
    private Supplier<Outcome> refuseBeforePassword(UserState user, UserPoolState.AppClient client, String flow) {
        if (user.signInState().lockedAt(ctx.clock().instant())) {
            return fail(user, client, flow, "LOCKED_OUT", new NotAuthorizedException("Password attempts exceeded"));
        }
        if (!user.enabled()) return fail(user, client, flow, "DISABLED", new NotAuthorizedException("User is disabled."));
        return null;
    }

    /** The password was right: what the user's status says comes next. */
    private Supplier<Outcome> afterPassword(UserPoolState pool, UserPoolState.AppClient client, UserState user, String flow,
                                            Attempt a, SessionTokens.Ref previous, List<String> path) {
        switch (user.userStatus()) {
            case "UNCONFIRMED" -> {
                return fail(user, client, flow, "NOT_CONFIRMED", new UserNotConfirmedException("User is not confirmed."));
            }
            case "RESET_REQUIRED" -> {
                return fail(user, client, flow, "RESET_REQUIRED", new PasswordResetRequiredException("Password reset required for the user"));
            }
            case "FORCE_CHANGE_PASSWORD" -> {
                String sessionId = previous != null ? previous.sessionId() : ctx.ids().uuid();
                int step = previous != null ? previous.step() + 1 : 1;
                issue(client, user, user.username(), flow, "NEW_PASSWORD_REQUIRED", sessionId, step, null, path);
                Map<String, String> params = new LinkedHashMap<>();
                params.put("USER_ID_FOR_SRP", user.username());
                params.put("requiredAttributes", Json.write(requiredMissing(pool, user).stream().map(n -> "userAttributes." + n).toList()));
                Map<String, String> shown = new LinkedHashMap<>(user.attributes());
                shown.remove("sub");
                params.put("userAttributes", Json.write(shown));
                String session = sessions.mint(sessionId, step);
                return () -> new Outcome(null, "NEW_PASSWORD_REQUIRED", params, session);
            }
            default -> {
                return signIn(pool, client, user.sub(), flow, path, a);
            }
        }
    }

    /** Issues tokens and records the sign-in; tokens are signed after the user's latest state is known. */
    private Supplier<Outcome> signIn(UserPoolState pool, UserPoolState.AppClient client, String sub, String flow, List<String> path, Attempt a) {
        Instant now = ctx.clock().instant();
        String originJti = ctx.ids().uuid();
        String refresh = refreshTokens.mint(pool.id(), sub, originJti);
        ctx.axon().send(new Commands.RecordSignIn(sub, client.client().clientId(), flow, path, originJti,
                RefreshTokens.hash(refresh), now.plus(TokenIssuer.refreshValidity(client.client())), a.param("DEVICE_KEY")));
        return () -> {
            UserState user = ctx.users().bySub(pool.id(), sub).orElseThrow();
            UserPoolState current = ctx.pools().require(pool.id());
            return Outcome.signedIn(tokens.issue(current, client.client(), user, originJti, now, now, refresh));
        };
    }

    private Supplier<Outcome> refresh(UserPoolState pool, UserPoolState.AppClient client, Attempt a) {
        RefreshTokens.Contents token = refreshTokens.open(required(a, "REFRESH_TOKEN"))
                .filter(t -> t.userPoolId().equals(pool.id()))
                .orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        UserState user = ctx.users().bySub(pool.id(), token.sub()).orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        clients.checkSecretHash(client, a.param("SECRET_HASH"), List.of(nonNull(a.param("USERNAME")), user.username(), user.sub()));
        Instant now = ctx.clock().instant();
        // The live refresh tokens are the aggregate's to judge: the read model does not keep them.
        SignInState.RefreshToken kept = actAs(user, a, () -> ctx.axon().send(new Commands.UseRefreshToken(user.sub(), token.originJti(),
                token.hash(), client.client().clientId(), a.param("DEVICE_KEY"), now)));
        return () -> Outcome.signedIn(tokens.issue(ctx.pools().require(pool.id()), client.client(),
                ctx.users().bySub(pool.id(), user.sub()).orElseThrow(), token.originJti(), kept.authTime(), now, null));
    }

    private void issue(UserPoolState.AppClient client, UserState user, String username, String flow, String challenge,
                       String sessionId, int step, String sealedState, List<String> path) {
        Instant expires = ctx.clock().instant().plus(Duration.ofMinutes(client.client().authSessionValidity()));
        var issued = new AuthChallengeIssued(sessionId, client.client().userPoolId(), client.client().clientId(),
                user == null ? null : user.sub(), username, flow, challenge, step, sealedState, expires, path);
        ctx.axon().send(step == 1 ? new AuthSession.StartSession(sessionId, issued) : new AuthSession.IssueChallenge(sessionId, issued));
    }

    /** Records a failed sign-in, then (after commit) raises Cognito's error. */
    private Supplier<Outcome> fail(UserState user, UserPoolState.AppClient client, String flow, String reason, CognitoException error) {
        ctx.axon().send(new Commands.RecordSignInFailure(user.sub(), client.client().clientId(), flow, reason));
        return () -> {
            throw error;
        };
    }

    private <T> T actAs(UserState user, Attempt a, Supplier<T> work) {
        return ctx.axon().actingAsUser(user.sub(), a.clientId(), a.sourceIp(), work);
    }

    private List<String> requiredMissing(UserPoolState pool, UserState user) {
        return pool.schema().stream().filter(s -> Boolean.TRUE.equals(s.required()) && !s.name().equals("sub"))
                .map(s -> s.name()).filter(n -> user.attribute(n) == null).toList();
    }

    private static CognitoException unknownUser(UserPoolState.AppClient client) {
        return "ENABLED".equals(client.client().preventUserExistenceErrors())
                ? new NotAuthorizedException(WRONG_PASSWORD) : new UserNotFoundException("User does not exist.");
    }

    private static String required(Attempt a, String name) {
        String v = a.param(name);
        if (v == null || v.isEmpty()) throw new InvalidParameterException("Missing required parameter " + name);
        return v;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
