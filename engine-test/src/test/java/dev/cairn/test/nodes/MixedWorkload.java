package dev.cairn.test.nodes;

import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpClient;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.test.Requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A scripted mix of Cognito requests that a team's traffic might send one deployment: pools,
 * clients and groups created and changed, users administered, signing up, signing in (SRP and
 * passwords), refreshing, signing out, revoking, rotating keys, erasing. Each request goes to the
 * node the router names for its position, so one script runs through one node or round-robin
 * through several, and each answer (or Cognito error) is recorded for comparison.
 */
final class MixedWorkload {

    /** One request's answer, or {@code "ErrorType: message"}. */
    record Answer(int step, String request, Object answer) {
    }

    private final IntFunction<CairnEngine> router;
    private final Clock clock;
    private final Outbox outbox;
    private final Random srpClientRandom = new Random(7);
    private final List<Answer> answers = new ArrayList<>();

    private MixedWorkload(IntFunction<CairnEngine> router, Clock clock, Outbox outbox) {
        this.router = router;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Runs the script, sending request {@code i} to {@code router.apply(i)}; returns every answer in order. */
    static List<Answer> run(IntFunction<CairnEngine> router, Clock clock, Outbox outbox) {
        MixedWorkload w = new MixedWorkload(router, clock, outbox);
        w.script();
        return w.answers;
    }

    private void script() {
        String pool = call("CreateUserPool", api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop")
                .aliasAttributes("email").autoVerifiedAttributes("email").build())).userPool().id();
        String client = call("CreateUserPoolClient", api -> api.createUserPoolClient(CreateUserPoolClientRequest.builder()
                .userPoolId(pool).clientName("web").explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                        "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
        call("CreateGroup", api -> api.createGroup(Requests.createGroup(pool, "admins")));
        call("UpdateUserPool", api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool)
                .autoVerifiedAttributes("email").userPoolTags(Map.of("team", "identity")).build()));
        // The other node serves these right after the creation: it must know the client and group.
        call("UpdateUserPoolClient", api -> api.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(pool)
                .clientId(client).clientName("web-2").explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                        "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()));
        call("UpdateGroup", api -> api.updateGroup(UpdateGroupRequest.builder().userPoolId(pool).groupName("admins").precedence(3).build()));
        call("CreateGroup", api -> api.createGroup(Requests.createGroup(pool, "staff")));
        call("CreateGroup again", api -> api.createGroup(Requests.createGroup(pool, "admins")));
        call("DescribeUserPoolClient", api -> api.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId(client).build()));

        String alice = sub(call("AdminCreateUser", api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice",
                "email", "alice@example.com", "email_verified", "true"))));
        String bob = sub(call("AdminCreateUser", api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob", "email", "bob@example.com"))));
        call("AdminCreateUser taken", api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice")));
        call("AdminAddUserToGroup", api -> { api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName("admins").build()); return null; });
        call("AdminAddUserToGroup", api -> { api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("bob").groupName("staff").build()); return null; });
        call("AdminUpdateUserAttributes", api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool)
                .username("alice").userAttributes(Requests.attributes("given_name", "Alice")).build()));
        call("AdminDisableUser", api -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("bob").build()));
        call("AdminEnableUser", api -> api.adminEnableUser(AdminEnableUserRequest.builder().userPoolId(pool).username("bob").build()));
        for (String name : List.of("alice", "bob")) {
            call("AdminSetUserPassword", api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool)
                    .username(name).password("Passw0rd-" + name).permanent(true).build()));
        }

        AuthenticationResultType tokens = call("InitiateAuth USER_PASSWORD_AUTH", api -> api.initiateAuth(InitiateAuthRequest.builder()
                .clientId(client).authFlow("USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd-alice"))
                .build())).authenticationResult();
        call("GetUser", api -> api.getUser(GetUserRequest.builder().accessToken(tokens.accessToken()).build()));
        call("InitiateAuth wrong password", api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client)
                .authFlow("USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "bob", "PASSWORD", "wrong")).build()));
        AuthenticationResultType bobs = srp(client, pool, "bob", "Passw0rd-bob");
        call("InitiateAuth REFRESH_TOKEN_AUTH", api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client)
                .authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())).build()));
        call("RevokeToken", api -> api.revokeToken(RevokeTokenRequest.builder().clientId(client).token(tokens.refreshToken()).build()));
        call("InitiateAuth revoked refresh token", api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client)
                .authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())).build()));
        call("AdminUserGlobalSignOut", api -> api.adminUserGlobalSignOut(AdminUserGlobalSignOutRequest.builder().userPoolId(pool).username("bob").build()));
        call("GetUser signed out", api -> api.getUser(GetUserRequest.builder().accessToken(bobs.accessToken()).build()));

        call("RotateSigningKey", api -> api.rotateSigningKey(pool));
        call("Jwks", api -> api.jwks(pool));
        AuthenticationResultType fresh = call("AdminInitiateAuth", api -> api.adminInitiateAuth(AdminInitiateAuthRequest.builder()
                .userPoolId(pool).clientId(client).authFlow("ADMIN_USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd-alice")).build())).authenticationResult();
        call("GetUser with the new key", api -> api.getUser(GetUserRequest.builder().accessToken(fresh.accessToken()).build()));

        call("SignUp", api -> api.signUp(SignUpRequest.builder().clientId(client).username("carol").password("Passw0rd-carol")
                .userAttributes(Requests.attributes("email", "carol@example.com")).build()));
        call("ConfirmSignUp", api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(client).username("carol")
                .confirmationCode(code(pool, "carol")).build()));
        call("ForgotPassword", api -> api.forgotPassword(ForgotPasswordRequest.builder().clientId(client).username("alice").build()));
        call("ConfirmForgotPassword", api -> api.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(client)
                .username("alice").confirmationCode(code(pool, "alice")).password("Passw0rd-alice-2").build()));
        String carols = srp(client, pool, "carol", "Passw0rd-carol").accessToken();
        call("ChangePassword", api -> api.changePassword(ChangePasswordRequest.builder().accessToken(carols)
                .previousPassword("Passw0rd-carol").proposedPassword("Passw0rd-carol-2").build()));

        call("ListUsers", api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).build()));
        call("ListUsers by email", api -> api.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("email ^= \"a\"").build()));
        call("ListGroups", api -> api.listGroups(ListGroupsRequest.builder().userPoolId(pool).build()));
        call("ListUsersInGroup", api -> api.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool).groupName("admins").build()));
        call("AdminListGroupsForUser", api -> api.adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("bob").build()));
        call("AdminRemoveUserFromGroup", api -> { api.adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest.builder().userPoolId(pool).username("bob").groupName("staff").build()); return null; });
        call("DeleteGroup", api -> { api.deleteGroup(DeleteGroupRequest.builder().userPoolId(pool).groupName("staff").build()); return null; });
        call("GetGroup deleted", api -> api.getGroup(GetGroupRequest.builder().userPoolId(pool).groupName("staff").build()));

        call("AdminDeleteUser", api -> { api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("bob").build()); return null; });
        call("ErasePersonalData", api -> { api.erasePersonalData(pool, bob); return null; });
        call("User history", api -> api.audit().userHistoryBySub(pool, bob).stream().map(MixedWorkload::withoutCorrelation).toList());
        call("User history", api -> api.audit().userHistoryBySub(pool, alice).stream().map(MixedWorkload::withoutCorrelation).toList());
        call("AdminGetUser", api -> api.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build()));

        call("DeleteUserPoolClient", api -> { api.deleteUserPoolClient(DeleteUserPoolClientRequest.builder().userPoolId(pool).clientId(client).build()); return null; });
        call("DescribeUserPoolClient deleted", api -> api.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId(client).build()));
        call("DescribeUserPool", api -> api.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()));
    }

    /** Sends one request to the node whose turn it is, records its answer and returns it (null after a Cognito error). */
    private <T> T call(String request, Function<CairnEngine, T> send) {
        int step = answers.size();
        try {
            T answer = send.apply(router.apply(step));
            answers.add(new Answer(step, request, answer));
            return answer;
        } catch (CognitoException e) {
            answers.add(new Answer(step, request, e.errorType() + ": " + e.getMessage()));
            return null;
        }
    }

    /** An SRP sign-in, both steps recorded; the client's randomness is seeded too, so answers repeat. */
    private AuthenticationResultType srp(String client, String pool, String username, String password) {
        SrpClient srp = new SrpClient(srpClientRandom);
        InitiateAuthResponse challenge = call("InitiateAuth USER_SRP_AUTH", api -> api.initiateAuth(InitiateAuthRequest.builder()
                .clientId(client).authFlow("USER_SRP_AUTH").authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())).build()));
        Map<String, String> c = challenge.challengeParameters();
        String userId = c.get("USER_ID_FOR_SRP");
        PasswordClaim claim = srp.answer(SrpPrincipal.user(pool, userId), password, c.get("SRP_B"), c.get("SALT"), c.get("SECRET_BLOCK"), clock.instant());
        return call("RespondToAuthChallenge PASSWORD_VERIFIER", api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder()
                .clientId(client).challengeName("PASSWORD_VERIFIER").session(challenge.session())
                .challengeResponses(Map.of("USERNAME", userId, "PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock(),
                        "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp())).build())).authenticationResult();
    }

    private String code(String pool, String username) {
        var messages = outbox.messages(pool, username);
        return messages.get(messages.size() - 1).code();
    }

    private static String sub(AdminCreateUserResponse created) {
        return created.user().attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
    }

    /** A history entry as comparable across runs: the correlation id is random per request. */
    private static List<Object> withoutCorrelation(HistoryEntry e) {
        return List.of(e.sequence(), e.at(), e.type(), e.event(), e.context().actorType(), e.context().actor());
    }
}
