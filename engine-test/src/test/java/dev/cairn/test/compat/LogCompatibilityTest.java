package dev.cairn.test.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.MutableClock;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written by an earlier release (the {@link LogFixture}) opens under this one, replays
 * and answers exactly as that release answered, and takes new writes on its old pools, clients and
 * users. Event shapes change only with a new revision and an upcaster; this is what holds them to it.
 */
class LogCompatibilityTest {

    static final String PASSWORD = WriteLogFixture.PASSWORD;

    @TempDir
    Path dataDir;

    final JsonNode journey = LogFixture.read(LogFixture.JOURNEY);
    final JsonNode recorded = LogFixture.read(LogFixture.ANSWERS);
    final MutableClock clock = new MutableClock(Instant.parse(journey.get("endedAt").asText()).plus(Duration.ofHours(1)));
    final Outbox outbox = new Outbox();
    final String shop = journey.get("shop").asText();
    final String web = journey.get("web").asText();
    CairnEngine engine;

    @BeforeEach
    void openTheOldDatabase() throws Exception {
        LogFixture.loadDatabase(dataDir);
        // Another seed than the journey's, so new ids cannot repeat the old ones.
        // The recorded pools name Lambda functions, which the release that wrote them never ran and
        // this one runs: here they answer each event as it came, so the old answers still hold.
        var builder = CairnEngine.builder().storage(JdbcStorage.h2File(dataDir)).clock(clock).random(new Random(7))
                .messageDelivery(outbox).customSenderKey(new byte[32]);
        for (String function : new String[]{"pre-sign-up", "pre-token", "welcome", "sms"}) builder.lambdaFunction(function, event -> event);
        engine = builder.build();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void answersAsTheReleaseThatWroteItDid() {
        assertSameAnswers(LogFixture.readAgain(engine, recorded), recorded);
    }

    @Test
    void projectionsRebuiltFromTheOldLogAnswerTheSame() {
        engine.rebuildProjections();
        assertSameAnswers(LogFixture.readAgain(engine, recorded), recorded);
    }

    @Test
    void oldUsersSignInThroughOldClientsAndOldTokensStillRefresh() {
        var tokens = SignIn.srp(engine, shop, web, "alice", PASSWORD, clock.instant());
        assertThat(engine.getUser(GetUserRequest.builder().accessToken(tokens.accessToken()).build()).username()).isEqualTo("alice");

        var refreshed = engine.initiateAuth(InitiateAuthRequest.builder().clientId(web).authFlow("REFRESH_TOKEN_AUTH")
                .authParameters(Map.of("REFRESH_TOKEN", journey.get("aliceRefreshToken").asText())).build());
        assertThat(refreshed.authenticationResult().accessToken()).isNotBlank();

        String server = journey.get("server").asText();
        var admin = engine.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(shop).clientId(server)
                .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
                        "SECRET_HASH", AppClients.hash(journey.get("serverSecret").asText(), "alice", server))).build());
        assertThat(admin.authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void oldPoolsClientsAndGroupsTakeNewWritesAndReplayWithThem() {
        engine.adminCreateUser(Requests.adminCreateUser(shop, "gina", "email", "gina@example.com", "email_verified", "true",
                "custom:plan", "silver"));
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(shop).username("gina").password(PASSWORD).permanent(true).build());
        engine.createGroup(Requests.createGroup(shop, "new-group"));
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(shop).username("gina").groupName("admins").build());
        engine.updateGroup(UpdateGroupRequest.builder().userPoolId(shop).groupName("admins").precedence(2).build());
        clock.advance(Duration.ofMinutes(5));
        engine.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(shop).mfaConfiguration("OFF").autoVerifiedAttributes("email")
                .userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder().attributesRequireVerificationBeforeUpdate("email").build())
                .deletionProtection("ACTIVE").build());
        engine.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(shop).customAttributes(
                SchemaAttributeType.builder().name("added_later").attributeDataType("String").build()).build());
        String mobile = journey.get("mobile").asText();
        engine.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(shop).clientId(mobile).clientName("mobile-v3")
                .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build());
        String added = engine.createUserPoolClient(Requests.createClient(shop, "added")).userPoolClient().clientId();

        var tokens = SignIn.srp(engine, shop, added, "gina", PASSWORD, clock.instant());
        assertThat(tokens.accessToken()).isNotBlank();
        var pool = engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(shop).build()).userPool();
        assertThat(pool.mfaConfiguration()).isEqualTo("OFF");
        assertThat(pool.aliasAttributes()).containsExactly("email", "preferred_username");
        assertThat(pool.schemaAttributes()).extracting(SchemaAttributeType::name).contains("custom:plan", "custom:nickname2", "custom:added_later");
        assertThat(engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(shop).clientId(mobile).build())
                .userPoolClient().clientName()).isEqualTo("mobile-v3");
        assertThat(engine.getGroup(GetGroupRequest.builder().userPoolId(shop).groupName("admins").build()).group())
                .satisfies(g -> {
                    assertThat(g.precedence()).isEqualTo(2);
                    assertThat(g.roleArn()).isEqualTo("arn:aws:iam::000000000000:role/shop-admins");
                });

        var live = LogFixture.readAgain(engine, recorded);
        engine.rebuildProjections();
        assertSameAnswers(LogFixture.readAgain(engine, recorded), live);
    }

    /**
     * One assertion per read, so a failure names the operation that answers differently. Pagination
     * tokens are opaque and sealed afresh each time (and were readable in the release that wrote
     * the fixture), so only whether a page has one is compared.
     */
    private static void assertSameAnswers(JsonNode actual, JsonNode expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = withoutTokenValues(expected.get(i));
            assertThat(withoutTokenValues(actual.get(i))).as(e.get("operation").asText() + " " + e.get("request")).isEqualTo(e);
        }
    }

    private static JsonNode withoutTokenValues(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        copy.findParents("NextToken").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("NextToken", "<token>"));
        copy.findParents("PaginationToken").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("PaginationToken", "<token>"));
        return copy;
    }
}
