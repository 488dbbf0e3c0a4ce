package dev.cairn.core.user;

import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.core.userpool.UserPoolState;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Map;

/**
 * Commands to the {@link User} aggregate, addressed by the user's sub. Commands that touch
 * sign-in keys carry the pool's state, which says which attributes are usernames or aliases.
 */
public final class Commands {

    private Commands() {
    }

    public record CreateUser(@TargetAggregateIdentifier String sub, UserPoolState pool, String username,
                             Map<String, String> attributes, String userStatus, PasswordVerifier password) {
    }

    public record UpdateAttributes(@TargetAggregateIdentifier String sub, UserPoolState pool, Map<String, String> attributes) {
    }

    public record DeleteAttributes(@TargetAggregateIdentifier String sub, UserPoolState pool, List<String> names) {
    }

    public record DisableUser(@TargetAggregateIdentifier String sub) {
    }

    public record EnableUser(@TargetAggregateIdentifier String sub) {
    }

    public record ConfirmSignUp(@TargetAggregateIdentifier String sub) {
    }

    public record SetPassword(@TargetAggregateIdentifier String sub, PasswordVerifier password, boolean permanent) {
    }

    public record RequirePasswordReset(@TargetAggregateIdentifier String sub) {
    }

    public record AddToGroup(@TargetAggregateIdentifier String sub, String groupName) {
    }

    public record RemoveFromGroup(@TargetAggregateIdentifier String sub, String groupName, String reason) {
    }

    public record RecordMessageSent(@TargetAggregateIdentifier String sub, String purpose, String deliveryMedium,
                                    String maskedDestination) {
    }

    public record RecordSignIn(@TargetAggregateIdentifier String sub, String clientId, String authFlow, List<String> challengePath,
                               String originJti, String refreshTokenHash, java.time.Instant refreshTokenExpiresAt, String deviceKey) {
    }

    public record RecordSignInFailure(@TargetAggregateIdentifier String sub, String clientId, String authFlow, String reason) {
    }

    public record SignOutGlobally(@TargetAggregateIdentifier String sub) {
    }

    /** Checks a refresh token against the live ones and records the refresh; answers the token as kept. */
    public record UseRefreshToken(@TargetAggregateIdentifier String sub, String originJti, String tokenHash, String clientId,
                                  String deviceKey, java.time.Instant now) {
    }

    /** Revokes a live refresh token presented by the client it was issued to; a dead one is left alone. */
    public record RevokeRefreshToken(@TargetAggregateIdentifier String sub, String originJti, String tokenHash, String clientId) {
    }

    public record RecordCodeIssued(@TargetAggregateIdentifier String sub, String purpose, String attributeName, String codeHash,
                                   java.time.Instant expiresAt, String deliveryMedium, String maskedDestination) {
    }

    public record RecordCodeMismatch(@TargetAggregateIdentifier String sub, String purpose, String attributeName) {
    }

    /** Marks an email or phone verified (applying a pending value); the pool says which aliases that moves. */
    public record VerifyAttribute(@TargetAggregateIdentifier String sub, UserPoolState pool, String attributeName) {
    }

    public record RequestAttributeChange(@TargetAggregateIdentifier String sub, String attributeName, String value) {
    }

    public record DeleteUser(@TargetAggregateIdentifier String sub, UserPoolState pool) {
    }
}
