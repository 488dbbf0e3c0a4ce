package dev.cairn.core.user;

import dev.cairn.api.error.AliasExistsException;
import dev.cairn.api.error.InvalidParameterException;
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
import dev.cairn.core.engine.EngineContext;
import dev.cairn.core.password.Passwords;
import dev.cairn.core.userpool.UserPoolState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The administrators' user operations (Admin*). */
public final class UserAdminService {

    private final EngineContext ctx;
    private final Invitations invitations;

    public UserAdminService(EngineContext ctx, Invitations invitations) {
        this.ctx = ctx;
        this.invitations = invitations;
    }

    public Supplier<AdminCreateUserResponse> adminCreateUser(AdminCreateUserRequest r) {
        UserPoolState pool = ctx.pools().require(r.userPoolId());
        if ("RESEND".equals(r.messageAction())) return resendInvitation(pool, r);
        Map<String, String> given = AttributeRules.checkWrite(pool, r.userAttributes(), true);
        String username = r.username();
        if (!pool.usernameAttributes().isEmpty()) {
            given.put(signInAttribute(pool, username), username);
            username = null; // Cognito names such users by their sub
        }
        String sub = ctx.ids().uuid();
        if (username == null) username = sub;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sub", sub);
        attributes.putAll(given);
        transferOrRefuseAliases(pool, attributes, Boolean.TRUE.equals(r.forceAliasCreation()));
        String password = temporaryPassword(pool, r.temporaryPassword());
        PasswordVerifier verifier = Passwords.verifier(pool.id(), username, password, ctx.random());
        ctx.axon().send(new Commands.CreateUser(sub, pool, username, attributes, "FORCE_CHANGE_PASSWORD", verifier));
        if (!"SUPPRESS".equals(r.messageAction())) {
            invitations.send(pool, sub, username, attributes, password, r.desiredDeliveryMediums());
        }
        return () -> AdminCreateUserResponse.builder().user(UserViews.userType(ctx.users().bySub(pool.id(), sub).orElseThrow(), null)).build();
    }

    private Supplier<AdminCreateUserResponse> resendInvitation(UserPoolState pool, AdminCreateUserRequest r) {
        UserState user = ctx.users().require(pool, r.username());
        if (!"FORCE_CHANGE_PASSWORD".equals(user.userStatus())) {
            throw new UnsupportedUserStateException("Resend not possible. " + user.username() + " status is not FORCE_CHANGE_PASSWORD");
        }
        String password = temporaryPassword(pool, r.temporaryPassword());
        ctx.axon().send(new Commands.SetPassword(user.sub(), Passwords.verifier(pool.id(), user.username(), password, ctx.random()), false));
        invitations.send(pool, user.sub(), user.username(), user.attributes(), password, r.desiredDeliveryMediums());
        return () -> AdminCreateUserResponse.builder().user(UserViews.userType(ctx.users().bySub(pool.id(), user.sub()).orElseThrow(), null)).build();
    }

    /** With UsernameAttributes, the Username given is the email or phone number to sign in with. */
    private static String signInAttribute(UserPoolState pool, String username) {
        List<String> allowed = pool.usernameAttributes();
        if (allowed.contains("email") && AttributeRules.isEmail(username)) return "email";
        if (allowed.contains("phone_number") && AttributeRules.isPhone(username)) return "phone_number";
        if (allowed.size() == 2) throw new InvalidParameterException("Username should be either an email or a phone number.");
        throw new InvalidParameterException(allowed.contains("email") ? "Username should be an email." : "Username should be a phone number.");
    }

    private String temporaryPassword(UserPoolState pool, String given) {
        if (given == null || given.isEmpty()) return Passwords.temporary(pool.settings().policies().passwordPolicy(), ctx.random());
        Passwords.check(pool.settings().policies().passwordPolicy(), given);
        return given;
    }

