package dev.cairn.http;

import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.ListUserPoolsRequest;
import dev.cairn.api.model.UserPoolDescriptionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static dev.cairn.http.WireErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile requests get a clean 4xx with the error type AWS gives, never a stack
 * trace, and never change state: after each test the pools and the seeded user's history are as
 * they were before it.
 */
class HostileInputTest {

    private static WireFixture fixture;
    private static String pool;
    private List<String> poolsBefore;
    private int historyBefore;

    @BeforeAll
    static void start() {
        fixture = new WireFixture();
        pool = fixture.engine.createUserPool(dev.cairn.api.model.CreateUserPoolRequest.builder().poolName("seed").build()).userPool().id();
        fixture.engine.adminCreateUser(dev.cairn.api.model.AdminCreateUserRequest.builder().userPoolId(pool).username("seed")
                .messageAction("SUPPRESS").build());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void snapshot() {
        poolsBefore = pools();
        historyBefore = fixture.engine.audit().userHistory(pool, "seed").size();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(pools()).isEqualTo(poolsBefore);
        assertThat(fixture.engine.audit().userHistory(pool, "seed")).hasSize(historyBefore);
        assertThat(fixture.engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("seed").build()).enabled()).isTrue();
    }

    private static List<String> pools() {
        return fixture.engine.listUserPools(ListUserPoolsRequest.builder().maxResults(60).build()).userPools().stream()
                .map(UserPoolDescriptionType::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"UserPoolId\": \"%s\", \"Username\": ",
            "{\"UserPoolId\": \"%s\", \"Username\": \"seed\"",
            "{\"UserPoolId\": \"%s\" \"Username\": \"seed\"}",
            "{'UserPoolId': '%s'}",
            "{\"UserPoolId\": \"%s\"} trailing",
            "{\"UserPoolId\": \"%s\", \"Username\": NaN}",
    })
    void malformedJsonIsASerializationException(String body) {
        assertError(fixture.post("AdminDisableUser", body.formatted(pool)), 400, "SerializationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"AdminDisableUser\"", "42", "null", "true"})
    void aBodyThatIsNotAnObjectIsASerializationException(String body) {
        assertError(fixture.post("AdminDisableUser", body), 400, "SerializationException");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AdminDisableUser | {\"UserPoolId\": \"%s\", \"Username\": 7}                 | class java.lang.Long can not be converted to a String",
            "AdminDisableUser | {\"UserPoolId\": \"%s\", \"Username\": true}              | class java.lang.Boolean can not be converted to a String",
            "AdminDisableUser | {\"UserPoolId\": \"%s\", \"Username\": {\"S\": \"seed\"}}  | Start of structure or map found where not expected.",
            "AdminDisableUser | {\"UserPoolId\": \"%s\", \"Username\": [\"seed\"]}        | Start of list found where not expected.",
            "ListUsers        | {\"UserPoolId\": \"%s\", \"Limit\": \"10\"}               | class java.lang.String can not be converted to an Integer",
            "ListUsers        | {\"UserPoolId\": \"%s\", \"Limit\": 1.5}                  | class java.lang.Double can not be converted to an Integer",
            "ListUsers        | {\"UserPoolId\": \"%s\", \"Limit\": 99999999999}          | class java.lang.Long can not be converted to an Integer",
            "AdminUpdateUserAttributes | {\"UserPoolId\": \"%s\", \"Username\": \"seed\", \"UserAttributes\": {\"Name\": \"email\"}} | Start of structure or map found where not expected.",
            "AdminUpdateUserAttributes | {\"UserPoolId\": \"%s\", \"Username\": \"seed\", \"UserAttributes\": [{\"Name\": 1}]}      | class java.lang.Long can not be converted to a String",
            "AdminUpdateUserAttributes | {\"UserPoolId\": \"%s\", \"Username\": \"seed\", \"UserAttributes\": \"email\"}          | class java.lang.String can not be converted to a List",
            "AdminSetUserPassword      | {\"UserPoolId\": \"%s\", \"Username\": \"seed\", \"Password\": \"Passw0rd!x\", \"Permanent\": \"true\"} | class java.lang.String can not be converted to a Boolean",
            "UpdateUserPool            | {\"UserPoolId\": \"%s\", \"UserPoolTags\": {\"team\": 5}}  | class java.lang.Long can not be converted to a String",
            "UpdateUserPool            | {\"UserPoolId\": \"%s\", \"UserPoolTags\": [\"team\"]}     | Start of list found where not expected.",
    })
    void aMemberOfTheWrongTypeIsASerializationException(String operation, String body, String message) {
        assertThat(assertError(fixture.post(operation, body.formatted(pool)), 400, "SerializationException").get("message").asText())
                .isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AdminDisableUser | {\"UserPoolId\": \"%s\"}                               | Value null at 'username' failed to satisfy constraint: Member must not be null",
            "ListUsers        | {\"UserPoolId\": \"%s\", \"Limit\": 61}                 | Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
            "AdminDisableUser | {\"UserPoolId\": \"../../etc/passwd\", \"Username\": \"seed\"} | at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern",
            "UpdateUserPool   | {\"UserPoolId\": \"%s\", \"DeletionProtection\": \"MAYBE\"} | Member must satisfy enum value set: [ACTIVE, INACTIVE]",
            "AdminDisableUser | {\"UserPoolId\": \"%s\", \"Username\": \"\"}              | Member must have length greater than or equal to 1",
    })
    void aValueOutsideTheModelsConstraintsIsAnInvalidParameterException(String operation, String body, String message) {
        assertThat(assertError(fixture.post(operation, body.formatted(pool)), 400, "InvalidParameterException").get("message").asText())
                .matches("\\d validation errors? detected: .*").contains(message);
    }

