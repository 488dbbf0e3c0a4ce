package dev.cairn.test.federation;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.ProviderLinked;
import dev.cairn.api.event.ProviderUnlinked;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderLinksTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    ProviderLinksTest() {
        fixture.givenThat(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Corp")
                .providerType("OIDC").providerDetails(IdentityProvidersTest.oidcDetails()).attributeMapping(Map.of("email", "email")).build()));
        fixture.givenThat(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Google")
                .providerType("Google").providerDetails(Map.of("client_id", "g", "client_secret", "gs", "authorize_scopes", "openid email")).build()));
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "ana")));
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob")));
    }

    private static ProviderUserIdentifierType native_(String username) {
        return ProviderUserIdentifierType.builder().providerName("Cognito").providerAttributeValue(username).build();
    }

    private static ProviderUserIdentifierType source(String provider, String attribute, String value) {
        return ProviderUserIdentifierType.builder().providerName(provider).providerAttributeName(attribute).providerAttributeValue(value).build();
    }

    private AdminLinkProviderForUserRequest link(ProviderUserIdentifierType destination, ProviderUserIdentifierType source) {
        return AdminLinkProviderForUserRequest.builder().userPoolId(pool).destinationUser(destination).sourceUser(source).build();
    }

    private AdminDisableProviderForUserRequest disable(ProviderUserIdentifierType user) {
        return AdminDisableProviderForUserRequest.builder().userPoolId(pool).user(user).build();
    }

    private String identities(String username) {
        return fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username(username).build()).userAttributes().stream()
                .filter(a -> a.name().equals("identities")).map(AttributeType::value).findFirst().orElse(null);
    }

    @Test
    void aProviderIdentityIsLinkedToOneNativeUserOnly() {
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Corp", "Cognito_Subject", "upstream-sub-1"))))
                .expectEvents(ProviderLinked.class);
        assertThat(identities("ana")).contains("\"userId\":\"upstream-sub-1\"", "\"providerName\":\"Corp\"", "\"providerType\":\"OIDC\"");
        String refusal = "Merging is not currently supported, provide a SourceUser that has not been linked yet.";
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Corp", "Cognito_Subject", "upstream-sub-1"))))
                .expectError(InvalidParameterException.class, refusal);
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("bob"), source("Corp", "Cognito_Subject", "upstream-sub-1"))))
                .expectError(InvalidParameterException.class, refusal);
        assertThat(identities("bob")).isNull();
    }

    @Test
    void theSourceMustBeAFederatedIdentityOfAnExistingProviderLinkedByItsSubjectOrAMappedAttribute() {
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Okta", "Cognito_Subject", "x"))))
                .expectError(ResourceNotFoundException.class, "Identity provider Okta does not exist.");
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Cognito", "Cognito_Subject", "bob"))))
                .expectError(InvalidParameterException.class, "SourceUser must be a federated user, not a user of the user pool itself.");
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Google", "email", "ana@example.com"))))
                .expectError(InvalidParameterException.class, "ProviderAttributeName must be Cognito_Subject for a Google provider.");
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Corp", "phone_number", "+15550100"))))
                .expectError(InvalidParameterException.class, "ProviderAttributeName phone_number is neither Cognito_Subject nor mapped by provider Corp.");
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Corp", "email", "ana@example.com"))))
                .expectEvents(ProviderLinked.class);
        assertThat(identities("ana")).contains("\"attributeName\":\"email\"");
    }

    @Test
    void theDestinationMustBeAnExistingNativeUser() {
        fixture.when(api -> api.adminLinkProviderForUser(link(source("Google", "Cognito_Subject", "g-1"), source("Corp", "Cognito_Subject", "s"))))
                .expectError(InvalidParameterException.class, "DestinationUser must be a native user of the user pool: its ProviderName must be Cognito.");
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("nobody"), source("Corp", "Cognito_Subject", "s"))))
                .expectError(UserNotFoundException.class, "User does not exist.");
    }

    @Test
    void aUserHoldsAtMostFiveLinkedIdentities() {
        for (int i = 0; i < 5; i++) {
            int n = i;
            fixture.givenThat(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Corp", "Cognito_Subject", "s" + n))));
        }
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Google", "Cognito_Subject", "g"))))
                .expectError(LimitExceededException.class);
    }

    @Test
    void disablingTheProviderForALinkedIdentityRemovesTheLinkAndFreesIt() {
        fixture.givenThat(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Google", "Cognito_Subject", "g-1"))));
        fixture.when(api -> api.adminDisableProviderForUser(disable(source("Google", "Cognito_Subject", "g-1"))))
                .expectEvents(ProviderUnlinked.class);
        assertThat(identities("ana")).isNull();
        fixture.when(api -> api.adminDisableProviderForUser(disable(source("Google", "Cognito_Subject", "g-1"))))
                .expectError(UserNotFoundException.class);
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("bob"), source("Google", "Cognito_Subject", "g-1"))))
                .expectEvents(ProviderLinked.class);
    }

    @Test
    void deletingAUserFreesItsLinks() {
        fixture.givenThat(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Google", "Cognito_Subject", "g-1"))));
        fixture.whenRun(api -> api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("ana").build()))
                .expectEvents(UserDeleted.class);
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("bob"), source("Google", "Cognito_Subject", "g-1"))))
                .expectEvents(ProviderLinked.class);
    }

    @Test
    void linksSurviveAProjectionRebuild() {
        fixture.givenThat(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Google", "Cognito_Subject", "g-1"))));
        fixture.givenThat(api -> api.adminLinkProviderForUser(link(native_("ana"), source("Corp", "Cognito_Subject", "c-1"))));
        fixture.givenThat(api -> api.adminDisableProviderForUser(disable(source("Corp", "Cognito_Subject", "c-1"))));
        String before = identities("ana");
        var claims = fixture.engine().storage().claims().all();
        fixture.engine().rebuildProjections();
        assertThat(identities("ana")).isEqualTo(before);
        assertThat(fixture.engine().storage().claims().all()).isEqualTo(claims);
        fixture.when(api -> api.adminLinkProviderForUser(link(native_("bob"), source("Google", "Cognito_Subject", "g-1"))))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void disablingTheCognitoProviderOfANativeUserIsNotSupported() {
        fixture.when(api -> api.adminDisableProviderForUser(disable(source("Cognito", "Cognito_Subject", "ana"))))
                .expectError(InvalidParameterException.class, "Disabling the Cognito provider of a native user is not supported by Cairn.");
    }
}
