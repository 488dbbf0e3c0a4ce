package dev.cairn.http;

import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static dev.cairn.http.WireErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With access keys, the operations Cognito signs need a valid SigV4 signature by one of them, and
 * are refused as AWS refuses them otherwise; the ones Cognito serves unsigned stay open. Driven by
 * the real AWS SDK for Java v2, which signs as every AWS client signs.
 */
class SignedRequestsTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Map<String, String> KEYS = Map.of(WireFixture.ACCESS_KEY_ID, SECRET, "AKIDOTHER", "another-secret");

    private static WireFixture signedServer(Consumer<CairnServer.Builder> more) {
        return new WireFixture(b -> more.accept(b.accessKeys(KEYS)));
    }

    private static CognitoIdentityProviderClient client(WireFixture fixture, String keyId, String secret, ExecutionInterceptor... interceptors) {
        return fixture.sdkBuilder().credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
                .overrideConfiguration(o -> {
                    o.retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry());
                    for (ExecutionInterceptor i : interceptors) o.addExecutionInterceptor(i);
                }).build();
    }

    @Test
    void theRightSecretIsServedAndItsKeyRecordedAsTheActor() {
        try (WireFixture fixture = signedServer(b -> { }); var cognito = client(fixture, WireFixture.ACCESS_KEY_ID, SECRET)) {
            String pool = cognito.createUserPool(b -> b.poolName("signed")).userPool().id();
            cognito.adminCreateUser(b -> b.userPoolId(pool).username("ann").messageAction("SUPPRESS"));
            cognito.adminDisableUser(b -> b.userPoolId(pool).username("ann"));
            assertThat(fixture.engine.audit().userHistory(pool, "ann")).extracting(e -> e.context().actor())
                    .containsOnly(WireFixture.ACCESS_KEY_ID);
        }
    }

    @Test
    void aWrongSecretIsAnInvalidSignature() {
        try (WireFixture fixture = signedServer(b -> { }); var cognito = client(fixture, WireFixture.ACCESS_KEY_ID, "not-the-secret")) {
            assertThatThrownBy(() -> cognito.createUserPool(b -> b.poolName("nope")))
                    .isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The request signature we calculated does not match the "
                                + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
                    });
            assertThat(poolCount(fixture)).isZero();
        }
    }

    @Test
    void anUnknownAccessKeyIsAnUnrecognizedClient() {
        try (WireFixture fixture = signedServer(b -> { }); var cognito = client(fixture, "AKIDNOBODY", SECRET)) {
            assertThatThrownBy(() -> cognito.listUserPools(b -> b.maxResults(10)))
                    .isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
                    });
        }
    }

    @Test
    void aSignatureOlderThanFifteenMinutesHasExpired() {
        try (WireFixture fixture = signedServer(b -> b.clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16))));
             var cognito = client(fixture, WireFixture.ACCESS_KEY_ID, SECRET)) {
            assertThatThrownBy(() -> cognito.listUserPools(b -> b.maxResults(10)))
                    .isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("Signature expired: ").endsWith(" - 15 min.)");
                    });
        }
    }

    @Test
    void aSignedRequestReplayedWithAnotherBodyIsRefused() {
        AtomicReference<SdkHttpRequest> sent = new AtomicReference<>();
        AtomicReference<String> sentBody = new AtomicReference<>();
        ExecutionInterceptor capture = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sent.set(context.httpRequest());
                context.requestBody().ifPresent(b -> sentBody.set(new String(readAll(b.contentStreamProvider().newStream()), StandardCharsets.UTF_8)));
            }
        };
        try (WireFixture fixture = signedServer(b -> { }); var cognito = client(fixture, WireFixture.ACCESS_KEY_ID, SECRET, capture)) {
            cognito.createUserPool(b -> b.poolName("original"));
            assertThat(replay(fixture, sent.get(), sentBody.get()).statusCode()).as("the same bytes again").isEqualTo(200);
            assertError(replay(fixture, sent.get(), sentBody.get().replace("original", "tampered")), 400, "InvalidSignatureException");
            assertThat(poolCount(fixture)).isEqualTo(2);
        }
    }

    @Test
    void everyOperationCognitoSignsNeedsASignatureAndTheOthersStayOpen() {
        try (WireFixture fixture = signedServer(b -> { })) {
            List<String> signed = new ArrayList<>();
            List<String> open = new ArrayList<>();
            OperationTable table = OperationTable.of(fixture.engine.validator().operations());
            EveryEngineOperationIsOnTheWireTest.engineOperations().forEach(name -> {
                HttpResponse<String> response = fixture.post(name, "{}");
                String type = response.headers().firstValue("x-amzn-ErrorType").orElse("");
                (table.find(name).orElseThrow().signed() ? signed : open).add(name + " " + type);
            });
            assertThat(signed).isNotEmpty().allSatisfy(s -> assertThat(s).endsWith(" MissingAuthenticationTokenException"));
            assertThat(open).extracting(s -> s.substring(0, s.indexOf(' ')))
                    .contains("SignUp", "ConfirmSignUp", "InitiateAuth", "RespondToAuthChallenge", "ForgotPassword", "ConfirmForgotPassword",
                            "ResendConfirmationCode", "GetUser", "ChangePassword", "GlobalSignOut", "RevokeToken", "UpdateUserAttributes",
                            "DeleteUser", "VerifyUserAttribute", "GetUserAttributeVerificationCode", "DeleteUserAttributes")
                    .doesNotContain("AdminCreateUser", "AdminInitiateAuth", "CreateUserPool", "ListUsers");
            assertThat(open).noneMatch(s -> s.contains("Signature") || s.contains("UnrecognizedClient") || s.contains("AuthenticationToken"));
        }
    }

    @Test
    void anUnsignedOperationRecordsNoActorWhateverTheHeaderClaims() {
        try (WireFixture fixture = signedServer(b -> { })) {
            String pool = fixture.engine.createUserPool(CreateUserPoolRequest.builder().poolName("open").build()).userPool().id();
            String client = fixture.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("app").build())
                    .userPoolClient().clientId();
            HttpResponse<String> signUp = fixture.send(HttpRequest.newBuilder(fixture.endpoint().resolve("/"))
                    .header("X-Amz-Target", ApiRoute.TARGET_PREFIX + "SignUp")
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + WireFixture.ACCESS_KEY_ID + "/20240101/us-east-1/cognito-idp/aws4_request, "
                            + "SignedHeaders=host, Signature=" + "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ClientId\":\"" + client + "\",\"Username\":\"bo\",\"Password\":\"Corr3ct-Horse!\"}"))
                    .build());
            assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
            assertThat(fixture.engine.audit().userHistory(pool, "bo")).extracting((HistoryEntry e) -> e.context().actor())
                    .containsOnly(Caller.ANONYMOUS);
        }
    }

    @Test
    void aServerOutsideLocalModeReachableBeyondLoopbackWillNotStartWithoutAccessKeys() throws Exception {
        InetAddress everywhere = InetAddress.getByName("0.0.0.0");
        try (var engine = dev.cairn.core.CairnEngine.builder().build()) {
            assertThatThrownBy(() -> CairnServer.builder(engine).localMode(false).bindAddress(everywhere).port(0).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("--access-keys");
            CairnServer.builder(engine).localMode(false).bindAddress(everywhere).port(0).accessKeys(KEYS).build().close();
            CairnServer.builder(engine).localMode(false).port(0).build().close();
            CairnServer.builder(engine).bindAddress(everywhere).port(0).build().close();
        }
    }

    private static int poolCount(WireFixture fixture) {
        return fixture.engine.listUserPools(dev.cairn.api.model.ListUserPoolsRequest.builder().maxResults(60).build()).userPools().size();
    }

    /** Sends the SDK's signed headers again with {@code body} (the JDK client sets Host and Content-Length itself, to the same values). */
    private static HttpResponse<String> replay(WireFixture fixture, SdkHttpRequest signed, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(fixture.endpoint().resolve("/")).POST(HttpRequest.BodyPublishers.ofString(body));
        signed.forEachHeader((name, values) -> {
            if (!List.of("host", "content-length").contains(name.toLowerCase())) values.forEach(v -> request.header(name, v));
        });
        return fixture.send(request.build());
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
