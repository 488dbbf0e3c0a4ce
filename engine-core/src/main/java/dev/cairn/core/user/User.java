package dev.cairn.core.user;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UnauthorizedException;
import dev.cairn.api.event.AttributeChangePending;
import dev.cairn.api.event.AttributeVerified;
import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.CodeMismatched;
import dev.cairn.api.event.MessageSent;
import dev.cairn.api.event.PasswordResetRequired;
import dev.cairn.api.event.RefreshTokenRevoked;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.SignedOutGlobally;
import dev.cairn.api.event.TokensRefreshed;
import dev.cairn.api.event.PasswordSet;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

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
 * what the user's own state allows and which sign-in keys change hands.
 */
public class User {

    @AggregateIdentifier
    private String sub;
    private UserState state;

    User() {
        // for Axon
    }

    @CommandHandler
    User(Commands.CreateUser c) {
        List<UniqueKey> claimed = List.copyOf(UserClaims.of(c.pool(), c.username(), c.attributes()));
        apply(new UserCreated(c.pool().id(), c.sub(), c.username(), c.attributes(), c.userStatus(), c.password(), claimed));
    }

    @CommandHandler
    void handle(Commands.UpdateAttributes c) {
        Map<String, String> next = new LinkedHashMap<>(state.attributes());
        next.putAll(c.attributes());
        Map<String, String> changed = new LinkedHashMap<>();
        c.attributes().forEach((k, v) -> {
            if (!v.equals(state.attribute(k))) changed.put(k, v);
        });
        // A changed email or phone is unverified unless the same request says otherwise.
        for (String a : List.of("email", "phone_number")) {
            if (changed.containsKey(a) && !c.attributes().containsKey(a + "_verified") && state.attribute(a + "_verified") != null
                    && !"false".equals(state.attribute(a + "_verified"))) {
                changed.put(a + "_verified", "false");
                next.put(a + "_verified", "false");
            }
        }
        if (changed.isEmpty()) return;
        Set<UniqueKey> before = UserClaims.of(c.pool(), state.username(), state.attributes());
        Set<UniqueKey> after = UserClaims.of(c.pool(), state.username(), next);
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
        if (!"UNCONFIRMED".equals(state.userStatus())) {
            throw new NotAuthorizedException("User cannot be confirmed. Current status is " + state.userStatus());
        }
        apply(new UserSignUpConfirmed(state.userPoolId(), sub));
    }

    @CommandHandler
    void handle(Commands.SetPassword c) {
        apply(new PasswordSet(state.userPoolId(), sub, c.password(), c.permanent()));
    }

    @CommandHandler
    void handle(Commands.RequirePasswordReset c) {
        if ("UNCONFIRMED".equals(state.userStatus())) {
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
    void handle(Commands.RecordSignIn c) {
        apply(new SignedIn(state.userPoolId(), sub, c.clientId(), c.authFlow(), c.challengePath(), c.originJti(),
                c.refreshTokenHash(), c.refreshTokenExpiresAt(), c.deviceKey()));
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
    void handle(Commands.RecordSignInFailure c) {
        apply(new SignInFailed(state.userPoolId(), sub, c.clientId(), c.authFlow(), c.reason()));
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
    void handle(Commands.RecordCodeIssued c) {
        apply(new CodeIssued(state.userPoolId(), sub, c.purpose(), c.attributeName(), c.codeHash(), c.expiresAt(),
                c.deliveryMedium(), c.maskedDestination()));
    }

    @CommandHandler
    void handle(Commands.RecordCodeMismatch c) {
        apply(new CodeMismatched(state.userPoolId(), sub, c.purpose(), c.attributeName()));
    }

    @CommandHandler
    void handle(Commands.VerifyAttribute c) {
        String name = c.attributeName();
        String value = state.verificationState().pending().getOrDefault(name, state.attribute(name));
        Map<String, String> next = new LinkedHashMap<>(state.attributes());
        next.put(name, value);
        next.put(name + "_verified", "true");
        Set<UniqueKey> before = UserClaims.of(c.pool(), state.username(), state.attributes());
        Set<UniqueKey> after = UserClaims.of(c.pool(), state.username(), next);
        apply(new AttributeVerified(state.userPoolId(), sub, name, value, UserClaims.minus(after, before), UserClaims.minus(before, after)));
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

    @EventSourcingHandler
    void on(Object event, @Timestamp Instant at) {
        if (event instanceof UserCreated created) sub = created.sub();
        state = UserEvolution.apply(state, event, at);
        if (state == null) markDeleted();
    }
}
