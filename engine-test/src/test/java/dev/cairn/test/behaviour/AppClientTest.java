package dev.cairn.test.behaviour;

import dev.cairn.api.error.InvalidOAuthFlowException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UserPoolClientCreated;
import dev.cairn.api.event.UserPoolClientDeleted;
import dev.cairn.api.event.UserPoolClientUpdated;
import dev.cairn.api.model.*;
import dev.cairn.core.json.Json;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AppClientTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    private CreateUserPoolClientRequest.Builder client() {
        return CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web");
    }

    @Test
    void newClientHasCognitoDefaults() {
        fixture.when(api -> api.createUserPoolClient(client().build()))
                .expectEvents(UserPoolClientCreated.class)
                .expectResult(r -> {
                    UserPoolClientType c = r.userPoolClient();
                    assertThat(c.clientId()).matches("[0-9a-z]{26}");
                    assertThat(c.clientSecret()).isNull();
                    assertThat(c.userPoolId()).isEqualTo(pool);
                    assertThat(c.refreshTokenValidity()).isEqualTo(30);
                    assertThat(c.explicitAuthFlows()).containsExactly("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");
                    assertThat(c.preventUserExistenceErrors()).isEqualTo("LEGACY");
                    assertThat(c.enableTokenRevocation()).isTrue();
                    assertThat(c.authSessionValidity()).isEqualTo(3);
                    assertThat(c.tokenValidityUnits()).isEqualTo(TokenValidityUnitsType.builder()
                            .accessToken("hours").idToken("hours").refreshToken("days").build());
                    assertThat(c.creationDate()).isEqualTo(CairnFixture.START);
                });
    }

    @Test
    void generatedSecretIsReturnedButNeverEntersTheLogInPlaintext() {
        var then = fixture.when(api -> api.createUserPoolClient(client().generateSecret(true).build()));
        String secret = then.result().userPoolClient().clientSecret();
        assertThat(secret).matches("[0-9a-z]{51}");
        then.expectEvent(UserPoolClientCreated.class, e -> {
            assertThat(e.encryptedClientSecret()).isNotBlank();
            assertThat(Json.write(e)).doesNotContain(secret);
        });
        String id = then.result().userPoolClient().clientId();
        assertThat(fixture.engine().describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId(id).build())
                .userPoolClient().clientSecret()).isEqualTo(secret);
    }

    @Test
    void everySettingIsEchoed() {
        CreateUserPoolClientRequest r = client().accessTokenValidity(15).idTokenValidity(15).refreshTokenValidity(10)
                .tokenValidityUnits(TokenValidityUnitsType.builder().accessToken("minutes").idToken("minutes").refreshToken("days").build())
                .readAttributes("email", "name").writeAttributes("name")
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .supportedIdentityProviders("COGNITO").callbackURLs("https://app.example.com/cb", "http://localhost:3000/cb")
                .logoutURLs("https://app.example.com/bye").defaultRedirectURI("https://app.example.com/cb")
                .allowedOAuthFlows("code").allowedOAuthScopes("openid", "email").allowedOAuthFlowsUserPoolClient(true)
                .preventUserExistenceErrors("ENABLED").enableTokenRevocation(false).authSessionValidity(10).build();
        UserPoolClientType c = fixture.given(api -> api.createUserPoolClient(r)).userPoolClient();
        assertThat(c.accessTokenValidity()).isEqualTo(15);
        assertThat(c.tokenValidityUnits().accessToken()).isEqualTo("minutes");
        assertThat(c.readAttributes()).containsExactly("email", "name");
        assertThat(c.writeAttributes()).containsExactly("name");
        assertThat(c.explicitAuthFlows()).containsExactly("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
        assertThat(c.callbackURLs()).hasSize(2);
        assertThat(c.allowedOAuthFlows()).containsExactly("code");
        assertThat(c.allowedOAuthScopes()).containsExactly("openid", "email");
        assertThat(c.preventUserExistenceErrors()).isEqualTo("ENABLED");
        assertThat(c.enableTokenRevocation()).isFalse();
        assertThat(c.authSessionValidity()).isEqualTo(10);
    }

    @Test
    void legacyAndAllowFlowsDoNotMix() {
        fixture.when(api -> api.createUserPoolClient(client().explicitAuthFlows("USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH").build()))
                .expectErrorContaining(InvalidParameterException.class, "legacy");
    }

    @Test
    void tokenValidityOutsideCognitosRangesIsRefused() {
        fixture.when(api -> api.createUserPoolClient(client().accessTokenValidity(2)
                        .tokenValidityUnits(TokenValidityUnitsType.builder().accessToken("days").build()).build()))
                .expectErrorContaining(InvalidParameterException.class, "AccessTokenValidity");
        fixture.when(api -> api.createUserPoolClient(client().refreshTokenValidity(30)
                        .tokenValidityUnits(TokenValidityUnitsType.builder().refreshToken("minutes").build()).build()))
                .expectErrorContaining(InvalidParameterException.class, "RefreshTokenValidity");
        fixture.when(api -> api.createUserPoolClient(client().authSessionValidity(16).build()))
                .expectErrorContaining(InvalidParameterException.class, "authSessionValidity");
    }

    @Test
    void oauthRulesAreChecked() {
        fixture.when(api -> api.createUserPoolClient(client().allowedOAuthFlows("code").build()))
                .expectErrorContaining(InvalidParameterException.class, "CallbackURLs");
        fixture.when(api -> api.createUserPoolClient(client().allowedOAuthFlows("code").callbackURLs("http://evil.example.com").build()))
                .expectErrorContaining(InvalidParameterException.class, "HTTPS");
        fixture.when(api -> api.createUserPoolClient(client().allowedOAuthFlowsUserPoolClient(true).build()))
                .expectError(InvalidOAuthFlowException.class);
        fixture.when(api -> api.createUserPoolClient(client().allowedOAuthFlows("client_credentials", "code")
                        .callbackURLs("https://a.example.com").build()))
                .expectError(InvalidOAuthFlowException.class);
    }

    @Test
    void readAndWriteAttributesMustBeInTheSchema() {
        fixture.when(api -> api.createUserPoolClient(client().readAttributes("custom:missing").build()))
                .expectErrorContaining(InvalidParameterException.class, "custom:missing");
    }

    @Test
    void updateResetsOmittedSettingsButKeepsIdSecretAndCreationDate() {
        UserPoolClientType c = fixture.given(api -> api.createUserPoolClient(client().generateSecret(true).authSessionValidity(10).build())).userPoolClient();
        fixture.when(api -> api.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(pool).clientId(c.clientId())
                        .clientName("renamed").build()))
                .expectEvents(UserPoolClientUpdated.class)
                .expectResult(r -> {
                    assertThat(r.userPoolClient().clientName()).isEqualTo("renamed");
                    assertThat(r.userPoolClient().authSessionValidity()).isEqualTo(3);
                    assertThat(r.userPoolClient().clientSecret()).isEqualTo(c.clientSecret());
                    assertThat(r.userPoolClient().creationDate()).isEqualTo(c.creationDate());
                });
    }

    @Test
    void unknownClientIsResourceNotFound() {
        fixture.when(api -> api.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId("nope").build()))
                .expectError(ResourceNotFoundException.class, "User pool client nope does not exist.");
    }

    @Test
    void deletedClientIsGoneAndListWalksPages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(fixture.given(api -> api.createUserPoolClient(client().build())).userPoolClient().clientId());
        fixture.whenRun(api -> api.deleteUserPoolClient(DeleteUserPoolClientRequest.builder().userPoolId(pool).clientId(ids.get(0)).build()))
                .expectEvents(UserPoolClientDeleted.class);
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var page = fixture.engine().listUserPoolClients(ListUserPoolClientsRequest.builder().userPoolId(pool).maxResults(2).nextToken(token).build());
            page.userPoolClients().forEach(d -> seen.add(d.clientId()));
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(ids.subList(1, 5));
    }
}
