package dev.cairn.core.user;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.ExpiredCodeException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UnauthorizedException;
import dev.cairn.api.event.AttributeChangePending;
import dev.cairn.api.event.AttributeVerified;
import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.CodeMismatched;
import dev.cairn.api.event.MessageSent;
import dev.cairn.api.event.PasswordResetRequired;
import dev.cairn.api.event.ProviderLinked;
import dev.cairn.api.event.ProviderUnlinked;
import dev.cairn.api.event.RefreshTokenRevoked;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.SignedOutGlobally;
import dev.cairn.api.event.TokensRefreshed;
import dev.cairn.api.event.PasswordSet;
import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.api.event.UserAddedToGroup;
import dev.cairn.api.event.UserAttributesDeleted;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.event.UserDisabled;
import dev.cairn.api.event.UserEnabled;
import dev.cairn.api.event.UserRemovedFromGroup;
import dev.cairn.api.event.UserSignUpConfirmed;
import dev.cairn.core.engine.Decision;
import dev.cairn.api.event.DeviceKeyIssued;
import dev.cairn.core.device.DeviceDecisions;
import dev.cairn.core.mfa.MfaChallenges;
import dev.cairn.core.srp.ClaimVerdict;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.core.srp.SrpServerSession;
import dev.cairn.core.srp.SrpVerifier;
import dev.cairn.core.userpool.UserPoolState;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * The user aggregate, keyed by the immutable sub: attributes, status, credentials and group
 * memberships. Requests are checked against the pool's schema before they get here; this decides
 * everything the user's own state decides: the lockout, whether a password or its SRP proof is
 * right, what the user's status allows, whether a one-time code is right, spent or expired and
 * how often codes may be sent, whether a refresh token is live, and which sign-in keys change
 * hands. A refusal that counts (a wrong password, a wrong code) applies its event and is returned
 * as a {@link Decision}; the caller raises it once the event is committed. Second factors and
 * devices are decided by its members {@link UserSecondFactors} and {@link UserDevices}, over the
 * same state.
 */
public class User {

    /** Cognito refuses a code after this many wrong guesses... */
    static final int MAX_CODE_FAILURES = 5;
    /** ...and sends at most this many codes of one purpose an hour. */
    static final int MAX_CODE_SENDS_PER_HOUR = 5;
    /** How far an SRP client's TIMESTAMP may be from the server's clock. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String WRONG_CODE = "Invalid verification code provided, please try again.";

    @AggregateIdentifier
    private String sub;
    private UserState state;
    /** Second factors and devices: their command handlers, beside this class so it stays about the user's own rules. */
    @AggregateMember
    private final UserSecondFactors secondFactors = new UserSecondFactors(this);
    @AggregateMember
    private final UserDevices devices = new UserDevices(this);
    @AggregateMember
    private final UserPasswordless passwordless = new UserPasswordless(this);
    @AggregateMember
    private final UserRefreshTokens refreshTokens = new UserRefreshTokens(this);

    User() {
        // for Axon
    }

    @CommandHandler
    User(Commands.CreateUser c) {
        Map<String, String> attributes = c.preSignUp().attributes(c.attributes());
        List<UniqueKey> claimed = List.copyOf(UserClaims.of(c.pool(), c.username(), attributes));
        apply(new UserCreated(c.pool().id(), c.sub(), c.username(), attributes, c.preSignUp().status(c.userStatus()).name(), c.password(), claimed));
    }

    @CommandHandler
    void handle(Commands.UpdateAttributes c) {
        updateAttributes(c.pool(), c.attributes());
    }

