package dev.cairn.core.auth;

import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.Ids;
import java.util.random.RandomGenerator;
import java.time.Clock;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.decoy.Decoys;
import dev.cairn.core.delivery.Deliveries;
import dev.cairn.core.delivery.DeliveryMedium;
import dev.cairn.core.delivery.Masking;
import dev.cairn.core.delivery.Templates;
import dev.cairn.core.device.Devices;
import dev.cairn.core.mfa.MfaChallenges;
import dev.cairn.api.model.NewDeviceMetadataType;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.json.Json;
import dev.cairn.core.user.Passwords;
import dev.cairn.core.user.PasswordlessCommands;
import dev.cairn.core.user.RefreshTokenCommands;
import dev.cairn.core.passkey.PasskeyDecisions;
import dev.cairn.core.passkey.PasskeyOptions;
import dev.cairn.core.srp.ClaimVerdict;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.core.srp.SrpServerSession;
import dev.cairn.core.srp.SrpVerifier;
import dev.cairn.core.token.RefreshTokens;
import dev.cairn.core.user.AttributeRules;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.NewTokens;
import dev.cairn.core.user.Proof;
import dev.cairn.core.user.SignInAttempt;
import dev.cairn.core.user.SignInFailure;
import dev.cairn.core.user.SignInState;
import dev.cairn.core.user.SignInStep;
import dev.cairn.core.user.User;
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
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.trigger.Trigger;
import dev.cairn.core.trigger.MessageTriggers;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sign-in: the USER_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH and refresh flows, and
 * the PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED and MFA challenges (SMS_MFA, EMAIL_OTP,
 * SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE, MFA_SETUP), as Cognito runs them; choice-based sign-in
 * (USER_AUTH: SELECT_CHALLENGE, then PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP or WEB_AUTHN); and
 * GetTokensFromRefreshToken with refresh token rotation.
 *
 * <p>This translates requests into commands and holds no rules of its own: the {@code User}
 * aggregate judges lockout, the password or its SRP proof and the user's status, and records
 * success ({@code SignedIn}, {@code TokensRefreshed}) or failure ({@code SignInFailed}); the
 * {@link AuthSession} judges steps and expiry. A failure is committed before its error is raised,
 * which is why the methods return the answer (or the error) as a supplier called after commit.
 */
public final class AuthService {

    /** How far a client's TIMESTAMP may be from the server's clock. */
    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final Clock clock;
    private final RandomGenerator random;
    private final Ids ids;
    private final SecretBox secrets;
    private final AppClients clients;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final SessionTokens sessions;
    /**
     * A verifier for nobody: checked against when a user does not exist, so that costs the same time.
     * Its g^x is computed on first use, off the start-up path.
     */
    private final Supplier<PasswordVerifier> decoy;
    private final Decoys decoys;
    private final Deliveries deliveries;
    private final dev.cairn.core.risk.RiskChecks risk;

    private final Triggers triggers;
    private final MessageTriggers messages;
    private final AuthTriggers authTriggers;
    private final UserMigration migration;
    private final CustomAuth customAuth;