    @Test
    void aTenMegabyteBodyIsRefusedWithoutBeingRead() {
        byte[] huge = ("{\"UserPoolId\": \"" + pool + "\", \"Username\": \"" + "x".repeat(10 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertError(fixture.post("AdminDisableUser", new String(huge, StandardCharsets.UTF_8)), 413, "RequestEntityTooLargeException");
    }

    @Test
    void aTenMegabyteChunkedBodyIsCutOffAtTheLimit() {
        byte[] huge = new byte[10 << 20];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        HttpRequest request = HttpRequest.newBuilder(fixture.endpoint().resolve("/"))
                .header("X-Amz-Target", ApiRoute.TARGET_PREFIX + "AdminDisableUser")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();
        assertError(fixture.send(request), 413, "RequestEntityTooLargeException");
    }

    @Test
    void nestingBeyondAnyShapeIsASerializationException() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertError(fixture.post("AdminDisableUser", "{\"UserPoolId\": " + deep + "}"), 400, "SerializationException");
    }

    @Test
    void bytesThatAreNotUtf8AreASerializationException() {
        byte[] body = ("{\"UserPoolId\": \"" + pool + "\", \"Username\": \"se\u0000ed\"}").getBytes(StandardCharsets.UTF_8);
        body[body.length - 5] = (byte) 0xC3;
        body[body.length - 4] = (byte) 0x28;
        HttpRequest request = HttpRequest.newBuilder(fixture.endpoint().resolve("/"))
                .header("X-Amz-Target", ApiRoute.TARGET_PREFIX + "AdminDisableUser")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        assertError(fixture.send(request), 400, "SerializationException");
    }

    @Test
    void unknownMembersAreIgnoredAsAwsJsonServicesIgnoreThem() {
        HttpResponse<String> response = fixture.post("CreateUserPool",
                "{\"PoolName\": \"extra\", \"FutureMember\": {\"x\": [1, 2]}, \"Policies\": {\"PasswordPolicy\": {\"MinimumLength\": 10, \"Novel\": true}}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String created = WireErrors.json(response).at("/UserPool/Id").asText();
        assertThat(WireErrors.json(response).at("/UserPool/Policies/PasswordPolicy/MinimumLength").asInt()).isEqualTo(10);
        fixture.engine.deleteUserPool(dev.cairn.api.model.DeleteUserPoolRequest.builder().userPoolId(created).build());
    }

    @Test
    void aMissingTargetHeaderIsAnUnknownOperation() {
        assertError(fixture.post(null, "{}"), 400, "UnknownOperationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWSCognitoIdentityProviderService.DropEverything", "DynamoDB_20120810.ListTables",
            "AWSCognitoIdentityProviderService.", "AWSCognitoIdentityProviderService.adminGetUser", "AWSCognitoIdentityProviderService.Admin\u00c9"})
    void aTargetNamingNoOperationIsAnUnknownOperation(String target) {
        HttpRequest request = HttpRequest.newBuilder(fixture.endpoint().resolve("/"))
                .header("X-Amz-Target", target).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertError(fixture.send(request), 400, "UnknownOperationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../../../../etc/passwd/.well-known/jwks.json",
            "/%2e%2e/%2e%2e/etc/.well-known/jwks.json",
            "/us-east-1_abc%2F..%2F..%2F/.well-known/jwks.json",
            "/us-east-1_abc/../../.well-known/openid-configuration",
            "/..%252f..%252f/.well-known/jwks.json",
            "/us-east-1_abc/.well-known/../../../etc/passwd",
            "/us-east-1_abc/.well-known/jwks.json%00.txt",
    })
    void pathTraversalInTheWellKnownPathsFindsNothing(String rawPath) {
        HttpResponse<String> response = fixture.get(rawPath);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("root:").doesNotContain("keys");
    }

    @Test
    void aRequestLineThatIsNotAUriIsACleanBadRequest() {
        assertThat(RawHttp.exchange(fixture.server.port(), "GET /_engine/outbox?UserPoolId=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n"))
                .startsWith("HTTP/1.1 400").doesNotContain("\tat ");
        assertThat(RawHttp.exchange(fixture.server.port(), "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n{}"))
                .startsWith("HTTP/1.1 400").doesNotContain("\tat ");
    }

    @Test
    void otherMethodsAndPathsAreNotFound() {
        assertError(fixture.get("/"), 404, "NotFoundException");
        HttpRequest put = HttpRequest.newBuilder(fixture.endpoint().resolve("/")).PUT(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertError(fixture.send(put), 404, "NotFoundException");
        assertError(fixture.get("/admin"), 404, "NotFoundException");
    }
}
