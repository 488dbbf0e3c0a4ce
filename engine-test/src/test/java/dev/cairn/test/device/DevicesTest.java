package dev.cairn.test.device;

import dev.cairn.api.error.DeviceKeyExistsException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.DeviceConfirmed;
import dev.cairn.api.event.DeviceForgotten;
import dev.cairn.api.event.DeviceKeyIssued;
import dev.cairn.api.event.DeviceStatusUpdated;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.model.*;
import dev.cairn.core.mfa.Totp;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpClient;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Device tracking: NewDeviceMetadata, ConfirmDevice, DEVICE_SRP_AUTH instead of MFA, listing, status, forgetting. */
class DevicesTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("devices").toBuilder()
            .deviceConfiguration(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(false).build())
            .build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();

    DevicesTest() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    /** A device as the JS client keeps it once confirmed. */
    record Device(String key, String groupKey, String password, String accessToken) {
    }

    Device signInAndConfirmADevice() {
        AuthenticationResultType tokens = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult();
        NewDeviceMetadataType meta = tokens.newDeviceMetadata();
        SrpClient.DeviceSecret secret = SrpClient.rememberDevice(meta.deviceGroupKey(), meta.deviceKey(), new SecureRandom());
        fixture.engine().confirmDevice(confirm(tokens.accessToken(), meta.deviceKey(), secret));
        return new Device(meta.deviceKey(), meta.deviceGroupKey(), secret.randomPassword(), tokens.accessToken());
    }

    static ConfirmDeviceRequest confirm(String accessToken, String deviceKey, SrpClient.DeviceSecret secret) {
        return ConfirmDeviceRequest.builder().accessToken(accessToken).deviceKey(deviceKey).deviceName("Firefox on Linux")
                .deviceSecretVerifierConfig(DeviceSecretVerifierConfigType.builder()
                        .salt(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(even(secret.verifier().saltHex()))))
                        .passwordVerifier(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(even(secret.verifier().verifierHex())))).build())
                .build();
    }

    private static String even(String hex) {
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    /** USER_SRP_AUTH naming the device, through PASSWORD_VERIFIER; answers what follows. */
    RespondToAuthChallengeResponse passwordStepWith(Device device) {
        SrpClient srp = new SrpClient(new SecureRandom());
        var start = fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_SRP_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "SRP_A", srp.srpA(), "DEVICE_KEY", device.key())).build());
        RespondToAuthChallengeRequest answer = SignIn.answer(new SignIn.SrpStart(srp, start), pool, client, PASSWORD, fixture.clock().instant(), null);
        Map<String, String> responses = new LinkedHashMap<>(answer.challengeResponses());
        responses.put("DEVICE_KEY", device.key());
        return fixture.engine().respondToAuthChallenge(answer.toBuilder().challengeResponses(responses).build());
    }

    /** DEVICE_SRP_AUTH then DEVICE_PASSWORD_VERIFIER, as the JS client's getDeviceResponse answers them. */
    RespondToAuthChallengeRequest deviceAnswer(RespondToAuthChallengeResponse deviceSrpAuth, Device device, String password) {
        SrpClient srp = new SrpClient(new SecureRandom());
        var verifier = fixture.engine().respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client)
                .challengeName("DEVICE_SRP_AUTH").session(deviceSrpAuth.session())
                .challengeResponses(Map.of("USERNAME", "alice", "DEVICE_KEY", device.key(), "SRP_A", srp.srpA())).build());
        assertThat(verifier.challengeName()).isEqualTo("DEVICE_PASSWORD_VERIFIER");
        Map<String, String> c = verifier.challengeParameters();
        PasswordClaim claim = srp.answer(SrpPrincipal.device(device.groupKey(), device.key()), password, c.get("SRP_B"), c.get("SALT"),
                c.get("SECRET_BLOCK"), fixture.clock().instant());
        return RespondToAuthChallengeRequest.builder().clientId(client).challengeName("DEVICE_PASSWORD_VERIFIER").session(verifier.session())
                .challengeResponses(Map.of("USERNAME", "alice", "DEVICE_KEY", device.key(), "PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock(),
                        "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp())).build();
    }

    @Test
    void aSignInFromAnUntrackedDeviceIsGivenNewDeviceMetadata() {
        var tokens = fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD))
                .expectEvents(SignedIn.class, DeviceKeyIssued.class)
                .result().authenticationResult();
        assertThat(tokens.newDeviceMetadata().deviceKey()).matches("us-east-1_[0-9a-f-]{36}");
        assertThat(tokens.newDeviceMetadata().deviceGroupKey()).matches("-[0-9A-Za-z]{9}");
    }

    @Test
    void confirmingTheDeviceStoresItsVerifierAndRemembersIt() {
        AuthenticationResultType tokens = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult();
        NewDeviceMetadataType meta = tokens.newDeviceMetadata();
        SrpClient.DeviceSecret secret = SrpClient.rememberDevice(meta.deviceGroupKey(), meta.deviceKey(), new SecureRandom());
        fixture.when(api -> api.confirmDevice(confirm(tokens.accessToken(), meta.deviceKey(), secret)))
                .expectEvents(DeviceConfirmed.class)
                .expectEvent(DeviceConfirmed.class, e -> assertThat(e.remembered()).isTrue())
                .expectContext(c -> assertThat(c.actorType()).isEqualTo("USER"))
                .expectResult(r -> assertThat(r.userConfirmationNecessary()).isFalse());
        DeviceType device = fixture.engine().getDevice(GetDeviceRequest.builder().accessToken(tokens.accessToken()).deviceKey(meta.deviceKey()).build()).device();
        assertThat(device.deviceKey()).isEqualTo(meta.deviceKey());
        assertThat(device.deviceAttributes()).extracting(AttributeType::name, AttributeType::value)
                .contains(org.assertj.core.groups.Tuple.tuple("device_name", "Firefox on Linux"),
                        org.assertj.core.groups.Tuple.tuple("dev:device_remembered_status", "remembered"));
        fixture.when(api -> api.confirmDevice(confirm(tokens.accessToken(), meta.deviceKey(), secret))).expectError(DeviceKeyExistsException.class);
        fixture.when(api -> api.confirmDevice(confirm(tokens.accessToken(), "us-east-1_00000000-0000-0000-0000-000000000000", secret)))
                .expectError(ResourceNotFoundException.class, "Device does not exist.");
    }

    @Test
    void aRememberedDeviceSignsInThroughDeviceSrpWithoutMfa() {
        Device device = signInAndConfirmADevice();
        // MFA becomes required, with an authenticator the user set up.
        String secret = fixture.engine().associateSoftwareToken(AssociateSoftwareTokenRequest.builder().accessToken(device.accessToken()).build()).secretCode();
        fixture.engine().verifySoftwareToken(VerifySoftwareTokenRequest.builder().accessToken(device.accessToken())
                .userCode(Totp.code(secret, Totp.step(fixture.clock().instant()))).build());
        fixture.engine().setUserMFAPreference(SetUserMFAPreferenceRequest.builder().accessToken(device.accessToken())
                .softwareTokenMfaSettings(SoftwareTokenMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build());
        fixture.engine().setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("ON")
                .softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType.builder().enabled(true).build()).build());

        RespondToAuthChallengeResponse deviceSrp = passwordStepWith(device);
        assertThat(deviceSrp.challengeName()).isEqualTo("DEVICE_SRP_AUTH");
        fixture.clock().advance(Duration.ofMinutes(1));
        RespondToAuthChallengeRequest proof = deviceAnswer(deviceSrp, device, device.password()).toBuilder()
                .userContextData(UserContextDataType.builder().ipAddress("203.0.113.9").build()).build();
        var tokens = fixture.when(api -> api.respondToAuthChallenge(proof))
                .expectEvents(SignedIn.class, AuthChallengeAnswered.class)
                .expectEvent(SignedIn.class, e -> {
                    assertThat(e.deviceKey()).isEqualTo(device.key());
                    assertThat(e.challengePath()).containsExactly("PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER");
                }).result().authenticationResult();
        assertThat(tokens.newDeviceMetadata()).isNull();
        DeviceType listed = fixture.engine().listDevices(ListDevicesRequest.builder().accessToken(tokens.accessToken()).build()).devices().get(0);
        assertThat(listed.deviceLastAuthenticatedDate()).isEqualTo(fixture.clock().instant());
        assertThat(listed.deviceAttributes()).contains(AttributeType.builder().name("last_ip_used").value("203.0.113.9").build());
    }

    @Test
    void aDeviceStepNamingAnotherDeviceIsRefused() {
        Device device = signInAndConfirmADevice();
        Device other = signInAndConfirmADevice();
        RespondToAuthChallengeResponse deviceSrp = passwordStepWith(device);
        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client)
                        .challengeName("DEVICE_SRP_AUTH").session(deviceSrp.session())
                        .challengeResponses(Map.of("USERNAME", "alice", "DEVICE_KEY", other.key(), "SRP_A", new SrpClient(new SecureRandom()).srpA()))
                        .build()))
                .expectError(NotAuthorizedException.class, "Invalid session for the user.");
    }

    @Test
    void aTamperedDeviceSecretIsRefused() {
        Device device = signInAndConfirmADevice();
        RespondToAuthChallengeRequest tampered = deviceAnswer(passwordStepWith(device), device, device.password() + "x");
        fixture.when(api -> api.respondToAuthChallenge(tampered))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(SignInFailed.class, AuthChallengeAnswered.class);
    }

    @Test
    void aDeviceNotRememberedAnyMoreGoesThroughMfaAgain() {
        Device device = signInAndConfirmADevice();
        fixture.when(api -> api.updateDeviceStatus(UpdateDeviceStatusRequest.builder().accessToken(device.accessToken()).deviceKey(device.key())
                .deviceRememberedStatus("not_remembered").build())).expectSuccess().expectEvents(DeviceStatusUpdated.class);
        RespondToAuthChallengeResponse next = passwordStepWith(device);
        assertThat(next.authenticationResult()).isNotNull();
        assertThat(next.authenticationResult().newDeviceMetadata()).isNull();
        fixture.when(api -> api.adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest.builder().userPoolId(pool).username("alice")
                .deviceKey(device.key()).deviceRememberedStatus("remembered").build())).expectEvents(DeviceStatusUpdated.class);
        assertThat(passwordStepWith(device).challengeName()).isEqualTo("DEVICE_SRP_AUTH");
    }

    @Test
    void aForgottenDeviceIsNotFoundAndItsRefreshTokensDie() {
        Device device = signInAndConfirmADevice();
        RespondToAuthChallengeResponse deviceSrp = passwordStepWith(device);
        var tokens = fixture.engine().respondToAuthChallenge(deviceAnswer(deviceSrp, device, device.password())).authenticationResult();
        fixture.when(api -> {
            api.forgetDevice(ForgetDeviceRequest.builder().accessToken(device.accessToken()).deviceKey(device.key()).build());
            return null;
        }).expectEvents(DeviceForgotten.class);
        // The access token of the sign-in that issued the device was bound to it, and died with it.
        fixture.when(api -> api.getDevice(GetDeviceRequest.builder().accessToken(device.accessToken()).deviceKey(device.key()).build()))
                .expectError(NotAuthorizedException.class, "Access Token has been revoked");
        fixture.when(api -> api.adminGetDevice(AdminGetDeviceRequest.builder().userPoolId(pool).username("alice").deviceKey(device.key()).build()))
                .expectError(ResourceNotFoundException.class, "Device does not exist.");
        fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("REFRESH_TOKEN_AUTH")
                        .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken(), "DEVICE_KEY", device.key())).build()))
                .expectError(NotAuthorizedException.class);
        fixture.when(api -> passwordStepWith(device)).expectFailure(ResourceNotFoundException.class, "Device does not exist.");
    }

    @Test
    void anAdministratorListsDevicesAPageAtATimeAndForgetsOne() {
        List<String> keys = java.util.stream.Stream.of(signInAndConfirmADevice().key(), signInAndConfirmADevice().key(),
                signInAndConfirmADevice().key()).sorted().toList(); // listed in device key order
        var first = fixture.engine().adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("alice").limit(2).build());
        assertThat(first.devices()).extracting(DeviceType::deviceKey).containsExactly(keys.get(0), keys.get(1));
        assertThat(first.paginationToken()).isNotNull();
        var second = fixture.engine().adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("alice").limit(2)
                .paginationToken(first.paginationToken()).build());
        assertThat(second.devices()).extracting(DeviceType::deviceKey).containsExactly(keys.get(2));
        assertThat(second.paginationToken()).isNull();
        assertThat(fixture.engine().adminGetDevice(AdminGetDeviceRequest.builder().userPoolId(pool).username("alice").deviceKey(keys.get(1))
                .build()).device().deviceKey()).isEqualTo(keys.get(1));
        fixture.when(api -> {
            api.adminForgetDevice(AdminForgetDeviceRequest.builder().userPoolId(pool).username("alice").deviceKey(keys.get(1)).build());
            return null;
        }).expectEvents(DeviceForgotten.class).expectContext(c -> assertThat(c.actorType()).isEqualTo("ADMIN"));
        assertThat(fixture.engine().adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("alice").build()).devices())
                .extracting(DeviceType::deviceKey).containsExactly(keys.get(0), keys.get(2));
    }

    @Test
    void devicesSurviveAProjectionRebuild() {
        signInAndConfirmADevice();
        var before = fixture.engine().adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("alice").build());
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("alice").build())).isEqualTo(before);
    }
}
