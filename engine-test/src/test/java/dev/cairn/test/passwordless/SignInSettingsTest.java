package dev.cairn.test.passwordless;

import dev.cairn.api.error.FeatureUnavailableInTierException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.event.UserPoolClientCreated;
import dev.cairn.api.event.UserPoolCreated;
import dev.cairn.api.event.UserPoolUpdated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pool and app client settings that choice-based sign-in and refresh token rotation depend on. */
class SignInSettingsTest {

    final CairnFixture fixture = CairnFixture.inMemory();

    static UserPoolPolicyType firstFactors(String... factors) {
        return UserPoolPolicyType.builder().signInPolicy(SignInPolicyType.builder().allowedFirstAuthFactors(factors).build()).build();
    }

    @Test
    void aPoolWithoutASignInPolicyAllowsThePasswordOnly() {
        fixture.when(api -> api.createUserPool(Requests.createUserPool("p")))
                .expectResult(r -> assertThat(r.userPool().policies().signInPolicy().allowedFirstAuthFactors()).containsExactly("PASSWORD"));
    }

    @Test
    void passwordlessFirstFactorsAreKeptAndDescribed() {
        String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("p").toBuilder()
                .policies(firstFactors("PASSWORD", "EMAIL_OTP", "WEB_AUTHN")).build())).userPool().id();
        assertThat(fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool()
                .policies().signInPolicy().allowedFirstAuthFactors()).containsExactly("PASSWORD", "EMAIL_OTP", "WEB_AUTHN");
    }

    @Test
    void firstFactorsWithoutThePasswordAreRefused() {
        fixture.when(api -> api.createUserPool(Requests.createUserPool("p").toBuilder().policies(firstFactors("EMAIL_OTP")).build()))
                .expectError(InvalidParameterException.class, "AllowedFirstAuthFactors must include PASSWORD.")
                .expectNoEvents();
    }

    @Test
    void theLiteTierRefusesPasswordlessFirstFactorsOnCreationAndUpdate() {
        fixture.when(api -> api.createUserPool(Requests.createUserPool("p").toBuilder().userPoolTier("LITE")
                        .policies(firstFactors("PASSWORD", "SMS_OTP")).build()))
                .expectError(FeatureUnavailableInTierException.class).expectNoEvents();
        String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("p").toBuilder().userPoolTier("LITE").build())).userPool().id();
        fixture.when(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool).userPoolTier("LITE")
                        .policies(firstFactors("PASSWORD", "WEB_AUTHN")).build()))
                .expectError(FeatureUnavailableInTierException.class).expectNoEvents();
        fixture.when(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool).userPoolTier("ESSENTIALS")
                        .policies(firstFactors("PASSWORD", "WEB_AUTHN")).build()))
                .expectEvents(UserPoolUpdated.class);
    }

    @Test
    void theLiteTierRefusesClientsWithChoiceBasedSignIn() {
        String lite = fixture.given(api -> api.createUserPool(Requests.createUserPool("p").toBuilder().userPoolTier("LITE").build())).userPool().id();
        fixture.when(api -> api.createUserPoolClient(Requests.createClient(lite, "web").toBuilder().explicitAuthFlows("ALLOW_USER_AUTH").build()))
                .expectError(FeatureUnavailableInTierException.class).expectNoEvents();
        String essentials = fixture.given(api -> api.createUserPool(Requests.createUserPool("q"))).userPool().id();
        fixture.when(api -> api.createUserPoolClient(Requests.createClient(essentials, "web").toBuilder().explicitAuthFlows("ALLOW_USER_AUTH").build()))
                .expectEvents(UserPoolClientCreated.class)
                .expectResult(r -> assertThat(r.userPoolClient().explicitAuthFlows()).containsExactly("ALLOW_USER_AUTH"));
    }

    @Test
    void aPoolWithChoiceBasedClientsCannotMoveToTheLiteTier() {
        String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("p"))).userPool().id();
        fixture.givenThat(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder().explicitAuthFlows("ALLOW_USER_AUTH").build()));
        fixture.when(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool).userPoolTier("LITE").build()))
                .expectError(FeatureUnavailableInTierException.class).expectNoEvents();
    }

    @Test
    void aRotatingClientKeepsItsGracePeriodAndLeavesRefreshTokenAuthOutOfItsDefaults() {
        String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("p"))).userPool().id();
        fixture.when(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                        .refreshTokenRotation(RefreshTokenRotationType.builder().feature("ENABLED").retryGracePeriodSeconds(10).build()).build()))
                .expectResult(r -> {
                    assertThat(r.userPoolClient().refreshTokenRotation().retryGracePeriodSeconds()).isEqualTo(10);
                    assertThat(r.userPoolClient().explicitAuthFlows()).containsExactly("ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");
                });
    }

    @Test
    void rotationAndRefreshTokenAuthExcludeEachOther() {
        String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("p"))).userPool().id();
        fixture.when(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                        .explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                        .refreshTokenRotation(RefreshTokenRotationType.builder().feature("ENABLED").build()).build()))
                .expectError(InvalidParameterException.class).expectNoEvents();
    }

    @Test
    void aGracePeriodOverSixtySecondsOrWithoutFeatureIsRefusedByTheModel() {
        String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("p"))).userPool().id();
        fixture.when(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                        .refreshTokenRotation(RefreshTokenRotationType.builder().feature("ENABLED").retryGracePeriodSeconds(61).build()).build()))
                .expectError(InvalidParameterException.class).expectNoEvents();
        fixture.when(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                        .refreshTokenRotation(RefreshTokenRotationType.builder().retryGracePeriodSeconds(5).build()).build()))
                .expectError(InvalidParameterException.class).expectNoEvents();
    }
}
