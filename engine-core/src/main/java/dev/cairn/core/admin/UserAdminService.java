package dev.cairn.core.admin;

import dev.cairn.core.verification.AliasTransfers;
import dev.cairn.core.verification.PasswordResets;
import dev.cairn.core.user.UserViews;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserStatus;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.NewUser;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.AttributeRules;
import dev.cairn.core.engine.Ids;
import java.util.random.RandomGenerator;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.UnsupportedUserStateException;
import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.api.model.AdminConfirmSignUpRequest;
import dev.cairn.api.model.AdminConfirmSignUpResponse;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminCreateUserResponse;
import dev.cairn.api.model.AdminDeleteUserAttributesRequest;
import dev.cairn.api.model.AdminDeleteUserAttributesResponse;
import dev.cairn.api.model.AdminDeleteUserRequest;
import dev.cairn.api.model.AdminDisableUserRequest;
import dev.cairn.api.model.AdminDisableUserResponse;
import dev.cairn.api.model.AdminEnableUserRequest;
import dev.cairn.api.model.AdminEnableUserResponse;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.AdminGetUserResponse;
import dev.cairn.api.model.AdminResetUserPasswordRequest;
import dev.cairn.api.model.AdminResetUserPasswordResponse;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.AdminSetUserPasswordResponse;
import dev.cairn.api.model.AdminUpdateUserAttributesRequest;
import dev.cairn.api.model.AdminUpdateUserAttributesResponse;
import dev.cairn.core.user.Passwords;
import dev.cairn.core.userpool.UserPoolState;

import java.util.Map;
import java.util.function.Supplier;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.signup.SignUpService;
import dev.cairn.core.user.PreSignUpAnswer;

