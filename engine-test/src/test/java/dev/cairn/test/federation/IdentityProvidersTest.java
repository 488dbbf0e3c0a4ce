package dev.cairn.test.federation;

import dev.cairn.api.error.DuplicateProviderException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.IdentityProviderCreated;
import dev.cairn.api.event.IdentityProviderDeleted;
import dev.cairn.api.event.IdentityProviderUpdated;
import dev.cairn.api.event.UserPoolClientCreated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityProvidersTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    static Map<String, String> oidcDetails() {
        return Map.of("client_id", "upstream-client", "client_secret", "upstream-secret", "authorize_scopes", "openid email",
                "oidc_issuer", "https://idp.example.com", "attributes_request_method", "GET");
    }

    private CreateIdentityProviderRequest oidc(String name, String... identifiers) {
        return CreateIdentityProviderRequest.builder().userPoolId(pool).providerName(name).providerType("OIDC")
                .providerDetails(oidcDetails()).attributeMapping(Map.of("email", "email")).idpIdentifiers(List.of(identifiers)).build();
    }

    private DescribeIdentityProviderRequest describe(String name) {
        return DescribeIdentityProviderRequest.builder().userPoolId(pool).providerName(name).build();
    }

    @Test
    void anOidcProviderIsCreatedOnceAndDescribedWithCognitosDefaults() {
        fixture.when(api -> api.createIdentityProvider(oidc("Corp", "corp.example.com")))
                .expectEvents(IdentityProviderCreated.class)
                .expectResult(r -> {
                    IdentityProviderType p = r.identityProvider();
                    assertThat(p.userPoolId()).isEqualTo(pool);
                    assertThat(p.providerType()).isEqualTo("OIDC");
                    assertThat(p.providerDetails()).containsEntry("client_secret", "upstream-secret")
                            .containsEntry("attributes_url_add_attributes", "false").containsEntry("oidc_issuer", "https://idp.example.com");
                    assertThat(p.attributeMapping()).containsEntry("email", "email").containsEntry("username", "sub");
                    assertThat(p.idpIdentifiers()).containsExactly("corp.example.com");
                    assertThat(p.creationDate()).isEqualTo(CairnFixture.START);
                });
        fixture.when(api -> api.createIdentityProvider(oidc("Corp")))
                .expectError(DuplicateProviderException.class, "Corp already exists in user pool " + pool);
        assertThat(fixture.engine().describeIdentityProvider(describe("Corp")).identityProvider().providerName()).isEqualTo("Corp");
    }

    @Test
    void eachProviderTypeNeedsItsOwnDetails() {
        var oidc = oidc("Corp");
        Map<String, String> noIssuer = new java.util.HashMap<>(oidcDetails());
        noIssuer.remove("oidc_issuer");
        fixture.when(api -> api.createIdentityProvider(oidc.toBuilder().providerDetails(noIssuer).build()))
                .expectError(InvalidParameterException.class, "ProviderDetails is missing oidc_issuer.");
        Map<String, String> noSecret = new java.util.HashMap<>(oidcDetails());
        noSecret.remove("client_secret");
        fixture.when(api -> api.createIdentityProvider(oidc.toBuilder().providerDetails(noSecret).build()))
                .expectError(InvalidParameterException.class, "ProviderDetails is missing client_secret.");
        Map<String, String> noOpenid = new java.util.HashMap<>(oidcDetails());
        noOpenid.put("authorize_scopes", "email");
        fixture.when(api -> api.createIdentityProvider(oidc.toBuilder().providerDetails(noOpenid).build()))
                .expectError(InvalidParameterException.class, "authorize_scopes of an OIDC provider must include openid.");
        Map<String, String> badMethod = new java.util.HashMap<>(oidcDetails());
        badMethod.put("attributes_request_method", "PUT");
        fixture.when(api -> api.createIdentityProvider(oidc.toBuilder().providerDetails(badMethod).build()))
                .expectError(InvalidParameterException.class, "attributes_request_method must be GET or POST.");
        Map<String, String> plainHttp = new java.util.HashMap<>(oidcDetails());
        plainHttp.put("oidc_issuer", "http://idp.example.com");
        fixture.when(api -> api.createIdentityProvider(oidc.toBuilder().providerDetails(plainHttp).build()))
                .expectError(InvalidParameterException.class, "oidc_issuer must be an https URL.");
        Map<String, String> unknown = new java.util.HashMap<>(oidcDetails());
        unknown.put("color", "blue");
        fixture.when(api -> api.createIdentityProvider(oidc.toBuilder().providerDetails(unknown).build()))
                .expectError(InvalidParameterException.class, "color is not a valid ProviderDetails key for a OIDC provider.");
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Google")
                        .providerType("Google").providerDetails(Map.of("client_id", "g", "authorize_scopes", "openid")).build()))
                .expectError(InvalidParameterException.class, "ProviderDetails is missing client_secret.");
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("SignInWithApple")
                        .providerType("SignInWithApple").providerDetails(Map.of("client_id", "com.example", "authorize_scopes", "email",
                                "private_key", "k", "key_id", "1")).build()))
                .expectError(InvalidParameterException.class, "ProviderDetails is missing team_id.");
    }

    @Test
    void aSocialProviderIsNamedAfterItsTypeAndGetsItsFixedEndpoints() {
        Map<String, String> details = Map.of("client_id", "1.apps.googleusercontent.com", "client_secret", "gs", "authorize_scopes", "email profile openid");
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("MyGoogle")
                        .providerType("Google").providerDetails(details).build()))
                .expectError(InvalidParameterException.class, "Provider MyGoogle cannot be of type Google.");
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Google")
                        .providerType("Google").providerDetails(details).build()))
                .expectEvents(IdentityProviderCreated.class)
                .expectResult(r -> assertThat(r.identityProvider().providerDetails())
                        .containsEntry("authorize_url", "https://accounts.google.com/o/oauth2/v2/auth")
                        .containsEntry("oidc_issuer", "https://accounts.google.com").containsEntry("token_request_method", "POST"));
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Facebook")
                        .providerType("Facebook").providerDetails(Map.of("client_id", "f", "client_secret", "fs", "authorize_scopes", "public_profile, email")).build()))
                .expectResult(r -> assertThat(r.identityProvider().providerDetails()).containsEntry("api_version", "v17.0")
                        .containsEntry("token_url", "https://graph.facebook.com/v17.0/oauth/access_token"));
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("SignInWithApple")
                        .providerType("SignInWithApple").providerDetails(Map.of("client_id", "com.example", "authorize_scopes", "email name",
                                "private_key", "-----BEGIN PRIVATE KEY-----abc", "key_id", "K1", "team_id", "T1")).build()))
                .expectResult(r -> assertThat(r.identityProvider().providerDetails()).doesNotContainKey("private_key")
                        .containsEntry("team_id", "T1").containsEntry("oidc_issuer", "https://appleid.apple.com"));
    }

    @Test
    void aSamlProviderKeepsWhatItsMetadataSays() {
        SamlIdp idp = new SamlIdp("https://idp.example.com/saml", "https://idp.example.com/sso");
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Okta")
                        .providerType("SAML").providerDetails(Map.of("MetadataFile", idp.metadata(), "IDPSignout", "true"))
                        .attributeMapping(Map.of("email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")).build()))
                .expectEvents(IdentityProviderCreated.class)
                .expectResult(r -> {
                    assertThat(r.identityProvider().providerDetails()).containsEntry("SSORedirectBindingURI", "https://idp.example.com/sso")
                            .containsEntry("SLORedirectBindingURI", "https://idp.example.com/sso/slo").containsEntry("IDPSignout", "true");
                    assertThat(r.identityProvider().attributeMapping()).doesNotContainKey("username");
                });
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Broken")
                        .providerType("SAML").providerDetails(Map.of("MetadataFile", "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"x\"/>")).build()))
                .expectError(InvalidParameterException.class, "Could not parse the SAML metadata: The metadata has no IDPSSODescriptor.");
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Evil")
                        .providerType("SAML").providerDetails(Map.of("MetadataFile", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")).build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Both")
                        .providerType("SAML").providerDetails(Map.of("MetadataFile", idp.metadata(), "MetadataURL", "https://idp.example.com/md")).build()))
                .expectError(InvalidParameterException.class, "A SAML provider needs exactly one of MetadataFile and MetadataURL.");
        fixture.when(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Unreachable")
                        .providerType("SAML").providerDetails(Map.of("MetadataURL", "http://idp.example.com/md")).build()))
                .expectError(InvalidParameterException.class, "Could not retrieve the SAML metadata from http://idp.example.com/md.");
    }

    @Test
    void idpIdentifiersAreUniqueInThePool() {
        fixture.givenThat(api -> api.createIdentityProvider(oidc("Corp", "corp.example.com", "corp")));
        fixture.when(api -> api.createIdentityProvider(oidc("Other", "corp")))
                .expectError(DuplicateProviderException.class, "The IdP identifier corp is already used by provider Corp.");
        fixture.when(api -> api.createIdentityProvider(oidc("Other", "x", "x")))
                .expectError(InvalidParameterException.class, "Duplicate IdP identifier x.");
        var found = fixture.engine().getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest.builder().userPoolId(pool)
                .idpIdentifier("corp").build()).identityProvider();
        assertThat(found.providerName()).isEqualTo("Corp");
        fixture.when(api -> api.getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest.builder().userPoolId(pool)
                        .idpIdentifier("nobody").build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void theAttributeMappingNamesMutableAttributesOfThePool() {
        fixture.when(api -> api.createIdentityProvider(oidc("Corp").toBuilder().attributeMapping(Map.of("shoe_size", "size")).build()))
                .expectError(InvalidParameterException.class, "Invalid attribute mapping: shoe_size is not an attribute of the user pool.");
        fixture.when(api -> api.createIdentityProvider(oidc("Corp").toBuilder().attributeMapping(Map.of("sub", "sub")).build()))
                .expectError(InvalidParameterException.class, "Invalid attribute mapping: sub is not mutable.");
        fixture.when(api -> api.createIdentityProvider(oidc("Corp").toBuilder().attributeMapping(Map.of("username", "preferred_username", "name", "name")).build()))
                .expectResult(r -> assertThat(r.identityProvider().attributeMapping()).containsEntry("username", "preferred_username"));
    }

    @Test
    void updateChangesWhatItNamesAndKeepsTheRestIncludingTheSecret() {
        fixture.givenThat(api -> api.createIdentityProvider(oidc("Corp", "corp")));
        Map<String, String> details = new java.util.HashMap<>(oidcDetails());
        details.remove("client_secret");
        details.put("authorize_scopes", "openid profile");
        fixture.when(api -> api.updateIdentityProvider(UpdateIdentityProviderRequest.builder().userPoolId(pool).providerName("Corp")
                        .providerDetails(details).build()))
                .expectEvents(IdentityProviderUpdated.class)
                .expectResult(r -> {
                    assertThat(r.identityProvider().providerDetails()).containsEntry("authorize_scopes", "openid profile")
                            .containsEntry("client_secret", "upstream-secret");
                    assertThat(r.identityProvider().idpIdentifiers()).containsExactly("corp");
                    assertThat(r.identityProvider().attributeMapping()).containsEntry("email", "email");
                });
        fixture.when(api -> api.updateIdentityProvider(UpdateIdentityProviderRequest.builder().userPoolId(pool).providerName("Nobody")
                        .idpIdentifiers(List.of("n")).build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void clientsMayNameOnlyProvidersThePoolHasAndLoseADeletedOne() {
        var client = Requests.createClient(pool, "web").toBuilder().supportedIdentityProviders(List.of("COGNITO", "Corp")).build();
        fixture.when(api -> api.createUserPoolClient(client))
                .expectError(InvalidParameterException.class, "The provider Corp does not exist for User Pool " + pool);
        fixture.givenThat(api -> api.createIdentityProvider(oidc("Corp")));
        fixture.when(api -> api.createUserPoolClient(client)).expectEvents(UserPoolClientCreated.class);
        String clientId = fixture.engine().listUserPoolClients(ListUserPoolClientsRequest.builder().userPoolId(pool).build())
                .userPoolClients().get(0).clientId();
        fixture.whenRun(api -> api.deleteIdentityProvider(DeleteIdentityProviderRequest.builder().userPoolId(pool).providerName("Corp").build()))
                .expectEvents(IdentityProviderDeleted.class);
        assertThat(fixture.engine().describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId(clientId).build())
                .userPoolClient().supportedIdentityProviders()).containsExactly("COGNITO");
        fixture.whenRun(api -> api.deleteIdentityProvider(DeleteIdentityProviderRequest.builder().userPoolId(pool).providerName("Corp").build()))
                .expectError(ResourceNotFoundException.class);
        fixture.when(api -> api.describeIdentityProvider(describe("Corp"))).expectError(ResourceNotFoundException.class);
    }

    @Test
    void listingPagesThroughEveryProviderByName() {
        for (String n : List.of("e", "a", "d", "c", "b")) fixture.givenThat(api -> api.createIdentityProvider(oidc("idp-" + n)));
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var page = fixture.engine().listIdentityProviders(ListIdentityProvidersRequest.builder().userPoolId(pool).maxResults(2).nextToken(token).build());
            page.providers().forEach(p -> seen.add(p.providerName()));
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).containsExactly("idp-a", "idp-b", "idp-c", "idp-d", "idp-e");
    }

    @Test
    void providersSurviveAProjectionRebuild() {
        fixture.givenThat(api -> api.createIdentityProvider(oidc("Corp", "corp")));
        fixture.givenThat(api -> api.createIdentityProvider(oidc("Gone")));
        fixture.givenThat(api -> api.deleteIdentityProvider(DeleteIdentityProviderRequest.builder().userPoolId(pool).providerName("Gone").build()));
        var before = fixture.engine().describeIdentityProvider(describe("Corp")).identityProvider();
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().describeIdentityProvider(describe("Corp")).identityProvider()).isEqualTo(before);
        assertThat(fixture.engine().listIdentityProviders(ListIdentityProvidersRequest.builder().userPoolId(pool).build()).providers())
                .extracting(ProviderDescription::providerName).containsExactly("Corp");
    }
}