    public AuthService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, Clock clock, RandomGenerator random, Ids ids, SecretBox secrets, AppClients clients, TokenIssuer tokens, RefreshTokens refreshTokens, Decoys decoys, Deliveries deliveries,
                       MessageTriggers messages, dev.cairn.core.risk.RiskChecks risk) {
        this.risk = risk;
        this.messages = messages;
        this.triggers = messages.triggers();
        this.authTriggers = new AuthTriggers(triggers);
        this.migration = new UserMigration(axon, triggers, clock, random, ids);
        this.decoys = decoys;
        this.deliveries = deliveries;
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.clock = clock;
        this.random = random;
        this.ids = ids;
        this.secrets = secrets;
        this.clients = clients;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.sessions = new SessionTokens(secrets);
        this.customAuth = new CustomAuth(this, axon, triggers, secrets, sessions, clock, ids);
        this.decoy = Passwords.verifierLater("us-east-1_decoy", "decoy", "decoy", random);
    }

    /**
     * What a flow answers: tokens, or a challenge with its session (and, for SELECT_CHALLENGE, the
     * challenges to choose from); a sign-in on the hosted pages, which issues no tokens itself,
     * answers the user who signed in ({@code hostedSub}) instead.
     */
    public record Outcome(AuthenticationResultType tokens, String challengeName, Map<String, String> challengeParameters, String session,
                          List<String> availableChallenges, String hostedSub) {
        Outcome(AuthenticationResultType tokens, String challengeName, Map<String, String> challengeParameters, String session,
                List<String> availableChallenges) {
            this(tokens, challengeName, challengeParameters, session, availableChallenges, null);
        }

        Outcome(AuthenticationResultType tokens, String challengeName, Map<String, String> challengeParameters, String session) {
            this(tokens, challengeName, challengeParameters, session, null);
        }

        static Outcome signedIn(AuthenticationResultType t) {
            return new Outcome(t, null, null, null);
        }
    }

    /**
     * The flow name a sign-in on a pool domain's hosted pages records. Such a sign-in runs the same
     * decisions as USER_PASSWORD_AUTH (lockout, status, NEW_PASSWORD_REQUIRED, MFA) whatever the
     * client's ExplicitAuthFlows, as Cognito's hosted UI does, but issues no tokens: the hosted
     * session remembers the user, and tokens go out at /oauth2/token or in an implicit grant.
     */
    public static final String HOSTED_UI = "HOSTED_UI";

    /** The request, whichever operation it came through. */
    public record Attempt(String poolId, String clientId, String authFlow, Map<String, String> parameters, String sourceIp, boolean admin,
                          Map<String, String> clientMetadata) {
        public Attempt(String poolId, String clientId, String authFlow, Map<String, String> parameters, String sourceIp, boolean admin) {
            this(poolId, clientId, authFlow, parameters, sourceIp, admin, null);
        }

        String param(String name) {
            return parameters == null ? null : parameters.get(name);
        }
    }

    // ------------------------------------------------------------------ InitiateAuth

    public Supplier<Outcome> initiate(Attempt a) {
        UserPoolState.AppClient client = clients.require(a.poolId(), a.clientId());
        UserPoolState pool = pools.require(client.client().userPoolId());
        AuthFlow flow = AuthFlow.valueOf(a.authFlow()); // the model's enum was checked before
        // Admin flows only through AdminInitiateAuth, the plain password flow only through InitiateAuth.
        if ((flow.adminOnly() && !a.admin()) || (a.admin() && flow == AuthFlow.USER_PASSWORD_AUTH)) {
            throw new InvalidParameterException("Initiate Auth method not supported.");
        }
        if (flow == AuthFlow.CUSTOM_AUTH && !triggers.configured(pool, Trigger.DefineAuthChallenge)) {
            throw new InvalidParameterException("Custom auth lambda trigger is not configured for the user pool.");
        }
        ClientRules.checkFlowAllowed(client.client(), flow);
        if (flow.refresh()) return refresh(pool, client, a);
        String username = required(a, "USERNAME");
        clients.checkSecretHash(client, a.param("SECRET_HASH"), List.of(username));
        Optional<UserState> found = users.find(pool, username);
        boolean passwordFlow = flow == AuthFlow.USER_PASSWORD_AUTH || flow == AuthFlow.ADMIN_USER_PASSWORD_AUTH || flow == AuthFlow.ADMIN_NO_SRP_AUTH;
        if (found.isEmpty() && passwordFlow && migration.applies(pool)) return migration.migrate(pool, client, a, username, () -> initiate(a));
        Decision<ObjectNode> pre = authTriggers.preAuthentication(pool, client.client().clientId(),
                found.orElse(null), username, "ENABLED".equals(client.client().preventUserExistenceErrors()), a.clientMetadata());
        if (!pre.accepted()) return pre.afterCommit(x -> null);
        if (flow == AuthFlow.CUSTOM_AUTH) return customAuth.start(pool, client, a, found);
        if (flow == AuthFlow.USER_SRP_AUTH) return srpChallenge(pool, client, a, found);
        if (flow == AuthFlow.USER_AUTH) return choiceSignIn(pool, client, a, found);
        String password = required(a, "PASSWORD");
        if (found.isEmpty()) {
            Passwords.matches(decoy.get(), "us-east-1_decoy", "decoy", password);
            throw unknownUser(client);
        }
        UserState user = found.get();
        SignInAttempt attempt = new SignInAttempt(client.client().clientId(), flow.name(), List.of(),
                risk.forSignIn(pool, client.client().clientId(), sourceIp(a), password));
        return actAs(user, a, () -> signIn(pool, client, user, attempt, new Proof.Password(password), a, null));
    }

    /**
     * A password typed on the hosted login page. An unknown user is refused as a wrong password
     * (the hosted page never tells whether a user exists), after the same work.
     */
    public Supplier<Outcome> hostedSignIn(String poolId, String clientId, String username, String password, String sourceIp) {
        UserPoolState.AppClient client = clients.require(poolId, clientId);
        UserPoolState pool = pools.require(poolId);
        Attempt a = new Attempt(poolId, clientId, HOSTED_UI, Map.of("USERNAME", username, "PASSWORD", password), sourceIp, false);
        Optional<UserState> found = users.find(pool, username);
        // PreAuthentication runs as for any sign-in with the client's existence setting; PostAuthentication runs in tokens().
        Decision<ObjectNode> pre = authTriggers.preAuthentication(pool, clientId, found.orElse(null), username,
                "ENABLED".equals(client.client().preventUserExistenceErrors()), null);
        if (!pre.accepted()) return pre.afterCommit(x -> null);
        if (found.isEmpty()) {
            Passwords.matches(decoy.get(), "us-east-1_decoy", "decoy", password);
            throw SignInFailure.WRONG_PASSWORD.error();
        }
        UserState user = found.get();
        return actAs(user, a, () -> signIn(pool, client, user, new SignInAttempt(clientId, HOSTED_UI, List.of()), new Proof.Password(password), a, null));
    }

    /** The answer to a challenge of a hosted sign-in (NEW_PASSWORD_REQUIRED, an MFA code); no SECRET_HASH, the hosted pages act as the client. */
    public Supplier<Outcome> hostedRespond(String poolId, String clientId, String challengeName, Map<String, String> responses, String session,
                                           String sourceIp) {
        return respond(poolId, clientId, challengeName, responses, session, sourceIp, false, true, null);
    }

    /** Where a sign-in comes from: the address its context data names, else the caller's. */
    private static String sourceIp(Attempt a) {
        return a.sourceIp() != null ? a.sourceIp() : AxonRuntime.currentContext().sourceIp();
    }

    /** PASSWORD_VERIFIER for a user, or, for an unknown user when existence errors are hidden, for nobody. */
    Supplier<Outcome> srpChallenge(UserPoolState pool, UserPoolState.AppClient client, Attempt a, Optional<UserState> found) {
        String srpA = required(a, "SRP_A");
        if (found.isEmpty() && !"ENABLED".equals(client.client().preventUserExistenceErrors())) {
            throw new UserNotFoundException("User does not exist.");
        }
        String username = found.map(UserState::username).orElseGet(() -> decoys.username(pool, a.param("USERNAME")));
        SrpPrincipal principal = SrpPrincipal.user(pool.id(), username);
        SrpVerifier verifier = found.map(u -> verifierOf(pool, u)).orElseGet(() -> decoySrp(pool, username));
        if (found.isPresent()) {
            Decision<Void> allowed = actAs(found.get(), a, () -> axon.send(new Commands.StartSignIn(found.get().sub(),
                    new SignInAttempt(client.client().clientId(), a.authFlow(), List.of(),
                            risk.forSignIn(pool, client.client().clientId(), sourceIp(a), null)), clock.instant())));
            if (!allowed.accepted()) return allowed.afterCommit(v -> null);
        }
        String sessionId = ids.uuid();
        String secretBlock = sessions.mint(sessionId, 1);
        SrpServerSession srp;
        try {
            srp = SrpServerSession.start(principal, verifier, srpA, random);
        } catch (RuntimeException e) {
            throw new InvalidParameterException("Invalid SRP_A.");
        }
        SrpStep step = new SrpStep(srp.srpA(), srp.srpB(), srp.privateB(), secretBlock);
        issue(client, found.orElse(null), username, a.authFlow(), ChallengeName.PASSWORD_VERIFIER, sessionId, 1, secrets.seal(Json.write(step)), List.of());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("SALT", verifier.saltHex());
        params.put("SECRET_BLOCK", secretBlock);
        params.put("SRP_B", srp.srpB());
        params.put("USERNAME", username);
        params.put("USER_ID_FOR_SRP", username);
        return () -> new Outcome(null, ChallengeName.PASSWORD_VERIFIER.name(), params, secretBlock);
    }

    // ------------------------------------------------------------------ MFA_SETUP: AssociateSoftwareToken and VerifySoftwareToken with a Session

    /** AssociateSoftwareToken inside a sign-in at MFA_SETUP; answers the Session to verify with (the same step, still open). */
    public Supplier<String> associateSoftwareTokenInSession(String session, String secret) {
        SessionTokens.Ref ref = sessions.parse(session);
        return atMfaSetup(ref, issued -> {
            axon.send(new Commands.AssociateSoftwareTokenInSetup(issued.sub(), ref.sessionId(), secret));
            return () -> session;
        });
    }

    /**
     * VerifySoftwareToken inside a sign-in at MFA_SETUP: the authenticator is verified, the step
     * closed, and MFA_SETUP asked again at the next step, whose Session answers it.
     */
    public Supplier<String> verifySoftwareTokenInSession(String session, String code, String friendlyDeviceName) {
        SessionTokens.Ref ref = sessions.parse(session);
        return atMfaSetup(ref, issued -> {
            axon.send(new Commands.VerifySoftwareTokenInSetup(issued.sub(), ref.sessionId(), code, friendlyDeviceName, clock.instant()));
            axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), true));
            UserPoolState.AppClient client = clients.require(issued.userPoolId(), issued.clientId());
            UserState user = users.bySub(issued.userPoolId(), issued.sub()).orElseThrow(() -> new NotAuthorizedException("Invalid session for the user."));
            issue(client, user, issued.username(), issued.authFlow(), ChallengeName.MFA_SETUP, ref.sessionId(), ref.step() + 1, null,
                    issued.challengePath());
            String next = sessions.mint(ref.sessionId(), ref.step() + 1);
            return () -> next;
        });
    }

    /** Work on a sign-in's open MFA_SETUP step, as its user; an expired step is closed and refused after commit. */
    private Supplier<String> atMfaSetup(SessionTokens.Ref ref, java.util.function.Function<AuthChallengeIssued, Supplier<String>> work) {
        AuthSession.Taken taken = axon.send(new AuthSession.TakeChallenge(ref.sessionId(), ref.step(), null, ChallengeName.MFA_SETUP.name(),
                clock.instant()));
        if (taken.expired()) return () -> {
            throw SignInFailure.SESSION_EXPIRED.error();
        };
        AuthChallengeIssued issued = taken.issued();
        if (issued.sub() == null) throw new NotAuthorizedException("Invalid session for the user.");
        return axon.actingAsUser(issued.sub(), issued.clientId(), null, () -> work.apply(issued));
    }

    // ------------------------------------------------------------------ RespondToAuthChallenge

    public Supplier<Outcome> respond(String poolId, String clientId, String challengeName, Map<String, String> responses,
                                     String session, String sourceIp, boolean admin) {
        return respond(poolId, clientId, challengeName, responses, session, sourceIp, admin, (Map<String, String>) null);
    }

    /** RespondToAuthChallenge with the request's ClientMetadata, which the triggers it fires get. */
    public Supplier<Outcome> respond(String poolId, String clientId, String challengeName, Map<String, String> responses,
                                     String session, String sourceIp, boolean admin, Map<String, String> clientMetadata) {
        return respond(poolId, clientId, challengeName, responses, session, sourceIp, admin, false, clientMetadata);
    }

    private Supplier<Outcome> respond(String poolId, String clientId, String challengeName, Map<String, String> responses,
                                      String session, String sourceIp, boolean admin, boolean hosted, Map<String, String> clientMetadata) {
        UserPoolState.AppClient client = clients.require(poolId, clientId);
        UserPoolState pool = pools.require(client.client().userPoolId());
        Map<String, String> r = responses == null ? Map.of() : responses;
        String token = session != null ? session : r.get("PASSWORD_CLAIM_SECRET_BLOCK");
        if (token == null) throw new InvalidParameterException("Missing required parameter Session");
        SessionTokens.Ref ref = sessions.parse(token);
        AuthSession.Taken taken = axon.send(new AuthSession.TakeChallenge(ref.sessionId(), ref.step(), clientId, challengeName,
                clock.instant()));
        AuthChallengeIssued issued = taken.issued();
        // A hosted sign-in's session is answered on the hosted pages only, and theirs only there.
        if (HOSTED_UI.equals(issued.authFlow()) != hosted) throw new NotAuthorizedException("Invalid session for the user.");
        if (!hosted) clients.checkSecretHash(client, r.get("SECRET_HASH"), List.of(nonNull(r.get("USERNAME")), issued.username()));
        Attempt a = new Attempt(pool.id(), clientId, issued.authFlow(), r, sourceIp, admin, clientMetadata);
        UserState user = issued.sub() == null ? null : users.bySub(pool.id(), issued.sub()).orElse(null);
        if (taken.expired()) {
            if (user != null) actAs(user, a, () -> axon.send(new Commands.RecordSignInFailure(user.sub(), clientId,
                    issued.authFlow(), SignInFailure.SESSION_EXPIRED)));
            return () -> {
                throw SignInFailure.SESSION_EXPIRED.error();
            };
        }
        if (user == null) {
            // A session for nobody (existence errors hidden): do the same work as for a real user, then refuse.
            // (A session of a user deleted since, at a step without SRP state, has nothing to check.)
            if (issued.sealedState() != null && ChallengeName.PASSWORD_VERIFIER.name().equals(issued.challengeName())) {
                SrpStep step = srpStep(issued);
                ClaimVerdict verdict = new SrpServerSession(SrpPrincipal.user(pool.id(), issued.username()), decoySrp(pool, issued.username()),
                        step.srpA(), step.srpB(), step.privateB(), step.secretBlock()).verify(claim(r), clock.instant(), MAX_CLOCK_SKEW);
                if (verdict == ClaimVerdict.MALFORMED_TIMESTAMP) throw User.malformedTimestamp(); // as for a real user
            }
            axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), false));
            return () -> {
                throw SignInFailure.WRONG_PASSWORD.error();
            };
        }
        List<String> path = new ArrayList<>(issued.challengePath());
        path.add(challengeName);
        SignInAttempt attempt = new SignInAttempt(clientId, issued.authFlow(), path);
        return actAs(user, a, () -> switch (ChallengeName.valueOf(challengeName)) {
            case PASSWORD_VERIFIER -> {
                SrpStep step = srpStep(issued);
                Proof.Srp proof = new Proof.Srp(step.srpA(), step.srpB(), step.privateB(), step.secretBlock(), claim(r));
                yield AuthFlow.CUSTOM_AUTH.name().equals(issued.authFlow()) ? customAuth.passwordVerified(pool, client, user, attempt, ref, a, proof)
                        : signIn(pool, client, user, attempt, proof, a, ref);
            }
            case CUSTOM_CHALLENGE -> customAuth.answer(pool, client, user, attempt, ref, a, issued);
            case NEW_PASSWORD_REQUIRED -> newPassword(pool, client, user, attempt, ref, a);
            case SMS_MFA, EMAIL_OTP, SMS_OTP, SOFTWARE_TOKEN_MFA -> answerMfa(pool, client, user, attempt, ref, a, ChallengeName.valueOf(challengeName));
            case SELECT_CHALLENGE -> selectChallenge(pool, client, user, attempt, ref, a);
            case WEB_AUTHN -> answerPasskey(pool, client, user, attempt, ref, a, issued);
            case SELECT_MFA_TYPE -> selectMfa(pool, client, user, attempt, ref, a);
            case MFA_SETUP -> completeMfaSetup(pool, client, user, attempt, ref, a);
            case DEVICE_SRP_AUTH -> deviceSrp(user, ref, a, issued);
            case DEVICE_PASSWORD_VERIFIER -> deviceVerifier(pool, client, user, attempt, ref, a, issued);
            default -> throw new InvalidParameterException("Unsupported challenge " + challengeName);
        });
    }

    /**
     * What an SRP challenge keeps for its answer: only the ephemeral values. The principal and the
     * verifier come from the user when the answer arrives (a password changed in between fails the
     * answer), so the sealed state in the log holds nothing about the person or the password.
     */
    record SrpStep(String srpA, String srpB, String privateB, String secretBlock) {
    }

    private SrpStep srpStep(AuthChallengeIssued issued) {
        return Json.read(secrets.open(issued.sealedState()), SrpStep.class);
    }

    private static PasswordClaim claim(Map<String, String> r) {
        return new PasswordClaim(r.get("PASSWORD_CLAIM_SECRET_BLOCK"), r.get("TIMESTAMP"), r.get("PASSWORD_CLAIM_SIGNATURE"));
    }

    private SrpVerifier verifierOf(UserPoolState pool, UserState user) {
        return user.password() == null ? decoySrp(pool, user.username()) : new SrpVerifier(user.password().salt(), user.password().verifier());
    }

    /** The verifier of nobody, with a SALT stable per typed name, as a real user's is. */
    private SrpVerifier decoySrp(UserPoolState pool, String username) {
        return new SrpVerifier(SrpVerifier.saltHex(decoys.seed(pool, "srp-salt", username)), decoy.get().verifier());
    }

    /**
     * Sends the proof to the user, who judges it (lockout, disabled, the proof, the status) and
     * records the outcome; a challenge step is closed with the verdict. What comes next follows
     * the user's decision.
     */
    private Supplier<Outcome> signIn(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                     Proof proof, Attempt a, SessionTokens.Ref ref) {
        Issue issue = newTokens(pool, client, user.sub(), a);
        NextStep next = NextStep.after(ref, ids);
        MfaCode code = mfaCode(client, next.sessionId());
        Decision<SignInStep> decision = axon.send(new Commands.SignIn(user.sub(), attempt, proof, issue.recorded(),
                temporaryPasswordValidityDays(pool), clock.instant(), code.offer(pool)));
        if (ref != null) axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), decision.accepted()));
        return decision.afterCommit(step -> switch (step) {
            case SIGNED_IN -> tokens(pool, client, user.sub(), issue);
            case NEW_PASSWORD_REQUIRED -> newPasswordChallenge(pool, client, user, attempt, ref);
            case DEVICE_SRP_AUTH -> deviceChallenge(client, user, attempt, next, issue.recorded().deviceKey());
            default -> mfaChallenge(pool, client, user, attempt, next, step, code);
        });
    }

    // ------------------------------------------------------------------ USER_AUTH: choice-based sign-in

    /**
     * USER_AUTH: with a PREFERRED_CHALLENGE the user may take, that first factor at once; otherwise
     * SELECT_CHALLENGE with the AvailableChallenges (the pool's first factors the user has). The
     * User aggregate says which those are, after its lockout and disabled checks. An unknown user
     * is refused as the password flows refuse one (a password or SRP_A given is checked against nobody).
     */
    private Supplier<Outcome> choiceSignIn(UserPoolState pool, UserPoolState.AppClient client, Attempt a, Optional<UserState> found) {
        String preferred = a.param("PREFERRED_CHALLENGE");
        if (found.isEmpty()) {
            if ("PASSWORD_SRP".equals(preferred)) return srpChallenge(pool, client, a, found);
            if ("PASSWORD".equals(preferred)) Passwords.matches(decoy.get(), "us-east-1_decoy", "decoy", required(a, "PASSWORD"));
            throw unknownUser(client);
        }
        UserState user = found.get();
        SignInAttempt attempt = new SignInAttempt(client.client().clientId(), AuthFlow.USER_AUTH.name(), List.of());
        return actAs(user, a, () -> {
            Decision<List<String>> offered = axon.send(new PasswordlessCommands.StartChoiceSignIn(user.sub(), attempt, firstFactors(pool),
                    clock.instant()));
            if (!offered.accepted()) return offered.afterCommit(v -> null);
            if (preferred != null && offered.value().contains(preferred)) return firstFactor(pool, client, user, attempt, preferred, a, null);
            String sessionId = ids.uuid();
            issue(client, user, user.username(), attempt.authFlow(), ChallengeName.SELECT_CHALLENGE, sessionId, 1, null, List.of());
            String session = sessions.mint(sessionId, 1);
            List<String> available = offered.value();
            return () -> new Outcome(null, ChallengeName.SELECT_CHALLENGE.name(), Map.of(), session, available);
        });
    }

    /** SELECT_CHALLENGE's ANSWER: one of the challenges the user may take, then that factor (PASSWORD in the same answer). */
    private Supplier<Outcome> selectChallenge(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                              SessionTokens.Ref ref, Attempt a) {
        String answer = required(a, "ANSWER");
        Decision<List<String>> offered = axon.send(new PasswordlessCommands.StartChoiceSignIn(user.sub(), attempt, firstFactors(pool),
                clock.instant()));
        if (!offered.accepted()) {
            axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), false));
            return offered.afterCommit(v -> null);
        }
        if (!offered.value().contains(answer)) throw new InvalidParameterException("The challenge " + answer + " is not available for the user.");
        return firstFactor(pool, client, user, attempt, answer, a, ref);
    }

    private Supplier<Outcome> firstFactor(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                          String factor, Attempt a, SessionTokens.Ref ref) {
        return switch (factor) {
            case "PASSWORD" -> signIn(pool, client, user, attempt, new Proof.Password(required(a, "PASSWORD")), a, ref);
            case "PASSWORD_SRP" -> {
                if (ref != null) axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), true));
                yield srpChallenge(pool, client, a, Optional.of(user)); // PASSWORD_VERIFIER in a session of its own, as USER_SRP_AUTH's
            }
            case "WEB_AUTHN" -> passkeyChallenge(pool, client, user, attempt, ref);
            default -> codeChallenge(pool, client, user, attempt, ChallengeName.valueOf(factor), ref);
        };
    }

    /** EMAIL_OTP or SMS_OTP as the first factor: the user keeps the code's hash, the delivery SPI sends it, the answer is as an MFA code's. */
    private Supplier<Outcome> codeChallenge(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                            ChallengeName challenge, SessionTokens.Ref ref) {
        NextStep next = NextStep.after(ref, ids);
        MfaCode code = mfaCode(client, next.sessionId());
        Decision<String> sent = axon.send(new PasswordlessCommands.IssueFirstFactorCode(user.sub(), attempt, firstFactors(pool),
                next.sessionId(), challenge.name(), code.hash(), code.expiresAt(), clock.instant()));
        if (ref != null) axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), sent.accepted()));
        return sent.afterCommit(masked -> {
            issue(client, user, user.username(), attempt.authFlow(), challenge, next.sessionId(), next.step(), null, attempt.challengePath());
            DeliveryMedium medium = challenge == ChallengeName.SMS_OTP ? DeliveryMedium.SMS : DeliveryMedium.EMAIL;
            var message = Templates.mfa(pool, user.username(), medium, user.attribute(medium.attribute()), code.code(), clock.instant());
            deliveries.deliverBeforeCommit(new dev.cairn.api.spi.Message(message.userPoolId(), message.username(), message.deliveryMedium(),
                    message.destination(), challenge.name(), message.code(), message.subject(), message.body(), message.sentAt()));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("CODE_DELIVERY_DELIVERY_MEDIUM", medium.name());
            params.put("CODE_DELIVERY_DESTINATION", masked);
            String session = sessions.mint(next.sessionId(), next.step());
            return () -> new Outcome(null, challenge.name(), params, session);
        });
    }

    /** What the WEB_AUTHN step keeps, sealed: the challenge sent and the relying party it was sent for. */
    record PasskeyStep(String challenge, String relyingPartyId) {
    }

    /** WEB_AUTHN: CREDENTIAL_REQUEST_OPTIONS (PublicKeyCredentialRequestOptionsJSON) for the user's passkeys. */
    private Supplier<Outcome> passkeyChallenge(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                               SessionTokens.Ref ref) {
        String rpId = PasskeyOptions.relyingPartyId(pool);
        NextStep next = NextStep.after(ref, ids);
        String challenge = PasskeyDecisions.newChallenge(random);
        if (ref != null) axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), true));
        issue(client, user, user.username(), attempt.authFlow(), ChallengeName.WEB_AUTHN, next.sessionId(), next.step(),
                secrets.seal(Json.write(new PasskeyStep(challenge, rpId))), attempt.challengePath());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CREDENTIAL_REQUEST_OPTIONS", Json.write(PasskeyOptions.request(challenge, rpId, PasskeyOptions.userVerification(pool),
                user.passkeyState())));
        params.put("USERNAME", user.username());
        String session = sessions.mint(next.sessionId(), next.step());
        return () -> new Outcome(null, ChallengeName.WEB_AUTHN.name(), params, session);
    }

    /** WEB_AUTHN's answer: the user verifies the assertion against its passkeys; signed in, or MFA when the passkey did not verify the user. */
    private Supplier<Outcome> answerPasskey(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                            SessionTokens.Ref ref, Attempt a, AuthChallengeIssued issued) {
        String credential = required(a, "CREDENTIAL");
        PasskeyStep step = Json.read(secrets.open(issued.sealedState()), PasskeyStep.class);
        Issue issue = newTokens(pool, client, user.sub(), a);
        NextStep next = NextStep.after(ref, ids);
        MfaCode code = mfaCode(client, next.sessionId());
        Decision<SignInStep> decision = axon.send(new PasswordlessCommands.SignInWithPasskey(user.sub(), attempt, ref.sessionId(), credential,
                step.challenge(), step.relyingPartyId(), "required".equals(PasskeyOptions.userVerification(pool)), issue.recorded(),
                code.offer(pool), clock.instant()));
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), decision.accepted()));
        return decision.afterCommit(s -> s == SignInStep.SIGNED_IN ? tokens(pool, client, user.sub(), issue)
                : mfaChallenge(pool, client, user, attempt, next, s, code));
    }

    private static List<String> firstFactors(UserPoolState pool) {
        return dev.cairn.core.passwordless.FirstFactors.allowed(pool);
    }

    // ------------------------------------------------------------------ devices: DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER

    /** The sign-in named a remembered device: it proves its secret by SRP next. */
    private Supplier<Outcome> deviceChallenge(UserPoolState.AppClient client, UserState user, SignInAttempt attempt, NextStep next,
                                              String deviceKey) {
        issue(client, user, user.username(), attempt.authFlow(), ChallengeName.DEVICE_SRP_AUTH, next.sessionId(), next.step(),
                secrets.seal(Json.write(new DeviceStep(null, deviceKey))), attempt.challengePath());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("USERNAME", user.username());
        params.put("DEVICE_KEY", deviceKey);
        String session = sessions.mint(next.sessionId(), next.step());
        return () -> new Outcome(null, ChallengeName.DEVICE_SRP_AUTH.name(), params, session);
    }

    /**
     * What the device steps keep, sealed: the device the sign-in named, so a later step cannot
     * switch to another, and (at DEVICE_PASSWORD_VERIFIER) the SRP server's ephemeral values.
     */
    record DeviceStep(SrpStep srp, String deviceKey) {
    }

    /** The sealed step, if the answer names the device the sign-in named; else the session is refused. */
    private DeviceStep deviceStep(AuthChallengeIssued issued, String deviceKey) {
        DeviceStep step = Json.read(secrets.open(issued.sealedState()), DeviceStep.class);
        if (!step.deviceKey().equals(deviceKey)) throw new NotAuthorizedException("Invalid session for the user.");
        return step;
    }

    /** DEVICE_SRP_AUTH's answer (SRP_A): the server's SRP values for the device, asked as DEVICE_PASSWORD_VERIFIER. */
    private Supplier<Outcome> deviceSrp(UserState user, SessionTokens.Ref ref, Attempt a, AuthChallengeIssued issued) {
        String deviceKey = deviceStep(issued, required(a, "DEVICE_KEY")).deviceKey();
        String srpA = required(a, "SRP_A");
        Devices.Device device = axon.send(new Commands.StartDeviceSignIn(user.sub(), deviceKey));
        NextStep next = NextStep.after(ref, ids);
        String secretBlock = sessions.mint(next.sessionId(), next.step());
        SrpServerSession srp;
        try {
            srp = SrpServerSession.start(SrpPrincipal.device(device.deviceGroupKey(), deviceKey), new SrpVerifier(device.salt(), device.verifier()),
                    srpA, random);
        } catch (RuntimeException e) {
            throw new InvalidParameterException("Invalid SRP_A.");
        }
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), true));
        SrpStep step = new SrpStep(srp.srpA(), srp.srpB(), srp.privateB(), secretBlock);
        UserPoolState.AppClient client = clients.require(issued.userPoolId(), issued.clientId());
        List<String> path = new ArrayList<>(issued.challengePath());
        path.add(ChallengeName.DEVICE_SRP_AUTH.name());
        issue(client, user, user.username(), issued.authFlow(), ChallengeName.DEVICE_PASSWORD_VERIFIER, next.sessionId(), next.step(),
                secrets.seal(Json.write(new DeviceStep(step, deviceKey))), path);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("SALT", device.salt());
        params.put("SECRET_BLOCK", secretBlock);
        params.put("SRP_B", srp.srpB());
        params.put("USERNAME", user.username());
        params.put("DEVICE_KEY", deviceKey);
        return () -> new Outcome(null, ChallengeName.DEVICE_PASSWORD_VERIFIER.name(), params, secretBlock);
    }

    /** DEVICE_PASSWORD_VERIFIER's answer: the device's proof, then signed in (or MFA, unless the remembered device skips it). */
    private Supplier<Outcome> deviceVerifier(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                             SessionTokens.Ref ref, Attempt a, AuthChallengeIssued issued) {
        String deviceKey = required(a, "DEVICE_KEY");
        SrpStep srp = deviceStep(issued, deviceKey).srp();
        Issue issue = newTokens(pool, client, user.sub(), a).from("TokenGeneration_AuthenticateDevice");
        NextStep next = NextStep.after(ref, ids);
        MfaCode code = mfaCode(client, next.sessionId());
        var devices = pool.settings().deviceConfiguration();
        boolean skips = devices != null && Boolean.TRUE.equals(devices.challengeRequiredOnNewDevice());
        Decision<SignInStep> decision = axon.send(new Commands.SignInWithDevice(user.sub(), attempt, deviceKey,
                new Proof.Srp(srp.srpA(), srp.srpB(), srp.privateB(), srp.secretBlock(), claim(a.parameters())), issue.recorded(), skips,
                code.offer(pool), clock.instant()));
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), decision.accepted()));
        return decision.afterCommit(step -> step == SignInStep.SIGNED_IN ? tokens(pool, client, user.sub(), issue)
                : mfaChallenge(pool, client, user, attempt, next, step, code));
    }

    // ------------------------------------------------------------------ second factors

    /** Where the next challenge of a sign-in goes: the session's next step, or a new session's first. */
    record NextStep(String sessionId, int step) {
        static NextStep after(SessionTokens.Ref ref, Ids ids) {
            return ref != null ? new NextStep(ref.sessionId(), ref.step() + 1) : new NextStep(ids.uuid(), 1);
        }
    }

    /** A code minted before the user decides whether to send one, kept by the user only as its keyed hash. */
    private record MfaCode(String code, String hash, String sessionId, Instant expiresAt) {
        MfaChallenges.Offer offer(UserPoolState pool) {
            return new MfaChallenges.Offer(pool.mfaMode(), pool.mfa(), sessionId, hash, expiresAt);
        }
    }

    private MfaCode mfaCode(UserPoolState.AppClient client, String sessionId) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        return new MfaCode(code, mfaCodeHash(sessionId, code), sessionId,
                clock.instant().plus(Duration.ofMinutes(client.client().authSessionValidity())));
    }

    private String mfaCodeHash(String sessionId, String code) {
        return java.util.HexFormat.of().formatHex(secrets.mac("cairn-mfa-code:" + sessionId, code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The user asked a second factor: the challenge goes out with Cognito's ChallengeParameters, and
     * an SMS or email code to the user's phone or address through the delivery SPI.
     */
    private Supplier<Outcome> mfaChallenge(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                           NextStep next, SignInStep step, MfaCode code) {
        ChallengeName challenge = ChallengeName.valueOf(step.name());
        issue(client, user, user.username(), attempt.authFlow(), challenge, next.sessionId(), next.step(), null, attempt.challengePath());
        Map<String, String> params = new LinkedHashMap<>();
        if (step == SignInStep.SMS_MFA || step == SignInStep.EMAIL_OTP) {
            DeliveryMedium medium = step == SignInStep.SMS_MFA ? DeliveryMedium.SMS : DeliveryMedium.EMAIL;
            String destination = user.attribute(medium.attribute());
            messages.deliver(pool, Templates.mfa(pool, user.username(), medium, destination, code.code(), clock.instant()),
                    MessageTriggers.Occasion.Authentication, user.sub(), user.attributes(), null);
            params.put("CODE_DELIVERY_DELIVERY_MEDIUM", medium.name());
            params.put("CODE_DELIVERY_DESTINATION", Masking.mask(medium, destination));
        }
        if (step == SignInStep.SELECT_MFA_TYPE) params.put("MFAS_CAN_CHOOSE", Json.write(MfaChallenges.usable(user.mfaState(), pool.mfa(), user.attributes())));
        if (step == SignInStep.MFA_SETUP) params.put("MFAS_CAN_SETUP", Json.write(pool.mfa().factors()));
        params.put("USER_ID_FOR_SRP", user.username());
        String session = sessions.mint(next.sessionId(), next.step());
        return () -> new Outcome(null, challenge.name(), params, session);
    }

    /** SMS_MFA, EMAIL_OTP, SOFTWARE_TOKEN_MFA: a wrong code leaves the step open for another try, until too many. */
    private Supplier<Outcome> answerMfa(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                        SessionTokens.Ref ref, Attempt a, ChallengeName challenge) {
        String code = required(a, challenge.name() + "_CODE");
        Issue issue = newTokens(pool, client, user.sub(), a);
        String hash = challenge == ChallengeName.SOFTWARE_TOKEN_MFA ? null : mfaCodeHash(ref.sessionId(), code);
        Decision<SignInStep> decision = axon.send(new Commands.AnswerMfa(user.sub(), attempt, ref.sessionId(), challenge.name(),
                code, hash, issue.recorded(), clock.instant()));
        if (decision.accepted() || decision.refusal() instanceof NotAuthorizedException) {
            axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), decision.accepted()));
        }
        return decision.afterCommit(step -> tokens(pool, client, user.sub(), issue));
    }

    /** SELECT_MFA_TYPE: the chosen factor is challenged next. */
    private Supplier<Outcome> selectMfa(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                        SessionTokens.Ref ref, Attempt a) {
        String choice = required(a, "ANSWER");
        NextStep next = NextStep.after(ref, ids);
        MfaCode code = mfaCode(client, ref.sessionId());
        SignInStep step = axon.send(new Commands.SelectMfa(user.sub(), choice, code.offer(pool)));
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), true));
        return mfaChallenge(pool, client, user, attempt, next, step, code);
    }

    /** MFA_SETUP's answer, once an authenticator was verified with the session: TOTP is on and the user signed in. */
    private Supplier<Outcome> completeMfaSetup(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                               SessionTokens.Ref ref, Attempt a) {
        Issue issue = newTokens(pool, client, user.sub(), a);
        Decision<SignInStep> decision = axon.send(new Commands.CompleteMfaSetup(user.sub(), attempt, ref.sessionId(), issue.recorded(),
                clock.instant()));
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), decision.accepted()));
        return decision.afterCommit(step -> tokens(pool, client, user.sub(), issue));
    }

    private Supplier<Outcome> newPassword(UserPoolState pool, UserPoolState.AppClient client, UserState user, SignInAttempt attempt,
                                          SessionTokens.Ref ref, Attempt a) {
        String password = required(a, "NEW_PASSWORD");
        Passwords.check(pool.settings().policies().passwordPolicy(), password);
        Map<String, String> given = new LinkedHashMap<>();
        a.parameters().forEach((k, v) -> {
            if (k.startsWith("userAttributes.")) given.put(k.substring("userAttributes.".length()), v);
        });
        Map<String, String> attributes = AttributeRules.checkWrite(pool, Json.MAPPER.convertValue(
                given.entrySet().stream().map(e -> Map.of("Name", e.getKey(), "Value", e.getValue())).toList(),
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, dev.cairn.api.model.AttributeType.class)), false);
        Issue issue = newTokens(pool, client, user.sub(), a).from("TokenGeneration_NewPasswordChallenge");
        NextStep next = NextStep.after(ref, ids);
        MfaCode code = mfaCode(client, next.sessionId());
        Decision<SignInStep> decision = axon.send(new Commands.CompleteNewPassword(user.sub(), pool, attempt, attributes,
                Passwords.verifier(pool.id(), user.username(), password, random), issue.recorded(), clock.instant(), code.offer(pool)));
        axon.send(new AuthSession.CloseChallenge(ref.sessionId(), ref.step(), decision.accepted()));
        return decision.afterCommit(step -> step == SignInStep.SIGNED_IN ? tokens(pool, client, user.sub(), issue)
                : mfaChallenge(pool, client, user, attempt, next, step, code));
    }

    /** The password was right but temporary: the session goes on to NEW_PASSWORD_REQUIRED. */
    private Supplier<Outcome> newPasswordChallenge(UserPoolState pool, UserPoolState.AppClient client, UserState user,
                                                   SignInAttempt attempt, SessionTokens.Ref previous) {
        String sessionId = previous != null ? previous.sessionId() : ids.uuid();
        int step = previous != null ? previous.step() + 1 : 1;
        issue(client, user, user.username(), attempt.authFlow(), ChallengeName.NEW_PASSWORD_REQUIRED, sessionId, step, null, attempt.challengePath());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("USER_ID_FOR_SRP", user.username());
        params.put("requiredAttributes", Json.write(AttributeRules.missingRequired(pool, user.attributes()).stream()
                .map(n -> "userAttributes." + n).toList()));
        Map<String, String> shown = new LinkedHashMap<>(user.attributes());
        shown.remove("sub");
        params.put("userAttributes", Json.write(shown));
        String session = sessions.mint(sessionId, step);
        return () -> new Outcome(null, ChallengeName.NEW_PASSWORD_REQUIRED.name(), params, session);
    }

    /** The tokens a sign-in is about to issue: minted before the user decides, recorded by it if it accepts. */
    record Issue(String originJti, String refreshToken, Instant at, NewTokens recorded, Map<String, String> clientMetadata,
                 String tokenSource, boolean hosted) {
        Issue(String originJti, String refreshToken, Instant at, NewTokens recorded, Map<String, String> clientMetadata, String tokenSource) {
            this(originJti, refreshToken, at, recorded, clientMetadata, tokenSource, false);
        }

        /** The PreTokenGeneration trigger source these tokens are issued under. */
        Issue from(String source) {
            return new Issue(originJti, refreshToken, at, recorded, clientMetadata, source, hosted);
        }
    }

    Issue newTokens(UserPoolState pool, UserPoolState.AppClient client, String sub, Attempt a) {
        Instant now = clock.instant();
        String originJti = ids.uuid();
        if (HOSTED_UI.equals(a.authFlow())) {
            return new Issue(originJti, null, now, new NewTokens(originJti, null, null, null, null), a.clientMetadata(), null, true);
        }
        String refresh = refreshTokens.mint(pool.id(), sub, originJti);
        String deviceKey = a.param("DEVICE_KEY");
        // A pool that tracks devices gives a sign-in from an unnamed device a new device key (NewDeviceMetadata).
        String newGroupKey = deviceKey == null && pool.settings().deviceConfiguration() != null ? ids.deviceGroupKey() : null;
        if (newGroupKey != null) deviceKey = ids.deviceKey(pool.id().substring(0, pool.id().indexOf('_')));
        return new Issue(originJti, refresh, now, new NewTokens(originJti, RefreshTokens.hash(refresh),
                now.plus(TokenIssuer.refreshValidity(client.client())), deviceKey, newGroupKey), a.clientMetadata(), "TokenGeneration_Authentication");
    }

    /**
     * Tokens are signed after commit, from the user's latest state. Before that, in the sign-in's unit
     * of work, PostAuthentication and PreTokenGeneration run (the user as it stood when the sign-in
     * started); the second's answer changes the tokens. A sign-in on the hosted pages issues no tokens
     * here (they go out at /oauth2/token) and answers its user.
     */
    Supplier<Outcome> tokens(UserPoolState pool, UserPoolState.AppClient client, String sub, Issue issue) {
        UserState before = users.bySub(pool.id(), sub).orElseThrow();
        String clientId = client.client().clientId();
        if (triggers.configured(pool, Trigger.PostAuthentication)) {
            var post = authTriggers.postAuthentication(pool, clientId, before, issue.recorded().newDeviceGroupKey() != null, issue.clientMetadata());
            if (!post.accepted()) return post.afterCommit(x -> null);
        }
        if (issue.hosted()) return () -> new Outcome(null, null, null, null, null, sub);
        Decision<TokenOverrides> overrides = authTriggers.preTokenGeneration(pool, clientId, before, issue.tokenSource(), issue.clientMetadata(),
                List.of(TokenIssuer.ADMIN_SCOPE));
        if (!overrides.accepted()) return overrides.afterCommit(x -> null);
        return () -> {
            UserState user = users.bySub(pool.id(), sub).orElseThrow();
            UserPoolState current = pools.require(pool.id());
            AuthenticationResultType result = this.tokens.issue(current, client.client(), user, issue.originJti(), issue.at(), issue.at(),
                    issue.refreshToken(), overrides.value());
            NewTokens t = issue.recorded();
            return Outcome.signedIn(t.newDeviceGroupKey() == null ? result : result.toBuilder().newDeviceMetadata(
                    NewDeviceMetadataType.builder().deviceKey(t.deviceKey()).deviceGroupKey(t.newDeviceGroupKey()).build()).build());
        };
    }

    private Supplier<Outcome> refresh(UserPoolState pool, UserPoolState.AppClient client, Attempt a) {
        RefreshTokens.Contents token = refreshTokens.open(required(a, "REFRESH_TOKEN"))
                .filter(t -> t.userPoolId().equals(pool.id()))
                .orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        UserState user = users.bySub(pool.id(), token.sub()).orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        clients.checkSecretHash(client, a.param("SECRET_HASH"), List.of(nonNull(a.param("USERNAME")), user.username(), user.sub()));
        return refreshed(pool, client, a, token, user);
    }

    /**
     * The refresh_token grant of a pool domain's token endpoint, for a client the endpoint already
     * authenticated (by its secret, not a SECRET_HASH): the same refresh as REFRESH_TOKEN_AUTH.
     *
     * @throws NotAuthorizedException for a refresh token that is not live for this client in this pool
     * @throws InvalidParameterException when the client does not allow refresh
     */
    public Supplier<Outcome> refreshForTokenEndpoint(String poolId, UserPoolState.AppClient client, String refreshToken) {
        // A rotating client refreshes at the token endpoint as GetTokensFromRefreshToken does: with a new refresh token.
        if (dev.cairn.core.userpool.ClientSettings.rotates(client.client())) return refreshOrRotate(pools.require(poolId), client, refreshToken, null, null);
        ClientRules.checkFlowAllowed(client.client(), AuthFlow.REFRESH_TOKEN_AUTH);
        UserPoolState pool = pools.require(poolId);
        Attempt a = new Attempt(poolId, client.client().clientId(), AuthFlow.REFRESH_TOKEN_AUTH.name(), Map.of("REFRESH_TOKEN", refreshToken), null, false);
        RefreshTokens.Contents token = refreshTokens.open(refreshToken).filter(t -> t.userPoolId().equals(pool.id()))
                .orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        UserState user = users.bySub(pool.id(), token.sub()).orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        return refreshed(pool, client, a, token, user);
    }

    private Supplier<Outcome> refreshed(UserPoolState pool, UserPoolState.AppClient client, Attempt a, RefreshTokens.Contents token, UserState user) {
        Instant now = clock.instant();
        // The live refresh tokens are the aggregate's to judge: the read model does not keep them.
        SignInState.RefreshToken kept = actAs(user, a, () -> axon.send(new Commands.UseRefreshToken(user.sub(), token.originJti(),
                token.hash(), client.client().clientId(), a.param("DEVICE_KEY"), now)));
        Decision<TokenOverrides> overrides = actAs(user, a, () -> authTriggers.preTokenGeneration(pool, client.client().clientId(), user,
                "TokenGeneration_RefreshTokens", a.clientMetadata(), List.of(TokenIssuer.ADMIN_SCOPE)));
        if (!overrides.accepted()) return overrides.afterCommit(x -> null);
        return () -> Outcome.signedIn(tokens.issue(pools.require(pool.id()), client.client(),
                users.bySub(pool.id(), user.sub()).orElseThrow(), token.originJti(), kept.authTime(), now, null, overrides.value()));
    }

    // ------------------------------------------------------------------ GetTokensFromRefreshToken

    /**
     * GetTokensFromRefreshToken: new ID and access tokens for a live refresh token of this client
     * (a confidential client gives its ClientSecret). With the client's RefreshTokenRotation ENABLED,
     * also a new refresh token of the same family and expiry; the one given in stays usable for the
     * client's RetryGracePeriodSeconds, and used after that revokes the family (the User aggregate
     * decides, and records that before the refusal is raised).
     */
    public Supplier<Outcome> getTokensFromRefreshToken(String clientId, String refreshToken, String clientSecret, String deviceKey,
                                                       String sourceIp) {
        UserPoolState.AppClient client = clients.require(null, clientId);
        UserPoolState pool = pools.require(client.client().userPoolId());
        if (client.confidential() && !clients.secretMatches(client, clientSecret)) {
            throw new NotAuthorizedException("Unable to verify secret for client " + clientId); // wording ours
        }
        return refreshOrRotate(pool, client, refreshToken, deviceKey, sourceIp);
    }

    private Supplier<Outcome> refreshOrRotate(UserPoolState pool, UserPoolState.AppClient client, String refreshToken, String deviceKey,
                                              String sourceIp) {
        String clientId = client.client().clientId();
        RefreshTokens.Contents token = refreshTokens.open(refreshToken).filter(t -> t.userPoolId().equals(pool.id()))
                .orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        UserState user = users.bySub(pool.id(), token.sub()).orElseThrow(() -> new NotAuthorizedException("Invalid Refresh Token"));
        var rotation = client.client().refreshTokenRotation();
        boolean rotate = rotation != null && "ENABLED".equals(rotation.feature());
        int grace = rotate && rotation.retryGracePeriodSeconds() != null ? rotation.retryGracePeriodSeconds() : 0;
        String next = rotate ? refreshTokens.mint(pool.id(), user.sub(), token.originJti()) : null;
        Instant now = clock.instant();
        Attempt a = new Attempt(pool.id(), clientId, "GetTokensFromRefreshToken", Map.of(), sourceIp, false);
        Decision<SignInState.RefreshToken> kept = actAs(user, a, () -> axon.send(new RefreshTokenCommands.RefreshWithRotation(user.sub(),
                token.originJti(), token.hash(), clientId, deviceKey, rotate, next == null ? null : RefreshTokens.hash(next), grace, now)));
        if (!kept.accepted()) return kept.afterCommit(k -> null);
        Decision<TokenOverrides> overrides = actAs(user, a, () -> authTriggers.preTokenGeneration(pool, clientId, user,
                "TokenGeneration_RefreshTokens", a.clientMetadata(), List.of(TokenIssuer.ADMIN_SCOPE)));
        if (!overrides.accepted()) return overrides.afterCommit(x -> null);
        return () -> Outcome.signedIn(tokens.issue(pools.require(pool.id()), client.client(),
                users.bySub(pool.id(), user.sub()).orElseThrow(), token.originJti(), kept.value().authTime(), now, next, overrides.value()));
    }

    void issue(UserPoolState.AppClient client, UserState user, String username, String flow, ChallengeName challenge,
                       String sessionId, int step, String sealedState, List<String> path) {
        Instant expires = clock.instant().plus(Duration.ofMinutes(client.client().authSessionValidity()));
        var issued = new AuthChallengeIssued(sessionId, client.client().userPoolId(), client.client().clientId(),
                user == null ? null : user.sub(), username, flow, challenge.name(), step, sealedState, expires, path);
        axon.send(step == 1 ? new AuthSession.StartSession(sessionId, issued) : new AuthSession.IssueChallenge(sessionId, issued));
    }

    <T> T actAs(UserState user, Attempt a, Supplier<T> work) {
        return axon.actingAsUser(user.sub(), a.clientId(), a.sourceIp(), work);
    }

    private static int temporaryPasswordValidityDays(UserPoolState pool) {
        Integer days = pool.settings().policies().passwordPolicy().temporaryPasswordValidityDays();
        return days == null ? 7 : days;
    }

    private static CognitoException unknownUser(UserPoolState.AppClient client) {
        return "ENABLED".equals(client.client().preventUserExistenceErrors())
                ? SignInFailure.WRONG_PASSWORD.error() : new UserNotFoundException("User does not exist.");
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