/** The administrators' user operations (Admin*). */
public final class UserAdminService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final RandomGenerator random;
    private final Ids ids;
    private final Invitations invitations;
    private final AliasTransfers aliases;
    private final PasswordResets resets;

    private final Triggers triggers;

    public UserAdminService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, RandomGenerator random, Ids ids, Invitations invitations, AliasTransfers aliases, PasswordResets resets,
                            Triggers triggers) {
        this.triggers = triggers;
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.random = random;
        this.ids = ids;
        this.invitations = invitations;
        this.aliases = aliases;
        this.resets = resets;
    }

    public Supplier<AdminCreateUserResponse> adminCreateUser(AdminCreateUserRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        if ("RESEND".equals(r.messageAction())) return resendInvitation(pool, r);
        Map<String, String> given = AttributeRules.checkWrite(pool, r.userAttributes(), true);
        NewUser user = NewUser.of(pool, r.username(), given, ids.uuid());
        var preSignUp = triggers.preSignUp(pool, "PreSignUp_AdminCreateUser", user.username(), null, given,
                SignUpService.nameValues(r.validationData()), r.clientMetadata());
        if (!preSignUp.accepted()) return preSignUp.afterCommit(x -> null); // the refusal is recorded, the user never created
        String sub = user.sub();
        String username = user.username();
        Map<String, String> attributes = user.attributes();
        aliases.prepare(pool, sub, attributes, Boolean.TRUE.equals(r.forceAliasCreation()));
        boolean suppressed = "SUPPRESS".equals(r.messageAction());
        // A password Cairn would generate for an invitation it does not send is known to nobody: no
        // sign-in can ever present it, so none is made and no verifier kept (a 3072-bit exponentiation,
        // most of the cost of creating a user). Until an administrator sets or resets a password, every
        // password the user is tried with is wrong, exactly as with Cognito's unknowable one.
        boolean knowable = !suppressed || r.temporaryPassword() != null && !r.temporaryPassword().isEmpty();
        String password = knowable ? temporaryPassword(pool, r.temporaryPassword()) : null;
        PasswordVerifier verifier = knowable ? Passwords.verifier(pool.id(), username, password, random) : null;
        axon.send(new Commands.CreateUser(sub, pool, username, attributes, UserStatus.FORCE_CHANGE_PASSWORD, verifier,
                PreSignUpAnswer.of(preSignUp.value())));
        if (!suppressed) {
            invitations.send(pool, sub, username, attributes, password, r.desiredDeliveryMediums());
        }
        // the sub is this request's own, so what this thread stored last for it is what committed
        return () -> AdminCreateUserResponse.builder().user(UserViews.userType(users.storedOnThisThread(pool.id(), sub)
                .or(() -> users.bySub(pool.id(), sub)).orElseThrow(), null)).build();
    }

    private Supplier<AdminCreateUserResponse> resendInvitation(UserPoolState pool, AdminCreateUserRequest r) {
        UserState user = users.require(pool, r.username());
        if (user.userStatus() != UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new UnsupportedUserStateException("Resend not possible. " + user.username() + " status is not FORCE_CHANGE_PASSWORD");
        }
        String password = temporaryPassword(pool, r.temporaryPassword());
        axon.send(new Commands.SetPassword(user.sub(), Passwords.verifier(pool.id(), user.username(), password, random), false));
        invitations.send(pool, user.sub(), user.username(), user.attributes(), password, r.desiredDeliveryMediums());
        return () -> AdminCreateUserResponse.builder().user(UserViews.userType(users.bySub(pool.id(), user.sub()).orElseThrow(), null)).build();
    }

    private String temporaryPassword(UserPoolState pool, String given) {
        if (given == null || given.isEmpty()) return Passwords.temporary(pool.settings().policies().passwordPolicy(), random);
        Passwords.check(pool.settings().policies().passwordPolicy(), given);
        return given;
    }

    public AdminGetUserResponse adminGetUser(AdminGetUserRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        return UserViews.adminGetUser(users.require(pool, r.username()));
    }

    public void adminDeleteUser(AdminDeleteUserRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        axon.send(new Commands.DeleteUser(users.require(pool, r.username()).sub(), pool));
    }

    public Supplier<AdminUpdateUserAttributesResponse> adminUpdateUserAttributes(AdminUpdateUserAttributesRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        UserState user = users.require(pool, r.username());
        Map<String, String> attributes = AttributeRules.checkWrite(pool, r.userAttributes(), false);
        axon.send(new Commands.UpdateAttributes(user.sub(), pool, attributes));
        return () -> AdminUpdateUserAttributesResponse.builder().build();
    }

    public Supplier<AdminDeleteUserAttributesResponse> adminDeleteUserAttributes(AdminDeleteUserAttributesRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        UserState user = users.require(pool, r.username());
        AttributeRules.checkDelete(pool, r.userAttributeNames());
        axon.send(new Commands.DeleteAttributes(user.sub(), pool, r.userAttributeNames()));
        return () -> AdminDeleteUserAttributesResponse.builder().build();
    }

    public Supplier<AdminEnableUserResponse> adminEnableUser(AdminEnableUserRequest r) {
        axon.send(new Commands.EnableUser(require(r.userPoolId(), r.username()).sub()));
        return () -> AdminEnableUserResponse.builder().build();
    }

    public Supplier<AdminDisableUserResponse> adminDisableUser(AdminDisableUserRequest r) {
        axon.send(new Commands.DisableUser(require(r.userPoolId(), r.username()).sub()));
        return () -> AdminDisableUserResponse.builder().build();
    }

    public Supplier<AdminConfirmSignUpResponse> adminConfirmSignUp(AdminConfirmSignUpRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        UserState user = users.require(pool, r.username());
        axon.send(new Commands.ConfirmSignUp(user.sub()));
        // The user stays confirmed when PostConfirmation fails, as with Cognito; the caller still gets the error.
        var post = triggers.postConfirmation(pool, user, user.attributes(), "PostConfirmation_ConfirmSignUp", null, r.clientMetadata());
        return post.afterCommit(x -> () -> AdminConfirmSignUpResponse.builder().build());
    }

    public Supplier<AdminSetUserPasswordResponse> adminSetUserPassword(AdminSetUserPasswordRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        UserState user = users.require(pool, r.username());
        Passwords.check(pool.settings().policies().passwordPolicy(), r.password());
        PasswordVerifier verifier = Passwords.verifier(pool.id(), user.username(), r.password(), random);
        axon.send(new Commands.SetPassword(user.sub(), verifier, Boolean.TRUE.equals(r.permanent())));
        return () -> AdminSetUserPasswordResponse.builder().build();
    }

    /** The user must set a new password with a code, sent now to its recovery channel. */
    public Supplier<AdminResetUserPasswordResponse> adminResetUserPassword(AdminResetUserPasswordRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        UserState user = users.require(pool, r.username());
        axon.send(new Commands.RequirePasswordReset(user.sub()));
        resets.sendCode(pool, user);
        return () -> AdminResetUserPasswordResponse.builder().build();
    }

    private UserState require(String poolId, String username) {
        return users.require(pools.require(poolId), username);
    }
}
