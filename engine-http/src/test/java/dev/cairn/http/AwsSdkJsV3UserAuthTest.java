package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.GetUserRequest;
import dev.cairn.api.model.RefreshTokenRotationType;
import dev.cairn.api.model.SignInPolicyType;
import dev.cairn.api.model.UserPoolPolicyType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS SDK for JavaScript v3 ({@code @aws-sdk/client-cognito-identity-provider} from npm)
 * signs in with choice-based sign-in over HTTP: USER_AUTH, SELECT_CHALLENGE answered EMAIL_OTP, the
 * code read from the server's local outbox, then GetUserAuthFactors and GetTokensFromRefreshToken
 * with rotation. Needs node and npm (CI installs them); without them this fails.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AwsSdkJsV3UserAuthTest {

    private static final Path HARNESS = Path.of("src", "test", "js-sdk-v3").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireFixture wire = new WireFixture();

    @BeforeAll
    static void installTheSdk() throws Exception {
        if (Files.exists(HARNESS.resolve("node_modules/@aws-sdk/client-cognito-identity-provider/package.json"))) return;
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--omit=dev").directory(HARNESS.toFile())
                .redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor()).as("npm ci in %s:%n%s", HARNESS, output).isZero();
    }

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void theSdkSignsInWithAnEmailCodeFromTheOutboxAndRotatesItsRefreshToken() throws Exception {
        String pool = wire.engine.createUserPool(CreateUserPoolRequest.builder().poolName("js-v3")
                .policies(UserPoolPolicyType.builder().signInPolicy(SignInPolicyType.builder().allowedFirstAuthFactors("PASSWORD", "EMAIL_OTP")
                        .build()).build()).build()).userPool().id();
        String client = wire.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("spa")
                .explicitAuthFlows("ALLOW_USER_AUTH").refreshTokenRotation(RefreshTokenRotationType.builder().feature("ENABLED").build())
                .build()).userPoolClient().clientId();
        wire.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("jsv3").messageAction("SUPPRESS")
                .userAttributes(AttributeType.builder().name("email").value("jsv3@example.com").build(),
                        AttributeType.builder().name("email_verified").value("true").build()).build());
        wire.engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("jsv3")
                .password("Passw0rd!jsv3").permanent(true).build());

        Process node = new ProcessBuilder("node", HARNESS.resolve("user-auth-email-otp.mjs").toString(), wire.endpoint().toString(), pool,
                client, "jsv3").start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as("node said:%n%s%n%s", out, err).isZero();
        JsonNode r = JSON.readTree(out);

        assertThat(r.get("selectChallenge").asText()).isEqualTo("SELECT_CHALLENGE");
        assertThat(JSON.convertValue(r.get("availableChallenges"), List.class)).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP");
        assertThat(r.get("otpChallenge").asText()).isEqualTo("EMAIL_OTP");
        assertThat(r.get("deliveryMedium").asText()).isEqualTo("EMAIL");
        assertThat(r.get("messagePurpose").asText()).isEqualTo("EMAIL_OTP");
        assertThat(wire.engine.getUser(GetUserRequest.builder().accessToken(r.get("accessToken").asText()).build()).username()).isEqualTo("jsv3");
        assertThat(r.get("factorsUsername").asText()).isEqualTo("jsv3");
        assertThat(JSON.convertValue(r.get("configuredUserAuthFactors"), List.class)).containsExactly("PASSWORD", "EMAIL_OTP");
        assertThat(r.get("rotatedRefreshToken").asText()).isNotBlank().isNotEqualTo(r.get("refreshToken").asText());
        assertThat(wire.engine.getUser(GetUserRequest.builder().accessToken(r.get("refreshedAccessToken").asText()).build()).username())
                .isEqualTo("jsv3");
    }
}
