package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.AdminListDevicesRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.DeviceConfigurationType;
import dev.cairn.api.model.SetUserPoolMfaConfigRequest;
import dev.cairn.api.model.SmsMfaConfigType;
import dev.cairn.api.model.SoftwareTokenMfaConfigType;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.SchemaAttributeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client that real apps ship, amazon-cognito-identity-js, signs in against the server with its
 * own HTTP client: SRP (USER_SRP_AUTH, PASSWORD_VERIFIER), completes NEW_PASSWORD_REQUIRED, signs
 * in again with the new password, then refreshes the session as a browser app does (sending
 * {@code "DEVICE_KEY": null}, which Cognito takes as absent). Its tokens must verify against the
 * JWKS the server serves, with a standard JWT library. Needs node and npm (CI installs them); without them this fails.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AmazonCognitoIdentityJsTest {

    private static final Path HARNESS = Path.of("..", "engine-core", "src", "test", "js").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireFixture wire = new WireFixture();

    @BeforeAll
    static void installTheJsClient() throws Exception {
        if (Files.exists(HARNESS.resolve("node_modules/amazon-cognito-identity-js/package.json"))) return;
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(HARNESS.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor()).as("npm ci in %s:%n%s", HARNESS, output).isZero();
    }

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void theJsClientSignsInBySrpCompletesANewPasswordRefreshesAndGetsTokensThatVerify() throws Exception {
        String pool = wire.engine.createUserPool(CreateUserPoolRequest.builder().poolName("js")
                .schema(SchemaAttributeType.builder().name("given_name").required(true).build()).build()).userPool().id();
        String client = wire.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("spa").build())
                .userPoolClient().clientId();
        wire.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("jsuser").messageAction("SUPPRESS")
                .temporaryPassword("Temp-Passw0rd!").userAttributes(AttributeType.builder().name("email").value("js@example.com").build()).build());

        Process node = new ProcessBuilder("node", HARNESS.resolve("sign-in-over-http.mjs").toString(), wire.endpoint().toString(), pool, client,
                "jsuser", "Temp-Passw0rd!", "N3w-Passw0rd!js", "Jay").redirectErrorStream(false).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as("node said:%n%s%n%s", out, err).isZero();
        JsonNode result = JSON.readTree(out);

        assertThat(wire.engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("jsuser").build()).userStatus())
                .isEqualTo("CONFIRMED");
        JWKSet jwks = JWKSet.load(new URL(wire.endpoint() + "/" + pool + "/.well-known/jwks.json"));
        for (String signIn : new String[]{"first", "second", "refreshed"}) {
            for (String kind : new String[]{"idToken", "accessToken"}) {
                SignedJWT jwt = SignedJWT.parse(result.path(signIn).path(kind).asText());
                RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
                assertThat(key).as("%s %s names a published key", signIn, kind).isNotNull();
                assertThat(jwt.verify(new RSASSAVerifier(key))).as("%s %s verifies", signIn, kind).isTrue();
                assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(wire.engine.issuer(pool));
                assertThat(jwt.getJWTClaimsSet().getSubject()).isNotBlank();
            }
            assertThat(result.path(signIn).path("refreshToken").asText()).isNotBlank();
        }
        assertThat(result.path("refreshed").path("refreshToken").asText()).isEqualTo(result.path("second").path("refreshToken").asText());
        assertThat(SignedJWT.parse(result.path("second").path("idToken").asText()).getJWTClaimsSet().getStringClaim("given_name"))
                .isEqualTo("Jay");
    }

    /**
     * The issue-11 journey with the JS client: TOTP set up and preferred, a sign-in answering
     * SOFTWARE_TOKEN_MFA, the device the client confirmed marked remembered, a sign-in from it
     * through DEVICE_SRP_AUTH with no MFA prompt, listDevices, a tampered device secret refused,
     * forgetDevice, and a sign-in still naming the forgotten device, which the client retries
     * without it when the server answers ResourceNotFoundException.
     */
    @Test
    void theJsClientSetsUpTotpSignsInWithItRemembersItsDeviceAndSkipsMfaFromIt() throws Exception {
        String pool = wire.engine.createUserPool(CreateUserPoolRequest.builder().poolName("js-mfa")
                .deviceConfiguration(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(true).build())
                .build()).userPool().id();
        wire.engine.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OPTIONAL")
                .softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType.builder().enabled(true).build()).build());
        String client = wire.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("spa").build())
                .userPoolClient().clientId();
        wire.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("mfauser").messageAction("SUPPRESS")
                .userAttributes(AttributeType.builder().name("email").value("mfa@example.com").build()).build());
        wire.engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("mfauser")
                .password("Perm-Passw0rd!js").permanent(true).build());

        Process node = new ProcessBuilder("node", HARNESS.resolve("mfa-and-devices-over-http.mjs").toString(), wire.endpoint().toString(), pool,
                client, "mfauser", "Perm-Passw0rd!js").redirectErrorStream(false).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as("node said:%n%s%n%s", out, err).isZero();
        JsonNode result = JSON.readTree(out);

        assertThat(result.path("userConfirmationNecessary").asBoolean()).isTrue();
        String deviceKey = result.path("deviceKey").asText();
        assertThat(deviceKey).startsWith("us-east-1_");
        assertThat(result.path("secretLength").asInt()).isEqualTo(52);
        assertThat(result.path("secondSignInPrompts").toString()).isEqualTo("[\"SOFTWARE_TOKEN_MFA\"]");
        assertThat(result.path("thirdSignInPrompts").toString()).isEqualTo("[]");
        assertThat(result.path("devices").toString()).isEqualTo("[{\"key\":\"" + deviceKey + "\",\"remembered\":\"remembered\"}]");
        assertThat(result.path("tampered").asText()).isEqualTo("NotAuthorizedException");
        assertThat(result.path("deviceKeyAfterForget").isNull()).isTrue();
        assertThat(result.path("retriedPrompts").toString()).isEqualTo("[\"SOFTWARE_TOKEN_MFA\"]");
        String newDeviceKey = result.path("newDeviceKey").asText();
        assertThat(newDeviceKey).startsWith("us-east-1_").isNotEqualTo(deviceKey);

        var user = wire.engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("mfauser").build());
        assertThat(user.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(user.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(wire.engine.adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("mfauser").build()).devices())
                .extracting(dev.cairn.api.model.DeviceType::deviceKey).containsExactly(newDeviceKey);
    }

    /** The JS client through SMS_MFA: mfaRequired with the masked phone, a wrong code refused, the code from the local outbox accepted. */
    @Test
    void theJsClientAnswersSmsMfaWithTheCodeTheOutboxShows() throws Exception {
        String pool = wire.engine.createUserPool(CreateUserPoolRequest.builder().poolName("js-sms").build()).userPool().id();
        wire.engine.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("ON")
                .smsMfaConfiguration(SmsMfaConfigType.builder().smsAuthenticationMessage("Your code is {####}").build()).build());
        String client = wire.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("spa").build())
                .userPoolClient().clientId();
        wire.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("smsuser").messageAction("SUPPRESS")
                .userAttributes(AttributeType.builder().name("phone_number").value("+15555550199").build()).build());
        wire.engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("smsuser")
                .password("Perm-Passw0rd!js").permanent(true).build());

        Process node = new ProcessBuilder("node", HARNESS.resolve("sms-mfa-over-http.mjs").toString(), wire.endpoint().toString(), pool,
                client, "smsuser", "Perm-Passw0rd!js").redirectErrorStream(false).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as("node said:%n%s%n%s", out, err).isZero();
        JsonNode result = JSON.readTree(out);

        assertThat(result.path("challengeName").asText()).isEqualTo("SMS_MFA");
        assertThat(result.path("parameters").path("CODE_DELIVERY_DELIVERY_MEDIUM").asText()).isEqualTo("SMS");
        assertThat(result.path("parameters").path("CODE_DELIVERY_DESTINATION").asText()).isEqualTo("+*******0199");
        assertThat(result.path("purpose").asText()).isEqualTo("SMS_MFA");
        assertThat(result.path("wrongCode").asText()).isEqualTo("CodeMismatchException");
        assertThat(result.path("accessToken").asText()).isNotBlank();
    }
}
