package dev.cairn.test.pool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.api.error.FeatureUnavailableInTierException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.LogDeliveryConfigurationSet;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogDeliveryTest {

    private static final String LOG_GROUP = "arn:aws:logs:us-east-1:000000000000:log-group:/aws/vendedlogs/cognito";

    @TempDir
    Path folder;

    private CairnFixture fixture;
    private String pool;

    private CairnFixture start(String tier) {
        fixture = CairnFixture.inMemory(b -> b.activityLogFolder(folder));
        pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop").toBuilder().userPoolTier(tier).build())).userPool().id();
        return fixture;
    }

    private static LogConfigurationType config(String source, String level, String logGroup) {
        return LogConfigurationType.builder().eventSource(source).logLevel(level)
                .cloudWatchLogsConfiguration(CloudWatchLogsConfigurationType.builder().logGroupArn(logGroup).build()).build();
    }

    private SetLogDeliveryConfigurationRequest set(LogConfigurationType... configs) {
        return SetLogDeliveryConfigurationRequest.builder().userPoolId(pool).logConfigurations(List.of(configs)).build();
    }

    private List<LogConfigurationType> described() {
        return fixture.engine().getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest.builder().userPoolId(pool).build())
                .logDeliveryConfiguration().logConfigurations();
    }

    @Test
    void aPoolStartsWithoutLoggingAndKeepsWhatItWasGiven() {
        start("PLUS");
        assertThat(described()).isEmpty();
        LogConfigurationType errors = config("userNotification", "ERROR", LOG_GROUP);
        LogConfigurationType activity = LogConfigurationType.builder().eventSource("userAuthEvents").logLevel("INFO")
                .s3Configuration(S3ConfigurationType.builder().bucketArn("arn:aws:s3:::cognito-activity").build()).build();
        fixture.when(api -> api.setLogDeliveryConfiguration(set(errors, activity)))
                .expectEvents(LogDeliveryConfigurationSet.class)
                .expectResult(r -> assertThat(r.logDeliveryConfiguration().logConfigurations()).containsExactly(errors, activity));
        assertThat(described()).containsExactly(errors, activity);
        fixture.engine().rebuildProjections();
        assertThat(described()).containsExactly(errors, activity);
        fixture.when(api -> api.setLogDeliveryConfiguration(set())).expectEvents(LogDeliveryConfigurationSet.class);
        assertThat(described()).isEmpty();
    }

    @Test
    void eachSourceHasItsLevelOneDestinationAndOneConfiguration() {
        start("PLUS");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userNotification", "INFO", LOG_GROUP))))
                .expectError(InvalidParameterException.class, "The log level of userNotification must be ERROR.");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "ERROR", LOG_GROUP))))
                .expectError(InvalidParameterException.class, "The log level of userAuthEvents must be INFO.");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "INFO", LOG_GROUP), config("userAuthEvents", "INFO", LOG_GROUP))))
                .expectError(InvalidParameterException.class, "Only one log configuration may be set for the event source userAuthEvents.");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(LogConfigurationType.builder().eventSource("userAuthEvents").logLevel("INFO").build())))
                .expectErrorContaining(InvalidParameterException.class, "exactly one destination");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "INFO", LOG_GROUP).toBuilder()
                        .firehoseConfiguration(FirehoseConfigurationType.builder().streamArn("arn:aws:firehose:us-east-1:000000000000:deliverystream/x").build()).build())))
                .expectErrorContaining(InvalidParameterException.class, "exactly one destination");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "INFO", LOG_GROUP.replace("000000000000", "111111111111")))))
                .expectErrorContaining(InvalidParameterException.class, "same account");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userEverything", "INFO", LOG_GROUP))))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "INFO", "not-an-arn"))))
                .expectError(InvalidParameterException.class);
        assertThat(described()).isEmpty();
    }

    @Test
    void userActivityNeedsThePlusPlan() {
        start("ESSENTIALS");
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "INFO", LOG_GROUP))))
                .expectError(FeatureUnavailableInTierException.class);
        fixture.when(api -> api.setLogDeliveryConfiguration(set(config("userNotification", "ERROR", LOG_GROUP))))
                .expectEvents(LogDeliveryConfigurationSet.class);
    }

    @Test
    void anUnknownPoolIsNotFound() {
        start("PLUS");
        fixture.when(api -> api.getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest.builder().userPoolId("us-east-1_missing").build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void userActivityRecordsGoToThePoolsFileWithoutPersonalValuesOrSecrets() throws Exception {
        start("PLUS");
        String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                .explicitAuthFlows(List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).build())).userPoolClient().clientId();
        fixture.givenThat(api -> api.signUp(SignUpRequest.builder().clientId(client).username("alice").password("Corr3ct-Horse!")
                .userAttributes(Requests.attributes("email", "alice@example.com")).build()));
        Path file = folder.resolve(pool + ".jsonl");
        assertThat(file).doesNotExist(); // not configured yet: nothing written

        fixture.givenThat(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "INFO", LOG_GROUP))));
        fixture.givenThat(api -> api.adminConfirmSignUp(AdminConfirmSignUpRequest.builder().userPoolId(pool).username("alice").build()));
        fixture.givenThat(api -> SignIn.password(api, client, "alice", "Corr3ct-Horse!"));
        fixture.when(api -> SignIn.password(api, client, "alice", "wrong-Pa55!")).expectFailure(dev.cairn.api.error.NotAuthorizedException.class, "Incorrect username or password.");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) lines.add(new ObjectMapper().readTree(line));
        assertThat(lines).extracting(l -> l.at("/message/eventType").asText() + ":" + l.at("/message/eventResponse").asText())
                .containsExactly("SignIn:Pass", "SignIn:Fail");
        JsonNode first = lines.get(0);
        assertThat(first.get("eventSource").asText()).isEqualTo("USER_AUTH_EVENTS");
        assertThat(first.get("logLevel").asText()).isEqualTo("INFO");
        assertThat(first.at("/logSourceId/userPoolId").asText()).isEqualTo(pool);
        assertThat(first.at("/message/clientId").asText()).isEqualTo(client);
        assertThat(first.at("/message/userSub").asText()).matches("[0-9a-f-]{36}");
        assertThat(first.at("/message/eventId").asText()).isNotBlank();
        String all = Files.readString(file);
        assertThat(all).doesNotContain("alice").doesNotContain("Corr3ct-Horse!").doesNotContain("wrong-Pa55!")
                .doesNotContain(fixture.given(api -> SignIn.password(api, client, "alice", "Corr3ct-Horse!")).authenticationResult().accessToken());
    }

    @Test
    void noRecordIsWrittenForARequestThatWasRefused() throws Exception {
        start("PLUS");
        fixture.givenThat(api -> api.setLogDeliveryConfiguration(set(config("userAuthEvents", "INFO", LOG_GROUP))));
        fixture.when(api -> api.signUp(SignUpRequest.builder().clientId("nope").username("bob").password("x").build()))
                .expectError(ResourceNotFoundException.class);
        assertThat(folder.resolve(pool + ".jsonl")).doesNotExist();
    }
}