    /**
     * A verified email or phone that another user holds as a sign-in alias is refused
     * (AliasExistsException) unless ForceAliasCreation moves it: the other user's value becomes
     * unverified, in this same unit of work.
     */
    private void transferOrRefuseAliases(UserPoolState pool, Map<String, String> attributes, boolean force) {
        for (String a : List.of("email", "phone_number")) {
            if (!pool.aliasAttributes().contains(a) || attributes.get(a) == null || !"true".equals(attributes.get(a + "_verified"))) continue;
            Optional<String> holder = ctx.storage().claims().owner(pool.id(), "alias:" + a, UserClaims.normalize(pool, a, attributes.get(a)));
            if (holder.isEmpty()) continue;
            if (!force) throw new AliasExistsException("An account with the given " + a + " already exists.");
            ctx.axon().send(new Commands.UpdateAttributes(holder.get(), pool, Map.of(a + "_verified", "false")));
        }
    }

    public AdminGetUserResponse adminGetUser(AdminGetUserRequest r) {
        UserPoolState pool = ctx.pools().require(r.userPoolId());
        return UserViews.adminGetUser(ctx.users().require(pool, r.username()));
    }

    public void adminDeleteUser(AdminDeleteUserRequest r) {
        UserPoolState pool = ctx.pools().require(r.userPoolId());
        ctx.axon().send(new Commands.DeleteUser(ctx.users().require(pool, r.username()).sub(), pool));
    }

    public Supplier<AdminUpdateUserAttributesResponse> adminUpdateUserAttributes(AdminUpdateUserAttributesRequest r) {
        UserPoolState pool = ctx.pools().require(r.userPoolId());
        UserState user = ctx.users().require(pool, r.username());
        Map<String, String> attributes = AttributeRules.checkWrite(pool, r.userAttributes(), false);
        ctx.axon().send(new Commands.UpdateAttributes(user.sub(), pool, attributes));
        return () -> AdminUpdateUserAttributesResponse.builder().build();
    }

    public Supplier<AdminDeleteUserAttributesResponse> adminDeleteUserAttributes(AdminDeleteUserAttributesRequest r) {
        UserPoolState pool = ctx.pools().require(r.userPoolId());
        UserState user = ctx.users().require(pool, r.username());
        AttributeRules.checkDelete(pool, r.userAttributeNames());
        ctx.axon().send(new Commands.DeleteAttributes(user.sub(), pool, r.userAttributeNames()));
        return () -> AdminDeleteUserAttributesResponse.builder().build();
    }

    public Supplier<AdminEnableUserResponse> adminEnableUser(AdminEnableUserRequest r) {
        ctx.axon().send(new Commands.EnableUser(require(r.userPoolId(), r.username()).sub()));
        return () -> AdminEnableUserResponse.builder().build();
    }

    public Supplier<AdminDisableUserResponse> adminDisableUser(AdminDisableUserRequest r) {
        ctx.axon().send(new Commands.DisableUser(require(r.userPoolId(), r.username()).sub()));
        return () -> AdminDisableUserResponse.builder().build();
    }

    public Supplier<AdminConfirmSignUpResponse> adminConfirmSignUp(AdminConfirmSignUpRequest r) {
        ctx.axon().send(new Commands.ConfirmSignUp(require(r.userPoolId(), r.username()).sub()));
        return () -> AdminConfirmSignUpResponse.builder().build();
    }

    public Supplier<AdminSetUserPasswordResponse> adminSetUserPassword(AdminSetUserPasswordRequest r) {
        UserPoolState pool = ctx.pools().require(r.userPoolId());
        UserState user = ctx.users().require(pool, r.username());
        Passwords.check(pool.settings().policies().passwordPolicy(), r.password());
        PasswordVerifier verifier = Passwords.verifier(pool.id(), user.username(), r.password(), ctx.random());
        ctx.axon().send(new Commands.SetPassword(user.sub(), verifier, Boolean.TRUE.equals(r.permanent())));
        return () -> AdminSetUserPasswordResponse.builder().build();
    }

    public Supplier<AdminResetUserPasswordResponse> adminResetUserPassword(AdminResetUserPasswordRequest r) {
        ctx.axon().send(new Commands.RequirePasswordReset(require(r.userPoolId(), r.username()).sub()));
        return () -> AdminResetUserPasswordResponse.builder().build();
    }

    private UserState require(String poolId, String username) {
        return ctx.users().require(ctx.pools().require(poolId), username);
    }
}
