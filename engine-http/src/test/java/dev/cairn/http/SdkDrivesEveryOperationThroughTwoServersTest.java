package dev.cairn.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SDK journey of {@link SdkDrivesEveryOperationTest}, with the same expected answers, through
 * two server processes on one PostgreSQL database behind a round-robin balancer ({@link TwoServers}),
 * and clients racing through both: no server fault.
 */
class SdkDrivesEveryOperationThroughTwoServersTest extends SdkDrivesEveryOperationTest {

    @BeforeAll
    static void start() {
        drive(TwoServers.start());
    }

    @AfterAll
    static void noServerFaulted() {
        assertThat(((TwoServers) fixture).faults()).as("replies with HTTP 5xx").isEmpty();
    }

    @Test
    void clientsRacingThroughBothServersOnTheSameUsersGroupsAndClientMeetNoServerFault() throws Exception {
        String pool = cognito.createUserPool(b -> b.poolName("race")).userPool().id();
        String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
        for (String user : List.of("u0", "u1", "u2")) {
            cognito.adminCreateUser(b -> b.userPoolId(pool).username(user).messageAction(MessageActionType.SUPPRESS));
            cognito.adminSetUserPassword(b -> b.userPoolId(pool).username(user).password("Passw0rd-" + user).permanent(true));
        }
        cognito.createGroup(b -> b.userPoolId(pool).groupName("g"));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Random rnd = new Random(c);
            String tag = "c" + c;
            done.add(clients.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    String user = "u" + rnd.nextInt(3);
                    try {
                        switch (rnd.nextInt(6)) {
                            case 0 -> cognito.adminUpdateUserAttributes(b -> b.userPoolId(pool).username(user)
                                    .userAttributes(AttributeType.builder().name("given_name").value(tag).build()));
                            case 1 -> cognito.adminAddUserToGroup(b -> b.userPoolId(pool).username(user).groupName("g"));
                            case 2 -> cognito.createGroup(b -> b.userPoolId(pool).groupName(tag + "-" + rnd.nextInt(1000)));
                            case 3 -> cognito.updateUserPoolClient(b -> b.userPoolId(pool).clientId(client).clientName(tag)
                                    .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH));
                            case 4 -> cognito.adminInitiateAuth(b -> b.userPoolId(pool).clientId(client).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                                    .authParameters(Map.of("USERNAME", user, "PASSWORD", "Passw0rd-" + user)));
                            default -> cognito.adminDisableUser(b -> b.userPoolId(pool).username(user));
                        }
                    } catch (CognitoIdentityProviderException e) {
                        // a refusal is an answer (a disabled user cannot sign in); a server fault is recorded by the balancer
                        if (e.statusCode() >= 500) throw e;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        clients.shutdown();
        assertThat(((TwoServers) fixture).faults()).isEmpty();
    }
}
