package dev.cairn.core.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signs in with the real amazon-cognito-identity-js client (its {@code CognitoUser.authenticateUser},
 * unchanged) against {@link SrpServerSession}. The client runs in node ({@code src/test/js/cognito-client.mjs});
 * its HTTP transport is replaced by stdin/stdout, and this test plays Cognito behind it.
 *
 * <p>Needs {@code node} and {@code npm} on the PATH; without them the test fails rather than skips,
 * because compatibility with the shipped client is the point of the SRP package.
 */
// A separate thread, so that a node that stops talking fails the test instead of blocking a read.
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JsClientCompatibilityTest {

    private static final Path HARNESS = Path.of("src", "test", "js").toAbsolutePath();
    private static final String POOL_ID = "us-east-1_AbCdEf123";
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SplittableRandom random = new SplittableRandom(20261103L);
    private final FakeCognito cognito = new FakeCognito();
    private JsClient client;

    @BeforeAll
    static void installTheJsClient() throws Exception {
        if (installedVersion().equals(pinnedVersion())) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(HARNESS.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor()).as("npm ci in %s:%n%s", HARNESS, output).isZero();
        assertThat(installedVersion()).isEqualTo(pinnedVersion());
    }

    private static String pinnedVersion() throws IOException {
        return JSON.readTree(HARNESS.resolve("package.json").toFile())
                .path("dependencies").path("amazon-cognito-identity-js").asText();
    }

    private static String installedVersion() throws IOException {
        Path installed = HARNESS.resolve("node_modules/amazon-cognito-identity-js/package.json");
        return Files.exists(installed) ? JSON.readTree(installed.toFile()).path("version").asText() : "";
    }

    @BeforeEach
    void startTheJsClient() throws IOException {
        client = new JsClient(cognito);
    }

    @AfterEach
    void stopTheJsClient() throws Exception {
        client.close();
    }

    @Test
    void jsClientSignsInWithUserIdForSrpRatherThanTheTypedUsername() throws IOException {
        cognito.addUser("alice@example.com", "3f0a5c2e-7b1d-4e8a-9c6f-2d4b8a1e0c57", "Correct horse 1!", random);

        JsonNode result = client.signIn("alice@example.com", "Correct horse 1!");

        assertThat(result.path("outcome").asText()).as(result.toString()).isEqualTo("success");
        assertThat(result.path("idToken").path("sub").asText()).isEqualTo("3f0a5c2e-7b1d-4e8a-9c6f-2d4b8a1e0c57");
        assertThat(cognito.verdicts).containsExactly(ClaimVerdict.ACCEPTED);
    }

    @Test
    void wrongPasswordIsRejected() throws IOException {
        cognito.addUser("bob", "bob", "Right password 1!", random);

        JsonNode result = client.signIn("bob", "Wrong password 1!");

        assertThat(result.path("outcome").asText()).isEqualTo("failure");
        assertThat(result.path("code").asText()).isEqualTo("NotAuthorizedException");
        assertThat(cognito.verdicts).containsExactly(ClaimVerdict.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "f0e1d2c3b4a5968778695a4b3c2d1e0f", // high bit set: hashed with a 00 byte in front
        "000a1b2c3d4e5f60718293a4b5c6d7e8", // leading zero byte: the client drops it
        "00000000000000000000000000000001", // stored unpadded-long: hashed as the single byte 01
        "7f"})
    void saltsTheClientRepadsStillMatch(String storedSaltHex) throws IOException {
        SrpPrincipal principal = SrpPrincipal.user(POOL_ID, "carol");
        SrpVerifier padded = SrpVerifier.withSalt(principal, "pässwörd-✓-密码", new BigInteger(storedSaltHex, 16));
        // Store the salt exactly as given, leading zeros and all, to show the server re-pads it too.
        cognito.users.put("carol", new User("carol", new SrpVerifier(storedSaltHex, padded.verifierHex())));

        JsonNode result = client.signIn("carol", "pässwörd-✓-密码");

        assertThat(result.path("outcome").asText()).as(result.toString()).isEqualTo("success");
    }

    @Test
    void rememberedDeviceSignsInWithDeviceSrp() throws IOException {
        cognito.addUser("dave", "dave", "Device owner 1!", random);
        cognito.rememberDevices = true;

        JsonNode first = client.signIn("dave", "Device owner 1!");
        JsonNode second = client.signIn("dave", "Device owner 1!");

        assertThat(first.path("outcome").asText()).as(first.toString()).isEqualTo("success");
        assertThat(second.path("outcome").asText()).as(second.toString()).isEqualTo("success");
        assertThat(cognito.operations).containsExactly(
                "InitiateAuth", "RespondToAuthChallenge/PASSWORD_VERIFIER", "ConfirmDevice",
                "InitiateAuth", "RespondToAuthChallenge/PASSWORD_VERIFIER",
                "RespondToAuthChallenge/DEVICE_SRP_AUTH", "RespondToAuthChallenge/DEVICE_PASSWORD_VERIFIER");
        assertThat(cognito.verdicts).containsExactly(
                ClaimVerdict.ACCEPTED, ClaimVerdict.ACCEPTED, ClaimVerdict.ACCEPTED);
    }

    @Test
    void deviceProofDoesNotVerifyAgainstAnotherDevicesVerifier() throws IOException {
        cognito.addUser("erin", "erin", "Device owner 2!", random);
        cognito.rememberDevices = true;
        client.signIn("erin", "Device owner 2!");
        // Swap the stored verifier for one made from another random password.
        String deviceKey = cognito.devices.keySet().iterator().next();
        cognito.devices.put(deviceKey, SrpClient.rememberDevice(FakeCognito.DEVICE_GROUP_KEY, deviceKey, random).verifier());

        JsonNode second = client.signIn("erin", "Device owner 2!");

        assertThat(second.path("outcome").asText()).isEqualTo("failure");
        assertThat(cognito.verdicts).containsExactly(
                ClaimVerdict.ACCEPTED, ClaimVerdict.ACCEPTED, ClaimVerdict.SIGNATURE_MISMATCH);
    }

    record User(String userIdForSrp, SrpVerifier verifier) {
    }

    /** Just enough of Cognito's InitiateAuth/RespondToAuthChallenge/ConfirmDevice for the JS client. */
    static final class FakeCognito {

        static final String DEVICE_GROUP_KEY = "-abcDEF12";

        final Map<String, User> users = new HashMap<>();
        final Map<String, SrpVerifier> devices = new HashMap<>();
        final Map<String, SrpServerSession> sessions = new HashMap<>();
        final List<String> operations = new ArrayList<>();
        final List<ClaimVerdict> verdicts = new ArrayList<>();
        final SplittableRandom random = new SplittableRandom(42);
        boolean rememberDevices;
        private int counter;

        void addUser(String username, String userIdForSrp, String password, SplittableRandom rnd) {
            users.put(username, new User(userIdForSrp,
                    SrpVerifier.create(SrpPrincipal.user(POOL_ID, userIdForSrp), password, rnd)));
        }

        ObjectNode handle(String operation, JsonNode params) {
            if (operation.equals("ConfirmDevice")) {
                operations.add(operation);
                JsonNode config = params.path("DeviceSecretVerifierConfig");
                devices.put(params.path("DeviceKey").asText(), SrpVerifier.fromDeviceSecretVerifierConfig(
                        config.path("PasswordVerifier").asText(), config.path("Salt").asText()));
                return data().put("UserConfirmationNecessary", false);
            }
            if (operation.equals("InitiateAuth")) {
                operations.add(operation);
                JsonNode auth = params.path("AuthParameters");
                User user = users.get(auth.path("USERNAME").asText());
                SrpServerSession session = SrpServerSession.start(SrpPrincipal.user(POOL_ID, user.userIdForSrp()),
                        user.verifier(), auth.path("SRP_A").asText(), random);
                return challenge("PASSWORD_VERIFIER", session,
                        Map.of("USER_ID_FOR_SRP", user.userIdForSrp(), "USERNAME", user.userIdForSrp()));
            }
            String challengeName = params.path("ChallengeName").asText();
            operations.add(operation + "/" + challengeName);
            JsonNode responses = params.path("ChallengeResponses");
            String deviceKey = responses.path("DEVICE_KEY").asText(null);
            switch (challengeName) {
                case "PASSWORD_VERIFIER":
                    if (!verifyClaim(params)) {
                        return error("NotAuthorizedException", "Incorrect username or password.");
                    }
                    if (deviceKey != null && devices.containsKey(deviceKey)) {
                        ObjectNode next = data().put("ChallengeName", "DEVICE_SRP_AUTH").put("Session", "s" + ++counter);
                        next.putObject("ChallengeParameters");
                        return next;
                    }
                    return signedIn(responses.path("USERNAME").asText(), rememberDevices);
                case "DEVICE_SRP_AUTH":
                    SrpServerSession session = SrpServerSession.start(SrpPrincipal.device(DEVICE_GROUP_KEY, deviceKey),
                            devices.get(deviceKey), responses.path("SRP_A").asText(), random);
                    return challenge("DEVICE_PASSWORD_VERIFIER", session,
                            Map.of("USERNAME", responses.path("USERNAME").asText(), "DEVICE_KEY", deviceKey));
                case "DEVICE_PASSWORD_VERIFIER":
                    return verifyClaim(params)
                            ? signedIn(responses.path("USERNAME").asText(), false)
                            : error("NotAuthorizedException", "Incorrect username or password.");
                default:
                    return error("InvalidParameterException", "unexpected challenge " + challengeName);
            }
        }

        private ObjectNode challenge(String name, SrpServerSession session, Map<String, String> more) {
            String id = "s" + ++counter;
            sessions.put(id, session);
            ObjectNode reply = data().put("ChallengeName", name).put("Session", id);
            ObjectNode parameters = reply.putObject("ChallengeParameters")
                    .put("SALT", session.verifier().saltHex())
                    .put("SRP_B", session.srpB())
                    .put("SECRET_BLOCK", session.secretBlock());
            more.forEach(parameters::put);
            return reply;
        }

        private boolean verifyClaim(JsonNode params) {
            JsonNode responses = params.path("ChallengeResponses");
            SrpServerSession session = sessions.remove(params.path("Session").asText());
            ClaimVerdict verdict = session.verify(new PasswordClaim(
                    responses.path("PASSWORD_CLAIM_SECRET_BLOCK").asText(),
                    responses.path("TIMESTAMP").asText(),
                    responses.path("PASSWORD_CLAIM_SIGNATURE").asText()), Instant.now(), SKEW);
            verdicts.add(verdict);
            return verdict.accepted();
        }

        private ObjectNode signedIn(String userIdForSrp, boolean newDevice) {
            ObjectNode reply = data();
            ObjectNode result = reply.putObject("AuthenticationResult")
                    .put("IdToken", token(userIdForSrp))
                    .put("AccessToken", token(userIdForSrp))
                    .put("RefreshToken", "opaque-refresh-token")
                    .put("ExpiresIn", 3600)
                    .put("TokenType", "Bearer");
            if (newDevice) {
                result.putObject("NewDeviceMetadata")
                        .put("DeviceGroupKey", DEVICE_GROUP_KEY)
                        .put("DeviceKey", "us-east-1_0f6e7d7c-2a4b-4c5d-8e9f-a0b1c2d3e4f" + counter);
            }
            return reply;
        }

        /** The client only decodes the payload; signing is the token package's business. */
        private static String token(String sub) {
            long now = Instant.now().getEpochSecond();
            String payload = "{\"sub\":\"" + sub + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".unsigned";
        }

        private static ObjectNode data() {
            return JSON.createObjectNode();
        }

        private static ObjectNode error(String code, String message) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("code", code).put("message", message);
            return error;
        }
    }

    /** One node process running cognito-client.mjs; requests are answered by a {@link FakeCognito}. */
    static final class JsClient implements AutoCloseable {

        private final FakeCognito cognito;
        private final Process node;
        private final BufferedReader fromNode;
        private final Writer toNode;
        private final Path stderr;

        JsClient(FakeCognito cognito) throws IOException {
            this.cognito = cognito;
            this.stderr = Files.createTempFile("cognito-client", ".stderr");
            // Started through the PATH so CI's node is used; a missing node fails here, loudly.
            this.node = new ProcessBuilder("node", "cognito-client.mjs")
                    .directory(HARNESS.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            this.fromNode = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
            this.toNode = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        }

        JsonNode signIn(String username, String password) throws IOException {
            ObjectNode command = JSON.createObjectNode()
                    .put("command", "signIn")
                    .put("userPoolId", POOL_ID)
                    .put("clientId", "client-id-0123456789")
                    .put("username", username)
                    .put("password", password);
            send(command);
            for (;;) {
                String line = fromNode.readLine();
                assertThat(line).as("node ended early; stderr:%n%s", Files.readString(stderr)).isNotNull();
                JsonNode message = JSON.readTree(line);
                if (message.path("type").asText().equals("result")) {
                    return message;
                }
                ObjectNode reply = cognito.handle(message.path("operation").asText(), message.path("params"));
                send(reply.has("error") ? reply : JSON.createObjectNode().set("data", reply));
            }
        }

        private void send(JsonNode message) throws IOException {
            toNode.write(JSON.writeValueAsString(message));
            toNode.write('\n');
            toNode.flush();
        }

        @Override
        public void close() throws Exception {
            try {
                send(JSON.createObjectNode().put("command", "exit"));
            } catch (IOException alreadyGone) {
                // The process died; its stderr says why and the failing assertion showed it.
            }
            if (!node.waitFor(10, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
            Files.deleteIfExists(stderr);
        }
    }
}
