package dev.cairn.core.user;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.RefreshTokenReuseException;
import dev.cairn.api.event.RefreshTokenReuseDetected;
import dev.cairn.api.event.RefreshTokenRotated;
import dev.cairn.api.event.TokensRefreshed;
import dev.cairn.core.engine.Decision;
import org.axonframework.commandhandling.CommandHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The {@link User} aggregate's refresh token rotation (GetTokensFromRefreshToken): whether a
 * refresh token is live, rotated out but within its grace period, or rotated out and replayed
 * after it, which is the sign of a stolen token: the whole family is revoked and the refusal is
 * recorded ({@code RefreshTokenReuseDetected}) before it is raised. A member of the aggregate.
 */
final class UserRefreshTokens {

    // Cognito's wording for a reused token is not documented; this one is ours.
    static final String REUSED = "Refresh token has been reused; the refresh tokens issued with it are revoked.";

    private final User user;

    UserRefreshTokens(User user) {
        this.user = user;
    }

    @CommandHandler
    Decision<SignInState.RefreshToken> handle(RefreshTokenCommands.RefreshWithRotation c) {
        UserState state = user.state();
        SignInState signIn = state.signInState();
        SignInState.RefreshToken kept = signIn.refreshTokens().get(c.originJti());
        if (kept == null) {
            throw new NotAuthorizedException(signIn.revokedOrigins().containsKey(c.originJti()) ? "Refresh Token has been revoked" : "Invalid Refresh Token");
        }
        if (!kept.hash().equals(c.tokenHash())) {
            SignInState.Retired retired = kept.retiredAs(c.tokenHash());
            if (retired == null) throw new NotAuthorizedException("Invalid Refresh Token");
            if (!c.now().isBefore(retired.usableUntil())) {
                if (!kept.clientId().equals(c.clientId())) throw new NotAuthorizedException("Invalid Refresh Token");
                apply(new RefreshTokenReuseDetected(state.userPoolId(), user.sub(), c.clientId(), c.originJti()));
                return Decision.refuse(new RefreshTokenReuseException(REUSED));
            }
        }
        if (!kept.clientId().equals(c.clientId()) || (kept.deviceKey() != null && !kept.deviceKey().equals(c.deviceKey()))) {
            throw new NotAuthorizedException("Invalid Refresh Token");
        }
        if (!c.now().isBefore(kept.expiresAt())) throw new NotAuthorizedException("Refresh Token has expired");
        if (!state.enabled()) throw new NotAuthorizedException("User is disabled.");
        apply(new TokensRefreshed(state.userPoolId(), user.sub(), c.clientId(), c.originJti()));
        if (c.rotate()) {
            apply(new RefreshTokenRotated(state.userPoolId(), user.sub(), c.clientId(), c.originJti(), c.tokenHash(), c.newTokenHash(),
                    c.graceSeconds()));
        }
        return Decision.accept(kept);
    }
}
