package dev.cairn.test.oauth;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UserPoolDomainCreated;
import dev.cairn.api.event.UserPoolDomainDeleted;
import dev.cairn.api.event.UserPoolDomainUpdated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainsTest {

    private static final String CERT = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";
    private static final String OTHER_CERT = "arn:aws:acm:us-east-1:123456789012:certificate/66666666-2222-3333-4444-555555555555";

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
    private final String otherPool = fixture.given(api -> api.createUserPool(Requests.createUserPool("blog"))).userPool().id();

    private CreateUserPoolDomainRequest prefix(String poolId, String domain) {
        return CreateUserPoolDomainRequest.builder().userPoolId(poolId).domain(domain).build();
    }

    private CreateUserPoolDomainRequest custom(String poolId, String domain) {
        return CreateUserPoolDomainRequest.builder().userPoolId(poolId).domain(domain)
                .customDomainConfig(CustomDomainConfigType.builder().certificateArn(CERT).build()).build();
    }

    private DomainDescriptionType describe(String domain) {
        return fixture.engine().describeUserPoolDomain(DescribeUserPoolDomainRequest.builder().domain(domain).build()).domainDescription();
    }

    @Test
    void aPrefixDomainIsCreatedDescribedAndReportedByThePool() {
        fixture.when(api -> api.createUserPoolDomain(prefix(pool, "shop-login")))
                .expectEvents(UserPoolDomainCreated.class)
                .expectResult(r -> {
                    assertThat(r.managedLoginVersion()).isEqualTo(1);
                    assertThat(r.cloudFrontDomain()).isNull();
                });
        DomainDescriptionType d = describe("shop-login");
        assertThat(d.userPoolId()).isEqualTo(pool);
        assertThat(d.domain()).isEqualTo("shop-login");
        assertThat(d.status()).isEqualTo("ACTIVE");
        assertThat(d.awsAccountId()).matches("\\d{12}");
        assertThat(d.customDomainConfig()).isNull();
        UserPoolType described = fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool();
        assertThat(described.domain()).isEqualTo("shop-login");
        assertThat(described.customDomain()).isNull();
    }

    @Test
    void aTakenPrefixIsRefusedInAnyPoolAndFreeAgainOnceDeleted() {
        fixture.givenThat(api -> api.createUserPoolDomain(prefix(pool, "shop-login")));
        fixture.when(api -> api.createUserPoolDomain(prefix(otherPool, "shop-login")))
                .expectError(InvalidParameterException.class, "Domain already associated with another user pool.");
        fixture.when(api -> api.deleteUserPoolDomain(DeleteUserPoolDomainRequest.builder().userPoolId(pool).domain("shop-login").build()))
                .expectEvents(UserPoolDomainDeleted.class);
        assertThat(describe("shop-login").domain()).isNull();
        fixture.when(api -> api.createUserPoolDomain(prefix(otherPool, "shop-login")))
                .expectEvents(UserPoolDomainCreated.class);
        assertThat(describe("shop-login").userPoolId()).isEqualTo(otherPool);
    }

    @Test
    void aDeletedPoolFreesItsDomain() {
        fixture.givenThat(api -> api.createUserPoolDomain(prefix(pool, "shop-login")));
        fixture.givenThat(api -> api.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(pool).build()));
        fixture.when(api -> api.createUserPoolDomain(prefix(otherPool, "shop-login")))
                .expectEvents(UserPoolDomainCreated.class);
    }

    @Test
    void aPoolHasOnePrefixDomainAndOneCustomDomain() {
        fixture.givenThat(api -> api.createUserPoolDomain(prefix(pool, "shop-login")));
        fixture.when(api -> api.createUserPoolDomain(prefix(pool, "shop-login-2")))
                .expectError(InvalidParameterException.class, "User pool already has a domain configured.");
        fixture.when(api -> api.createUserPoolDomain(custom(pool, "auth.shop.example.com")))
                .expectEvents(UserPoolDomainCreated.class)
                .expectResult(r -> assertThat(r.cloudFrontDomain()).matches("d[0-9a-f]{13}\\.cloudfront\\.net"));
        fixture.when(api -> api.createUserPoolDomain(custom(pool, "login.shop.example.com")))
                .expectError(InvalidParameterException.class, "User pool already has a domain configured.");
        UserPoolType described = fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool();
        assertThat(described.domain()).isEqualTo("shop-login");
        assertThat(described.customDomain()).isEqualTo("auth.shop.example.com");
        assertThat(describe("auth.shop.example.com").customDomainConfig().certificateArn()).isEqualTo(CERT);
    }

    @Test
    void prefixesFollowCognitosFormAndCustomDomainsAreHostNames() {
        fixture.when(api -> api.createUserPoolDomain(prefix(pool, "Shop_Login")))
                .expectError(InvalidParameterException.class, "The domain name contains an invalid character. Domain names can only contain "
                        + "lower-case letters, numbers, and hyphens. Please enter a different name that follows this format: "
                        + "^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$");
        fixture.when(api -> api.createUserPoolDomain(prefix(pool, "auth.example.com")))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createUserPoolDomain(prefix(pool, "my-cognito-app")))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createUserPoolDomain(custom(pool, "localhost")))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createUserPoolDomain(prefix(pool, "x".repeat(64))))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.createUserPoolDomain(prefix("us-east-1_nothere", "free")))
                .expectError(ResourceNotFoundException.class);
        fixture.when(api -> api.createUserPoolDomain(prefix(pool, "free").toBuilder().managedLoginVersion(3).build()))
                .expectError(InvalidParameterException.class, "ManagedLoginVersion must be 1 or 2.");
    }

    @Test
    void anUpdateChangesTheCertificateOrTheLoginVersionOfTheNamedDomainOnly() {
        fixture.givenThat(api -> api.createUserPoolDomain(prefix(pool, "shop-login")));
        fixture.givenThat(api -> api.createUserPoolDomain(custom(pool, "auth.shop.example.com")));
        fixture.when(api -> api.updateUserPoolDomain(UpdateUserPoolDomainRequest.builder().userPoolId(pool).domain("auth.shop.example.com")
                        .customDomainConfig(CustomDomainConfigType.builder().certificateArn(OTHER_CERT).build()).build()))
                .expectEvents(UserPoolDomainUpdated.class);
        assertThat(describe("auth.shop.example.com").customDomainConfig().certificateArn()).isEqualTo(OTHER_CERT);
        fixture.when(api -> api.updateUserPoolDomain(UpdateUserPoolDomainRequest.builder().userPoolId(pool).domain("shop-login")
                        .managedLoginVersion(2).build()))
                .expectEvents(UserPoolDomainUpdated.class)
                .expectResult(r -> assertThat(r.managedLoginVersion()).isEqualTo(2));
        fixture.when(api -> api.updateUserPoolDomain(UpdateUserPoolDomainRequest.builder().userPoolId(pool).domain("shop-login")
                        .customDomainConfig(CustomDomainConfigType.builder().certificateArn(CERT).build()).build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.updateUserPoolDomain(UpdateUserPoolDomainRequest.builder().userPoolId(otherPool).domain("shop-login").build()))
                .expectError(InvalidParameterException.class, "No such domain or user pool exists.");
    }

    @Test
    void onlyThePoolThatHasADomainDeletesIt() {
        fixture.givenThat(api -> api.createUserPoolDomain(prefix(pool, "shop-login")));
        fixture.when(api -> api.deleteUserPoolDomain(DeleteUserPoolDomainRequest.builder().userPoolId(otherPool).domain("shop-login").build()))
                .expectError(InvalidParameterException.class, "No such domain or user pool exists.");
        assertThat(describe("shop-login").userPoolId()).isEqualTo(pool);
    }

    @Test
    void domainsAndTheirClaimsSurviveAProjectionRebuild() {
        fixture.givenThat(api -> api.createUserPoolDomain(prefix(pool, "shop-login")));
        fixture.engine().rebuildProjections();
        assertThat(describe("shop-login").userPoolId()).isEqualTo(pool);
        fixture.when(api -> api.createUserPoolDomain(prefix(otherPool, "shop-login")))
                .expectError(InvalidParameterException.class, "Domain already associated with another user pool.");
    }
}
