package dev.cairn.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.cairn.api.model.*;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine client gets an access token with the client_credentials grant through a standard OAuth
 * 2.0 library (Nimbus OAuth 2.0 SDK), configured from the pool's discovery document, authenticating
 * by HTTP Basic and by form body; the token verifies against the pool's JWKS with the library's JWT
 * processor, and a scope the client is not allowed comes back as the library's invalid_scope.
 */
class ClientCredentialsWithAnOAuthLibraryTest {

    @Test
    void aMachineClientGetsAVerifiableTokenThroughTheLibrary() throws Exception {
        try (WireFixture fixture = new WireFixture()) {
            var engine = fixture.engine();
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("m2m").build()).userPool().id();
            engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain("lib-" + pool.substring(pool.indexOf('_') + 1).toLowerCase()).build());
            engine.createResourceServer(CreateResourceServerRequest.builder().userPoolId(pool).identifier("orders").name("Orders")
                    .scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("r").build()).build());
            UserPoolClientType machine = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("machine")
                    .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("client_credentials")
                    .allowedOAuthScopes("orders/read").build()).userPoolClient();
            OIDCProviderMetadata provider = OIDCProviderMetadata.parse(fixture.get("/" + pool + "/.well-known/openid-configuration").body());
            ClientID id = new ClientID(machine.clientId());
            Secret secret = new Secret(machine.clientSecret());

            for (var auth : java.util.List.of(new ClientSecretBasic(id, secret), new ClientSecretPost(id, secret))) {
                TokenResponse response = TokenResponse.parse(new TokenRequest(provider.getTokenEndpointURI(), auth, new ClientCredentialsGrant(),
                        new Scope("orders/read")).toHTTPRequest().send());
                assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
                String token = ((AccessTokenResponse) response).getTokens().getAccessToken().getValue();
                DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
                processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                        JWKSourceBuilder.create(provider.getJWKSetURI().toURL()).build()));
                processor.setJWSTypeVerifier((header, context) -> { });
                JWTClaimsSet claims = processor.process(token, null);
                assertThat(claims.getStringClaim("scope")).isEqualTo("orders/read");
                assertThat(claims.getStringClaim("client_id")).isEqualTo(machine.clientId());
                assertThat(claims.getIssuer()).isEqualTo(provider.getIssuer().getValue());
            }

            TokenResponse refused = TokenResponse.parse(new TokenRequest(provider.getTokenEndpointURI(), new ClientSecretBasic(id, secret),
                    new ClientCredentialsGrant(), new Scope("orders/write")).toHTTPRequest().send());
            assertThat(((TokenErrorResponse) refused).getErrorObject().getCode()).isEqualTo("invalid_scope");
        }
    }
}
