package dev.cairn.test.oauth;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.ClientSecretAdded;
import dev.cairn.api.event.ClientSecretDeleted;
import dev.cairn.api.model.*;
import dev.cairn.core.client.AppClients;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSecretRotationTest {

    private static final String PASSWORD = "Passw0rd!Passw0rd";

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
    private final UserPoolClientType client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "server").toBuilder()
            .generateSecret(true).explicitAuthFlows("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient();

    private AddUserPoolClientSecretRequest add() {
        return AddUserPoolClientSecretRequest.builder().userPoolId(pool).clientId(client.clientId()).build();
    }

    private java.util.List<ClientSecretDescriptorType> secrets() {
        return fixture.engine().listUserPoolClientSecrets(ListUserPoolClientSecretsRequest.builder().userPoolId(pool)
                .clientId(client.clientId()).build()).clientSecrets();
    }

    private DeleteUserPoolClientSecretRequest delete(String id) {
        return DeleteUserPoolClientSecretRequest.builder().userPoolId(pool).clientId(client.clientId()).clientSecretId(id).build();
    }

    private dev.cairn.test.Then<AdminInitiateAuthResponse> signIn(String secret) {
        return fixture.when(api -> api.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client.clientId())
                .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
                        "SECRET_HASH", AppClients.hash(secret, "alice", client.clientId()))).build()));
    }

    @Test
    void theSecretAClientWasCreatedWithIsListedWithCognitosIdFormatAndNoValue() {
        assertThat(secrets()).singleElement().satisfies(s -> {
            assertThat(s.clientSecretId()).isEqualTo(client.clientId() + "--" + CairnFixture.START.toEpochMilli());
            assertThat(s.clientSecretCreateDate()).isEqualTo(CairnFixture.START);
            assertThat(s.clientSecretValue()).isNull();
        });
    }

    @Test
    void aGeneratedSecretIsHandedBackOnceAndBothSecretsSignIn() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice").toBuilder().messageAction("SUPPRESS").build()));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
        fixture.clock().advance(Duration.ofMinutes(1));
        var added = fixture.when(api -> api.addUserPoolClientSecret(add()))
                .expectEvents(ClientSecretAdded.class).result().clientSecretDescriptor();
        assertThat(added.clientSecretValue()).isNotBlank().isNotEqualTo(client.clientSecret());
        assertThat(added.clientSecretCreateDate()).isEqualTo(CairnFixture.START.plus(Duration.ofMinutes(1)));
        assertThat(secrets()).extracting(ClientSecretDescriptorType::clientSecretId).endsWith(added.clientSecretId()).hasSize(2)
                .allSatisfy(id -> assertThat(id).startsWith(client.clientId() + "--"));
        assertThat(secrets()).allSatisfy(s -> assertThat(s.clientSecretValue()).isNull());

        signIn(client.clientSecret()).expectSuccess();
        signIn(added.clientSecretValue()).expectSuccess();

        String original = secrets().get(0).clientSecretId();
        fixture.whenRun(api -> api.deleteUserPoolClientSecret(delete(original))).expectEvents(ClientSecretDeleted.class);
        signIn(client.clientSecret()).expectFailure(NotAuthorizedException.class, "Unable to verify secret hash for client " + client.clientId());
        signIn(added.clientSecretValue()).expectSuccess();
        assertThat(fixture.engine().describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId(client.clientId())
                .build()).userPoolClient().clientSecret()).isEqualTo(added.clientSecretValue());
    }

    @Test
    void aSecretTheCallerChoseIsNotEchoed() {
        var added = fixture.given(api -> api.addUserPoolClientSecret(add().toBuilder().clientSecret("myOwnSecretValue0123456789abcdef").build()))
                .clientSecretDescriptor();
        assertThat(added.clientSecretValue()).isNull();
        assertThat(added.clientSecretId()).isNotBlank();
    }

    @Test
    void atMostTwoSecretsLive() {
        fixture.givenThat(api -> api.addUserPoolClientSecret(add()));
        fixture.when(api -> api.addUserPoolClientSecret(add()))
                .expectError(LimitExceededException.class, "The app client already has the maximum of 2 client secrets.");
    }

    @Test
    void twoSecretsAddedInOneMillisecondGetDistinctIds() {
        String original = secrets().get(0).clientSecretId();
        var added = fixture.given(api -> api.addUserPoolClientSecret(add())).clientSecretDescriptor();
        assertThat(added.clientSecretId()).isNotEqualTo(original);
        fixture.givenThat(api -> api.deleteUserPoolClientSecret(delete(original)));
        var again = fixture.given(api -> api.addUserPoolClientSecret(add())).clientSecretDescriptor();
        assertThat(secrets()).extracting(ClientSecretDescriptorType::clientSecretId).doesNotHaveDuplicates()
                .containsExactly(added.clientSecretId(), again.clientSecretId());
    }

    @Test
    void theLastSecretCannotBeDeletedAndUnknownSecretsAreNotFound() {
        String only = secrets().get(0).clientSecretId();
        fixture.when(api -> api.deleteUserPoolClientSecret(delete(only)))
                .expectError(InvalidParameterException.class, "The last client secret of an app client cannot be deleted.");
        fixture.when(api -> api.deleteUserPoolClientSecret(delete(client.clientId() + "--1")))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void aPublicClientGetsNoSecret() {
        String open = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "spa"))).userPoolClient().clientId();
        fixture.when(api -> api.addUserPoolClientSecret(add().toBuilder().clientId(open).build()))
                .expectError(InvalidParameterException.class);
        assertThat(fixture.engine().listUserPoolClientSecrets(ListUserPoolClientSecretsRequest.builder().userPoolId(pool).clientId(open).build())
                .clientSecrets()).isEmpty();
    }

    @Test
    void secretsSurviveAProjectionRebuild() {
        fixture.clock().advance(Duration.ofSeconds(1));
        fixture.givenThat(api -> api.addUserPoolClientSecret(add()));
        var before = secrets();
        fixture.engine().rebuildProjections();
        assertThat(secrets()).isEqualTo(before);
    }
}
