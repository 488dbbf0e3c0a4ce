package dev.cairn.test.oauth;

import dev.cairn.api.model.*;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pool decides what a client_credentials grant may have: the client's flow, its allowed scopes that still exist. */
class ClientCredentialsGrantTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    ClientCredentialsGrantTest() {
        fixture.givenThat(api -> api.createResourceServer(CreateResourceServerRequest.builder().userPoolId(pool).identifier("orders").name("Orders")
                .scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("r").build(),
                        ResourceServerScopeType.builder().scopeName("write").scopeDescription("w").build()).build()));
    }

    private UserPoolClientType machine(String... scopes) {
        return fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "machine").toBuilder().generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("client_credentials").allowedOAuthScopes(List.of(scopes)).build()))
                .userPoolClient();
    }

    private String scopeOf(UserPoolClientType c, String scope) {
        String token = fixture.engine().oauth2Token(pool, new TokenRequest("client_credentials", c.clientId(), c.clientSecret(), scope, null)).accessToken();
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return payload.replaceAll(".*\"scope\":\"([^\"]*)\".*", "$1");
    }

    private void refused(UserPoolClientType c, String secret, String scope, String error) {
        assertThatThrownBy(() -> fixture.engine().oauth2Token(pool, new TokenRequest("client_credentials", c.clientId(), secret, scope, null)))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @Test
    void aRequestedScopeOfTheClientIsGrantedAndNoScopeGrantsAll() {
        var c = machine("orders/read", "orders/write", "openid");
        assertThat(scopeOf(c, "orders/write")).isEqualTo("orders/write");
        assertThat(scopeOf(c, null)).isEqualTo("orders/read orders/write");
    }

    @Test
    void aScopeWhoseResourceServerWasDeletedIsNoLongerGranted() {
        var c = machine("orders/read");
        fixture.givenThat(api -> api.deleteResourceServer(DeleteResourceServerRequest.builder().userPoolId(pool).identifier("orders").build()));
        refused(c, c.clientSecret(), "orders/read", "invalid_scope");
        refused(c, c.clientSecret(), null, "invalid_scope");
    }

    @Test
    void aRotatedSecretAuthenticatesAndAWrongOneDoesNot() {
        var c = machine("orders/read");
        String second = fixture.given(api -> api.addUserPoolClientSecret(AddUserPoolClientSecretRequest.builder().userPoolId(pool)
                .clientId(c.clientId()).build())).clientSecretDescriptor().clientSecretValue();
        assertThat(fixture.engine().oauth2Token(pool, new TokenRequest("client_credentials", c.clientId(), second, null, null)).accessToken()).isNotBlank();
        refused(c, "wrong", null, "invalid_client");
    }

    @Test
    void aClientOfAnotherPoolIsUnknownHere() {
        var c = machine("orders/read");
        String other = fixture.given(api -> api.createUserPool(Requests.createUserPool("blog"))).userPool().id();
        assertThatThrownBy(() -> fixture.engine().oauth2Token(other, new TokenRequest("client_credentials", c.clientId(), c.clientSecret(), null, null)))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
    }

    @Test
    void theGrantWritesNothing() {
        var c = machine("orders/read");
        fixture.when(api -> api.oauth2Token(pool, new TokenRequest("client_credentials", c.clientId(), c.clientSecret(), null, null)))
                .expectSuccess().expectNoEvents();
    }
}
