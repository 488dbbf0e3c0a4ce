package dev.cairn.test.mfa;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.event.UserPoolMfaConfigSet;
import dev.cairn.api.model.DescribeUserPoolRequest;
import dev.cairn.api.model.EmailMfaConfigType;
import dev.cairn.api.model.GetUserPoolMfaConfigRequest;
import dev.cairn.api.model.SetUserPoolMfaConfigRequest;
import dev.cairn.api.model.SmsConfigurationType;
import dev.cairn.api.model.SmsMfaConfigType;
import dev.cairn.api.model.SoftwareTokenMfaConfigType;
import dev.cairn.api.model.WebAuthnConfigurationType;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoolMfaConfigTest {

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("mfa"))).userPool().id();

    SetUserPoolMfaConfigRequest.Builder config() {
        return SetUserPoolMfaConfigRequest.builder().userPoolId(pool);
    }

    static SoftwareTokenMfaConfigType totp(boolean on) {
        return SoftwareTokenMfaConfigType.builder().enabled(on).build();
    }

    @Test
    void aNewPoolHasMfaOffAndNoFactor() {
        var config = fixture.engine().getUserPoolMfaConfig(GetUserPoolMfaConfigRequest.builder().userPoolId(pool).build());
        assertThat(config.mfaConfiguration()).isEqualTo("OFF");
        assertThat(config.softwareTokenMfaConfiguration().enabled()).isFalse();
        assertThat(config.smsMfaConfiguration()).isNull();
        assertThat(config.emailMfaConfiguration()).isNull();
    }

    @Test
    void mfaOnWithoutAFactorIsRefused() {
        fixture.when(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("ON").softwareTokenMfaConfiguration(totp(false)).build()))
                .expectError(InvalidParameterException.class,
                        "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.");
        fixture.when(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("OPTIONAL").build()))
                .expectError(InvalidParameterException.class,
                        "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.");
    }

    @Test
    void mfaOffWithAFactorIsRefused() {
        fixture.when(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("OFF").softwareTokenMfaConfiguration(totp(true)).build()))
                .expectError(InvalidParameterException.class, "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
    }

    @Test
    void softwareTokenMfaOnIsStoredAndShownByDescribeUserPool() {
        var answer = fixture.when(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("ON").softwareTokenMfaConfiguration(totp(true)).build()))
                .expectEvents(UserPoolMfaConfigSet.class)
                .expectEvent(UserPoolMfaConfigSet.class, e -> {
                    assertThat(e.mfaConfiguration()).isEqualTo("ON");
                    assertThat(e.softwareTokenEnabled()).isTrue();
                    assertThat(e.sms()).isNull();
                }).result();
        assertThat(answer.mfaConfiguration()).isEqualTo("ON");
        assertThat(answer.softwareTokenMfaConfiguration().enabled()).isTrue();
        var read = fixture.engine().getUserPoolMfaConfig(GetUserPoolMfaConfigRequest.builder().userPoolId(pool).build());
        assertThat(read).isEqualTo(fixture.engine().getUserPoolMfaConfig(GetUserPoolMfaConfigRequest.builder().userPoolId(pool).build()));
        assertThat(read.mfaConfiguration()).isEqualTo("ON");
        assertThat(fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool().mfaConfiguration())
                .isEqualTo("ON");
    }

    @Test
    void everyFactorAndThePasskeySettingsAreKept() {
        fixture.when(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("OPTIONAL")
                        .smsMfaConfiguration(SmsMfaConfigType.builder().smsAuthenticationMessage("Your code: {####}")
                                .smsConfiguration(SmsConfigurationType.builder().snsCallerArn("arn:aws:iam::000000000000:role/sns").build()).build())
                        .softwareTokenMfaConfiguration(totp(true))
                        .emailMfaConfiguration(EmailMfaConfigType.builder().message("Sign-in code {####}").subject("Your code").build())
                        .webAuthnConfiguration(WebAuthnConfigurationType.builder().relyingPartyId("example.com").userVerification("required").build())
                        .build()))
                .expectSuccess();
        var config = fixture.engine().getUserPoolMfaConfig(GetUserPoolMfaConfigRequest.builder().userPoolId(pool).build());
        assertThat(config.mfaConfiguration()).isEqualTo("OPTIONAL");
        assertThat(config.smsMfaConfiguration().smsAuthenticationMessage()).isEqualTo("Your code: {####}");
        assertThat(config.smsMfaConfiguration().smsConfiguration().snsCallerArn()).isEqualTo("arn:aws:iam::000000000000:role/sns");
        assertThat(config.emailMfaConfiguration().message()).isEqualTo("Sign-in code {####}");
        assertThat(config.emailMfaConfiguration().subject()).isEqualTo("Your code");
        assertThat(config.webAuthnConfiguration().relyingPartyId()).isEqualTo("example.com");
        assertThat(config.webAuthnConfiguration().userVerification()).isEqualTo("required");
        var described = fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool();
        assertThat(described.smsAuthenticationMessage()).isEqualTo("Your code: {####}");
        assertThat(described.mfaConfiguration()).isEqualTo("OPTIONAL");
    }

    @Test
    void aFactorLeftOutOfTheRequestIsTurnedOff() {
        fixture.givenThat(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("OPTIONAL").softwareTokenMfaConfiguration(totp(true))
                .emailMfaConfiguration(EmailMfaConfigType.builder().message("code {####}").build()).build()));
        fixture.when(api -> api.setUserPoolMfaConfig(config().emailMfaConfiguration(EmailMfaConfigType.builder().message("code {####}").build()).build()))
                .expectSuccess();
        var config = fixture.engine().getUserPoolMfaConfig(GetUserPoolMfaConfigRequest.builder().userPoolId(pool).build());
        assertThat(config.mfaConfiguration()).isEqualTo("OPTIONAL");
        assertThat(config.softwareTokenMfaConfiguration().enabled()).isFalse();
        assertThat(config.emailMfaConfiguration()).isNotNull();
    }

    @Test
    void anEmailMessageWithoutTheCodePlaceholderIsRefused() {
        fixture.when(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("ON")
                        .emailMfaConfiguration(EmailMfaConfigType.builder().message("no code here").build()).build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void theConfigurationSurvivesAProjectionRebuild() {
        fixture.givenThat(api -> api.setUserPoolMfaConfig(config().mfaConfiguration("ON").softwareTokenMfaConfiguration(totp(true)).build()));
        var before = fixture.engine().getUserPoolMfaConfig(GetUserPoolMfaConfigRequest.builder().userPoolId(pool).build());
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().getUserPoolMfaConfig(GetUserPoolMfaConfigRequest.builder().userPoolId(pool).build())).isEqualTo(before);
    }
}
