package dev.cairn.core.password;

import dev.cairn.core.user.Passwords;
import java.util.random.RandomGenerator;
import java.time.Clock;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.model.ChangePasswordRequest;
import dev.cairn.api.model.ChangePasswordResponse;
import dev.cairn.api.model.CodeDeliveryDetailsType;
import dev.cairn.api.model.ConfirmForgotPasswordRequest;
import dev.cairn.api.model.ConfirmForgotPasswordResponse;
import dev.cairn.api.model.ForgotPasswordRequest;
import dev.cairn.api.model.ForgotPasswordResponse;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.decoy.Decoys;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.auth.AccessTokens;
import dev.cairn.core.user.CodePurpose;
import dev.cairn.core.user.Commands;
import dev.cairn.core.verification.PasswordResets;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.UserPoolState;
import dev.cairn.core.verification.Codes;

import java.util.List;
import java.util.function.Supplier;
import dev.cairn.core.auth.UserMigration;
import dev.cairn.core.trigger.Triggers;

/** ForgotPassword, ConfirmForgotPassword and ChangePassword. */
public final class PasswordService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final Clock clock;
    private final RandomGenerator random;
    private final AppClients clients;
    private final Codes codes;
    private final PasswordResets resets;
    private final AccessTokens accessTokens;

    private final Decoys decoys;

    private final UserMigration migration;
    private final Triggers triggers;

    public PasswordService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, Clock clock, RandomGenerator random, AppClients clients, Codes codes, PasswordResets resets, AccessTokens accessTokens, Decoys decoys,
                           UserMigration migration, Triggers triggers) {
        this.migration = migration;
        this.triggers = triggers;
        this.decoys = decoys;
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.clock = clock;
        this.random = random;
        this.clients = clients;
        this.codes = codes;
        this.resets = resets;
        this.accessTokens = accessTokens;
    }

    public Supplier<ForgotPasswordResponse> forgotPassword(ForgotPasswordRequest r) {
        var client = clients.require(null, r.clientId());
        UserPoolState pool = pools.require(client.client().userPoolId());
        clients.checkSecretHash(client, r.secretHash(), List.of(r.username()));
        var user = users.find(pool, r.username());
        if (user.isEmpty() && migration.applies(pool)) {
            // A user of the legacy store: migrated first (without a password, to reset), then sent a code as any user.
            return migration.migrate(pool, client.client().clientId(), "UserMigration_ForgotPassword", r.username(), null, r.clientMetadata(),
                    () -> forgotPassword(r));
        }
        if (user.isEmpty()) {
            if (!"ENABLED".equals(client.client().preventUserExistenceErrors())) throw new UserNotFoundException("User does not exist.");
            // Hidden existence: answer as though a code went out, and send nothing.
            CodeDeliveryDetailsType decoy = decoys.codeDelivery(pool, r.username(), resets.decoyChannel(pool));
            return () -> ForgotPasswordResponse.builder().codeDeliveryDetails(decoy).build();
        }
        CodeDeliveryDetailsType delivery = resets.sendCode(pool, user.get());
        return () -> ForgotPasswordResponse.builder().codeDeliveryDetails(delivery).build();
    }

    public Supplier<ConfirmForgotPasswordResponse> confirmForgotPassword(ConfirmForgotPasswordRequest r) {
        var client = clients.require(null, r.clientId());
        UserPoolState pool = pools.require(client.client().userPoolId());
        clients.checkSecretHash(client, r.secretHash(), List.of(r.username()));
        // The password is checked before the lookup, so a weak one answers the same for any name.
        Passwords.check(pool.settings().policies().passwordPolicy(), r.password());
        UserState user = users.find(pool, r.username()).orElseThrow(() -> "ENABLED".equals(client.client().preventUserExistenceErrors())
                ? new dev.cairn.api.error.CodeMismatchException("Invalid verification code provided, please try again.")
                : new UserNotFoundException("User does not exist."));
        Decision<Void> reset = axon.actingAsUser(user.sub(), r.clientId(), null, () -> axon.send(new Commands.ResetPasswordWithCode(
                user.sub(), codes.hash(user.sub(), CodePurpose.FORGOT_PASSWORD, r.confirmationCode()),
                Passwords.verifier(pool.id(), user.username(), r.password(), random), clock.instant())));
        if (reset.accepted()) {
            // The password stays reset when PostConfirmation fails, as with Cognito; the caller still gets the error.
            var post = axon.actingAsUser(user.sub(), r.clientId(), null, () -> triggers.postConfirmation(pool, user, user.attributes(),
                    "PostConfirmation_ConfirmForgotPassword", r.clientId(), r.clientMetadata()));
            if (!post.accepted()) return post.afterCommit(x -> null);
        }
        return reset.afterCommit(ok -> () -> ConfirmForgotPasswordResponse.builder().build());
    }

    /** The previous password must be right; a wrong one counts toward the lockout like a failed sign-in. */
    public Supplier<ChangePasswordResponse> changePassword(ChangePasswordRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        UserState user = v.user();
        String clientId = (String) v.claims().get("client_id");
        UserPoolState pool = v.pool();
        // The proposed password is input: checked first, so a bad one leaves no trace.
        Passwords.check(pool.settings().policies().passwordPolicy(), r.proposedPassword());
        Decision<Void> changed = axon.actingAsUser(user.sub(), clientId, null, () -> axon.send(new Commands.ChangePassword(
                user.sub(), clientId, r.previousPassword(), Passwords.verifier(pool.id(), user.username(), r.proposedPassword(), random),
                clock.instant())));
        return changed.afterCommit(ok -> () -> ChangePasswordResponse.builder().build());
    }
}
