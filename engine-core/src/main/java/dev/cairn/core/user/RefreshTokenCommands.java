package dev.cairn.core.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Commands of GetTokensFromRefreshToken to the {@link User} aggregate. */
public final class RefreshTokenCommands {

    private RefreshTokenCommands() {
    }

    /**
     * GetTokensFromRefreshToken: checks the token against the user's live ones and records the
     * refresh. With {@code rotate}, the token is replaced by the one of {@code newTokenHash} (the
     * family and expiry stay), and the one given in stays usable {@code graceSeconds} longer; a
     * rotated-out token given in after that revokes its family. Answers the token as kept.
     */
    public record RefreshWithRotation(@TargetAggregateIdentifier String sub, String originJti, String tokenHash, String clientId,
                                      String deviceKey, boolean rotate, String newTokenHash, int graceSeconds, Instant now) {
    }
}