    private void updateAttributes(UserPoolState pool, Map<String, String> attributes) {
        Map<String, String> next = new LinkedHashMap<>(state.attributes());
        next.putAll(attributes);
        Map<String, String> changed = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (!v.equals(state.attribute(k))) changed.put(k, v);
        });
        // A changed email or phone is unverified unless the same request says otherwise.
        for (String a : List.of("email", "phone_number")) {
            if (changed.containsKey(a) && !attributes.containsKey(a + "_verified") && state.attribute(a + "_verified") != null
                    && !"false".equals(state.attribute(a + "_verified"))) {
                changed.put(a + "_verified", "false");
                next.put(a + "_verified", "false");
            }
        }
        if (changed.isEmpty()) return;
        Set<UniqueKey> before = UserClaims.of(pool, state.username(), state.attributes());
        Set<UniqueKey> after = UserClaims.of(pool, state.username(), next);
        apply(new UserAttributesUpdated(state.userPoolId(), sub, changed, UserClaims.minus(after, before), UserClaims.minus(before, after)));
    }

    @CommandHandler
    void handle(Commands.DeleteAttributes c) {
        List<String> present = new ArrayList<>(c.names().stream().filter(state.attributes()::containsKey).distinct().toList());
        if (present.isEmpty()) return;
        Map<String, String> next = new LinkedHashMap<>(state.attributes());
        present.forEach(next::remove);
        Set<UniqueKey> before = UserClaims.of(c.pool(), state.username(), state.attributes());
        Set<UniqueKey> after = UserClaims.of(c.pool(), state.username(), next);
        apply(new UserAttributesDeleted(state.userPoolId(), sub, present, UserClaims.minus(before, after)));
    }

    /** Cognito's limit of provider identities linked to one user. */
    static final int MAX_LINKED_IDENTITIES = 5;

    @CommandHandler
    void handle(Commands.LinkProvider c) {
        if (state.userStatus() == UserStatus.EXTERNAL_PROVIDER) {
            // Wording Cairn's own: a link's destination is a user of the pool itself.
            throw new InvalidParameterException("DestinationUser must be a native user of the user pool, not a federated user.");
        }
        UniqueKey key = Identities.key(c.providerName(), c.providerAttributeName(), c.providerAttributeValue());
        if (Identities.holds(state.attributes(), key)) throw FederationRefusals.alreadyLinked();
        if (Identities.of(state.attributes()).size() >= MAX_LINKED_IDENTITIES) {
            throw new LimitExceededException("A user can be linked to at most " + MAX_LINKED_IDENTITIES + " federated identities.");
        }
        apply(new ProviderLinked(state.userPoolId(), sub, c.providerName(), c.providerType(), c.providerAttributeName(),
                c.providerAttributeValue(), List.of(key)));
    }

    @CommandHandler
    void handle(Commands.AcceptFederatedSignIn c) {
        if (!state.enabled()) throw new NotAuthorizedException("User is disabled.");
        if (state.userStatus() == UserStatus.EXTERNAL_PROVIDER) updateAttributes(c.pool(), c.mappedAttributes());
    }

    @CommandHandler
    void handle(Commands.UnlinkProvider c) {
        UniqueKey key = Identities.key(c.providerName(), c.providerAttributeName(), c.providerAttributeValue());
        if (!Identities.holds(state.attributes(), key)) return;
        if (state.userStatus() == UserStatus.EXTERNAL_PROVIDER) {
            // A federated user's own identity is the user: disabling the provider for it disables the user.
            if (state.enabled()) apply(new UserDisabled(state.userPoolId(), sub));
            return;
        }
        apply(new ProviderUnlinked(state.userPoolId(), sub, c.providerName(), c.providerAttributeName(), c.providerAttributeValue(), List.of(key)));
    }

    @CommandHandler
    void handle(Commands.DisableUser c) {
        if (state.enabled()) apply(new UserDisabled(state.userPoolId(), sub));
    }

    @CommandHandler
    void handle(Commands.EnableUser c) {
        if (!state.enabled()) apply(new UserEnabled(state.userPoolId(), sub));
    }

    @CommandHandler
    void handle(Commands.ConfirmSignUp c) {
        requireUnconfirmed();
        apply(new UserSignUpConfirmed(state.userPoolId(), sub));
    }

    @CommandHandler
    Decision<Void> handle(Commands.ConfirmSignUpWithCode c) {
        if (state.userStatus() != UserStatus.UNCONFIRMED) {
            // Never the status in the message: it would tell a stranger the account exists and how it stands.
            throw c.hideExistence() ? new CodeMismatchException(WRONG_CODE) : new NotAuthorizedException("User cannot be confirmed.");
        }
        Decision<Void> code = useCode(CodePurpose.SIGN_UP, null, c.codeHash(), c.now());
        if (code.accepted()) apply(new UserSignUpConfirmed(state.userPoolId(), sub));
        return code;
    }

    private void requireUnconfirmed() {
        if (state.userStatus() != UserStatus.UNCONFIRMED) {
            throw new NotAuthorizedException("User cannot be confirmed. Current status is " + state.userStatus());
        }
    }

    @CommandHandler
    void handle(Commands.SetPassword c) {
        apply(new PasswordSet(state.userPoolId(), sub, c.password(), c.permanent()));
    }

    @CommandHandler
    void handle(Commands.RequirePasswordReset c) {
        if (state.userStatus() == UserStatus.UNCONFIRMED) {
            throw new NotAuthorizedException("User password cannot be reset in the current state.");
        }
        apply(new PasswordResetRequired(state.userPoolId(), sub));
    }

    @CommandHandler
    void handle(Commands.AddToGroup c) {
        if (!state.groups().contains(c.groupName())) apply(new UserAddedToGroup(state.userPoolId(), sub, c.groupName()));
    }

    @CommandHandler
    void handle(Commands.RemoveFromGroup c) {
        if (state.groups().contains(c.groupName())) {
            apply(new UserRemovedFromGroup(state.userPoolId(), sub, c.groupName(), c.reason()));
        }
    }

    @CommandHandler
    void handle(Commands.RecordMessageSent c) {
        apply(new MessageSent(state.userPoolId(), sub, c.purpose(), c.deliveryMedium(), c.maskedDestination()));
    }

    @CommandHandler
    SignInState.RefreshToken handle(Commands.UseRefreshToken c) {
        SignInState signIn = state.signInState();
        SignInState.RefreshToken kept = signIn.refreshTokens().get(c.originJti());
        if (kept == null) {
            throw new NotAuthorizedException(signIn.revokedOrigins().containsKey(c.originJti())
                    ? "Refresh Token has been revoked" : "Invalid Refresh Token");
        }
        if (!kept.hash().equals(c.tokenHash()) || !kept.clientId().equals(c.clientId())
                || (kept.deviceKey() != null && !kept.deviceKey().equals(c.deviceKey()))) {
            throw new NotAuthorizedException("Invalid Refresh Token");
        }
        if (!c.now().isBefore(kept.expiresAt())) throw new NotAuthorizedException("Refresh Token has expired");
        if (!state.enabled()) throw new NotAuthorizedException("User is disabled.");
        apply(new TokensRefreshed(state.userPoolId(), sub, c.clientId(), c.originJti()));
        return kept;
    }

    @CommandHandler
    void handle(Commands.SignOutGlobally c) {
        apply(new SignedOutGlobally(state.userPoolId(), sub));
    }

    @CommandHandler
    void handle(Commands.RevokeRefreshToken c) {
        SignInState.RefreshToken kept = state.signInState().refreshTokens().get(c.originJti());
        if (kept == null || !kept.hash().equals(c.tokenHash())) return; // already dead: revoking succeeds, as Cognito's does
        if (!kept.clientId().equals(c.clientId())) throw new UnauthorizedException("The token was not issued to this client.");
        apply(new RefreshTokenRevoked(state.userPoolId(), sub, c.originJti()));
    }

    @CommandHandler
    void handle(Commands.VerifyAttribute c) {
        verify(c.pool(), c.attributeName());
    }

    @CommandHandler
    void handle(Commands.RequestAttributeChange c) {
        apply(new AttributeChangePending(state.userPoolId(), sub, c.attributeName(), c.value()));
    }

    @CommandHandler
    void handle(Commands.DeleteUser c) {
        List<UniqueKey> released = List.copyOf(UserClaims.of(c.pool(), state.username(), state.attributes()));
        apply(new UserDeleted(state.userPoolId(), sub, state.username(), released));
    }

    // ------------------------------------------------------------------ sign-in: lockout, proof, status

    @CommandHandler
    Decision<Void> handle(Commands.StartSignIn c) {
        SignInFailure refused = riskBeforeProof(c.attempt().risk());
        if (refused == null) refused = refusalBeforeProof(c.now());
        return refused != null ? fail(c.attempt(), refused) : Decision.accept();
    }

    @CommandHandler
    Decision<SignInStep> handle(Commands.SignIn c) {
        SignInFailure refused = riskBeforeProof(c.attempt().risk());
        if (refused == null) refused = refusalBeforeProof(c.now());
        if (refused != null) return fail(c.attempt(), refused);
        if (!proves(c.proof(), c.now())) return fail(c.attempt(), SignInFailure.WRONG_PASSWORD);
        if (compromised(c.attempt().risk())) return fail(c.attempt(), SignInFailure.COMPROMISED_CREDENTIALS);
        return switch (state.userStatus()) {
            case UNCONFIRMED -> fail(c.attempt(), SignInFailure.NOT_CONFIRMED);
            case RESET_REQUIRED -> fail(c.attempt(), SignInFailure.RESET_REQUIRED);
            case FORCE_CHANGE_PASSWORD -> state.temporaryPasswordExpired(c.temporaryPasswordValidityDays(), c.now())
                    ? fail(c.attempt(), SignInFailure.TEMPORARY_PASSWORD_EXPIRED) : Decision.accept(SignInStep.NEW_PASSWORD_REQUIRED);
            default -> {
                SignInFailure takeover = accountTakeover(c.attempt().risk(), c.mfa());
                yield takeover != null ? fail(c.attempt(), takeover) : signedInOrChallenged(c);
            }
        };
    }

    /**
     * Threat protection's account takeover check of a right password, unless the source is in a
     * skipped range: the signals (a network range or a device the user's earlier assessed sign-ins
     * never came from, once there are earlier ones; three or more wrong passwords just before) make
     * the level (one signal Low, two Medium, three High), the settings the action at that level.
     * BLOCK refuses; MFA_REQUIRED refuses a user whom the sign-in would not ask for a second
     * factor; MFA_IF_CONFIGURED and NO_ACTION let the sign-in go on as it would. The assessment is
     * recorded either way, and with it the range and device, as the user's known ones from then on.
     */
    private SignInFailure accountTakeover(RiskCheck risk, MfaChallenges.Offer mfa) {
        if (risk == null || risk.takeoverActions() == null
                || dev.cairn.core.userpool.RiskSettings.inRanges(risk.sourceIp(), risk.skippedRanges())) return null;
        SignInState.RiskHistory history = state.signInState().riskHistory();
        String range = dev.cairn.core.userpool.RiskSettings.networkOf(risk.sourceIp());
        List<String> signals = new java.util.ArrayList<>();
        if (!history.empty() && range != null && !history.ranges().contains(range)) signals.add("NEW_IP_RANGE");
        if (!history.empty() && risk.deviceName() != null && !history.devices().contains(risk.deviceName())) signals.add("NEW_DEVICE");
        if (state.signInState().failedAttempts() >= 3) signals.add("FAILED_ATTEMPTS");
        String level = switch (signals.size()) {
            case 0 -> null;
            case 1 -> "Low";
            case 2 -> "Medium";
            default -> "High";
        };
        String action = level == null ? "NO_ACTION" : risk.takeoverActions().getOrDefault(level, "NO_ACTION");
        boolean secondFactor = MfaChallenges.afterPassword(state.mfaState(), state.userPoolId(), sub, state.attributes(), mfa).isPresent();
        boolean blocks = action.equals("BLOCK") || action.equals("MFA_REQUIRED") && !secondFactor;
        String decision = level == null ? "NoRisk" : blocks ? "Block" : "AccountTakeover";
        apply(new dev.cairn.api.event.SignInRiskAssessed(state.userPoolId(), sub, signals, level, decision, action, range, risk.deviceName()));
        return blocks ? SignInFailure.RISK_BLOCKED : null;
    }

    /**
     * A right password of a confirmed user: a remembered device named by the sign-in proves itself
     * next; otherwise signed in, unless a second factor is asked first. A device key the user does
     * not have (forgotten, or never issued) is refused as Cognito refuses it.
     */
    private Decision<SignInStep> signedInOrChallenged(Commands.SignIn c) {
        String deviceKey = c.tokens().newDeviceGroupKey() == null ? c.tokens().deviceKey() : null;
        if (deviceKey != null) {
            if (DeviceDecisions.require(state.deviceState(), deviceKey).remembered()) return Decision.accept(SignInStep.DEVICE_SRP_AUTH);
        }
        return signedInOrMfa(c.attempt(), c.tokens(), c.mfa());
    }

    Decision<SignInStep> signedInOrMfa(SignInAttempt attempt, NewTokens tokens, MfaChallenges.Offer mfa) {
        var challenge = MfaChallenges.afterPassword(state.mfaState(), state.userPoolId(), sub, state.attributes(), mfa);
        if (challenge.isEmpty()) return signedIn(attempt, tokens);
        apply(challenge.get());
        return Decision.accept(SignInStep.valueOf(challenge.get().challengeName()));
    }

    @CommandHandler
    Decision<SignInStep> handle(Commands.CompleteNewPassword c) {
        if (state.userStatus() != UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new NotAuthorizedException("Invalid session for the user."); // the password was changed since the challenge
        }
        SignInFailure refused = refusalBeforeProof(c.now());
        if (refused != null) return fail(c.attempt(), refused);
        for (String required : AttributeRules.missingRequired(c.pool(), state.attributes())) {
            if (!c.attributes().containsKey(required)) {
                throw new InvalidParameterException("Invalid attributes given, " + required + " is missing");
            }
        }
        if (!c.attributes().isEmpty()) updateAttributes(c.pool(), c.attributes());
        apply(new PasswordSet(state.userPoolId(), sub, c.password(), true));
        return signedInOrMfa(c.attempt(), c.tokens(), c.mfa());
    }

    @CommandHandler
    Decision<Void> handle(Commands.ChangePassword c) {
        SignInAttempt attempt = new SignInAttempt(c.clientId(), "ChangePassword", List.of());
        if (state.signInState().lockedAt(c.now())) return fail(attempt, SignInFailure.LOCKED_OUT);
        if (c.previousPassword() == null || !proves(new Proof.Password(c.previousPassword()), c.now())) {
            return fail(attempt, SignInFailure.WRONG_PASSWORD);
        }
        apply(new PasswordSet(state.userPoolId(), sub, c.proposed(), true));
        return Decision.accept();
    }

    @CommandHandler
    void handle(Commands.IssueTokensForAuthorization c) {
        Instant signedOut = state.signInState().signedOutAt();
        if (!state.enabled() || (signedOut != null && !signedOut.isBefore(c.authTime()))) {
            throw dev.cairn.core.engine.OAuthException.invalidGrant("The user's session is no longer valid.");
        }
        signedIn(new SignInAttempt(c.clientId(), c.grant(), List.of()), c.tokens());
    }

    @CommandHandler
    void handle(Commands.RecordSignInFailure c) {
        apply(new SignInFailed(state.userPoolId(), sub, c.clientId(), c.authFlow(), c.reason().name()));
    }

    /** Threat protection: a source in a blocked range is refused before anything else (a blocked range wins over a skipped one). */
    private static SignInFailure riskBeforeProof(RiskCheck risk) {
        if (risk == null) return null;
        return dev.cairn.core.userpool.RiskSettings.inRanges(risk.sourceIp(), risk.blockedRanges()) ? SignInFailure.RISK_BLOCKED : null;
    }

    /** Threat protection: the right password, but a breached one, where compromised credentials are blocked and the source is assessed. */
    private static boolean compromised(RiskCheck risk) {
        return risk != null && risk.passwordBreached() && risk.blockCompromisedSignIn()
                && !dev.cairn.core.userpool.RiskSettings.inRanges(risk.sourceIp(), risk.skippedRanges());
    }

    /**
     * Lockout, then a disabled user, then an imported user (RESET_REQUIRED without any password, who
     * has nothing to prove and, as in Cognito, is told to reset it): refused before any proof is looked at.
     */
    SignInFailure refusalBeforeProof(Instant now) {
        if (state.signInState().lockedAt(now)) return SignInFailure.LOCKED_OUT;
        if (!state.enabled()) return SignInFailure.DISABLED;
        if (state.userStatus() == UserStatus.RESET_REQUIRED && state.password() == null) return SignInFailure.RESET_REQUIRED;
        return null;
    }

    private boolean proves(Proof proof, Instant now) {
        // A user without a password (an invitation never sent) is checked against a stand-in nothing
        // matches, so that the answer costs what a wrong password costs.
        boolean usable = state.password() != null;
        PasswordVerifier stored = usable ? state.password() : Passwords.unusable();
        if (proof instanceof Proof.Password p) {
            return Passwords.matches(stored, state.userPoolId(), state.username(), p.password()) && usable;
        }
        Proof.Srp p = (Proof.Srp) proof;
        SrpServerSession srp = new SrpServerSession(SrpPrincipal.user(state.userPoolId(), state.username()),
                new SrpVerifier(stored.salt(), stored.verifier()), p.srpA(), p.srpB(), p.privateB(), p.secretBlock());
        ClaimVerdict verdict = srp.verify(p.claim(), now, MAX_CLOCK_SKEW);
        if (verdict == ClaimVerdict.MALFORMED_TIMESTAMP) throw malformedTimestamp();
        return verdict.accepted() && usable;
    }

    /** Bad input, not a wrong password: refused without a trace. */
    public static InvalidParameterException malformedTimestamp() {
        return new InvalidParameterException("TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
    }

    <T> Decision<T> fail(SignInAttempt a, SignInFailure reason) {
        apply(new SignInFailed(state.userPoolId(), sub, a.clientId(), a.authFlow(), reason.name()));
        return Decision.refuse(reason.error());
    }

    Decision<SignInStep> signedIn(SignInAttempt a, NewTokens t) {
        apply(new SignedIn(state.userPoolId(), sub, a.clientId(), a.authFlow(), a.challengePath(), t.originJti(),
                t.refreshTokenHash(), t.refreshTokenExpiresAt(), t.deviceKey()));
        if (t.newDeviceGroupKey() != null) apply(new DeviceKeyIssued(state.userPoolId(), sub, t.deviceKey(), t.newDeviceGroupKey()));
        return Decision.accept(SignInStep.SIGNED_IN);
    }

    // ------------------------------------------------------------------ CUSTOM_AUTH: the triggers judge the challenges, the user its own state

    @CommandHandler
    Decision<Void> handle(Commands.VerifyPasswordInCustomAuth c) {
        SignInFailure refused = refusalBeforeProof(c.now());
        if (refused != null) return fail(c.attempt(), refused);
        return proves(c.proof(), c.now()) ? Decision.accept() : fail(c.attempt(), SignInFailure.WRONG_PASSWORD);
    }

    @CommandHandler
    Decision<SignInStep> handle(Commands.ConcludeCustomAuth c) {
        SignInFailure refused = refusalBeforeProof(c.now());
        if (refused != null) return fail(c.attempt(), refused);
        if (!c.issueTokens()) return fail(c.attempt(), SignInFailure.WRONG_PASSWORD);
        return switch (state.userStatus()) {
            case UNCONFIRMED -> fail(c.attempt(), SignInFailure.NOT_CONFIRMED);
            case RESET_REQUIRED -> fail(c.attempt(), SignInFailure.RESET_REQUIRED);
            default -> signedIn(c.attempt(), c.tokens());
        };
    }

    // ------------------------------------------------------------------ one-time codes

    @CommandHandler
    void handle(Commands.IssueCode c) {
        if (c.purpose() == CodePurpose.SIGN_UP && state.userStatus() != UserStatus.UNCONFIRMED) {
            throw new InvalidParameterException("User is already confirmed.");
        }
        Verification.PendingCode previous = state.verificationState().code(c.purpose().name(), c.purpose().keyAttribute(c.attributeName()));
        if (previous != null && previous.recentIssues().stream().filter(t -> t.plus(Duration.ofHours(1)).isAfter(c.now())).count() >= MAX_CODE_SENDS_PER_HOUR) {
            throw new LimitExceededException("Attempt limit exceeded, please try after some time.");
        }
        apply(new CodeIssued(state.userPoolId(), sub, c.purpose().name(), c.purpose().keyAttribute(c.attributeName()), c.codeHash(),
                c.expiresAt(), c.deliveryMedium(), c.maskedDestination()));
    }

    @CommandHandler
    Decision<Void> handle(Commands.ResetPasswordWithCode c) {
        Decision<Void> code = useCode(CodePurpose.FORGOT_PASSWORD, null, c.codeHash(), c.now());
        if (code.accepted()) apply(new PasswordSet(state.userPoolId(), sub, c.password(), true));
        return code;
    }

    @CommandHandler
    Decision<Void> handle(Commands.VerifyAttributeWithCode c) {
        Decision<Void> code = useCode(CodePurpose.VERIFY_ATTRIBUTE, c.attributeName(), c.codeHash(), c.now());
        if (code.accepted()) verify(c.pool(), c.attributeName());
        return code;
    }

    /**
     * Judges a code: unknown or used, too many wrong guesses, expired, or wrong (a wrong guess is
     * recorded and counts). Accepting it changes nothing yet: the event it unlocks uses it up.
     */
    private Decision<Void> useCode(CodePurpose purpose, String attribute, String codeHash, Instant now) {
        String key = purpose.keyAttribute(attribute);
        Verification.PendingCode code = state.verificationState().code(purpose.name(), key);
        if (code == null || code.hash() == null) return Decision.refuse(new CodeMismatchException(WRONG_CODE));
        if (code.failures() >= MAX_CODE_FAILURES) {
            return Decision.refuse(new LimitExceededException("Attempt limit exceeded, please try after some time."));
        }
        if (!now.isBefore(code.expiresAt())) {
            return Decision.refuse(new ExpiredCodeException("Invalid code provided, please request a code again."));
        }
        if (!MessageDigest.isEqual(code.hash().getBytes(StandardCharsets.UTF_8), codeHash.getBytes(StandardCharsets.UTF_8))) {
            apply(new CodeMismatched(state.userPoolId(), sub, purpose.name(), key));
            return Decision.refuse(new CodeMismatchException(WRONG_CODE));
        }
        return Decision.accept();
    }

    /** Marks an email or phone verified, applying a value waiting for verification; the pool says which aliases move. */
    private void verify(UserPoolState pool, String name) {
        String value = state.verificationState().pending().getOrDefault(name, state.attribute(name));
        Map<String, String> next = new LinkedHashMap<>(state.attributes());
        next.put(name, value);
        next.put(name + "_verified", "true");
        Set<UniqueKey> before = UserClaims.of(pool, state.username(), state.attributes());
        Set<UniqueKey> after = UserClaims.of(pool, state.username(), next);
        apply(new AttributeVerified(state.userPoolId(), sub, name, value, UserClaims.minus(after, before), UserClaims.minus(before, after)));
    }

    String sub() {
        return sub;
    }

    UserState state() {
        return state;
    }

    @CommandHandler
    void handle(Commands.RecordAuthEventFeedback c) {
        apply(new dev.cairn.api.event.AuthEventFeedbackRecorded(state.userPoolId(), sub, c.eventId(), c.feedbackValue(), c.provider()));
    }

    @EventSourcingHandler
    void on(Object event, @Timestamp Instant at) {
        if (event instanceof UserCreated created) sub = created.sub();
        state = UserEvolution.apply(state, event, at);
        if (state == null) markDeleted();
    }
}
