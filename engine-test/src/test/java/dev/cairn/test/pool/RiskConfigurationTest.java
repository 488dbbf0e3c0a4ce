package dev.cairn.test.pool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserPoolAddOnNotEnabledException;
import dev.cairn.api.event.RiskConfigurationSet;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RiskConfigurationTest {

    private static final String PASSWORD = "Corr3ct-Horse!";
    private static final String SECURITY = "Unable to login because of security reasons.";

    @TempDir
    static Path folder;

    private final CairnFixture fixture = CairnFixture.inMemory(b -> b.breachedPasswords(breachedList()));
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop").toBuilder().userPoolTier("PLUS").build()))
            .userPool().id();
    private final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows(List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).build())).userPoolClient().clientId();
    private final String other = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "app").toBuilder()
            .explicitAuthFlows(List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).build())).userPoolClient().clientId();

    /** A breached-password list in the documented format: SHA-1 in hex, optionally ":count", comments. */
    private static Path breachedList() {
        try {
            String sha1 = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(PASSWORD.getBytes(StandardCharsets.UTF_8)));
            Path file = Files.createTempFile(folder, "breached", ".txt");
            Files.writeString(file, "# breached passwords\n" + sha1 + ":42\n5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8\n");
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SetRiskConfigurationRequest.Builder set() {
        return SetRiskConfigurationRequest.builder().userPoolId(pool);
    }

    private static RiskExceptionConfigurationType ranges(List<String> blocked, List<String> skipped) {
        return RiskExceptionConfigurationType.builder().blockedIPRangeList(blocked).skippedIPRangeList(skipped).build();
    }

    private static CompromisedCredentialsRiskConfigurationType compromised(String action) {
        return CompromisedCredentialsRiskConfigurationType.builder().eventFilter(List.of("SIGN_IN"))
                .actions(CompromisedCredentialsActionsType.builder().eventAction(action).build()).build();
    }

    private RiskConfigurationType describe(String clientId) {
        return fixture.engine().describeRiskConfiguration(DescribeRiskConfigurationRequest.builder().userPoolId(pool).clientId(clientId).build())
                .riskConfiguration();
    }

    private InitiateAuthResponse signIn(String clientId, String password, String ip) {
        return fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(clientId).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", password))
                .userContextData(UserContextDataType.builder().ipAddress(ip).build()).build());
    }

    private void alice() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    @Test
    void aPoolWithoutSettingsDescribesOnlyItsIds() {
        RiskConfigurationType none = describe(null);
        assertThat(none.userPoolId()).isEqualTo(pool);
        assertThat(none.clientId()).isEqualTo("ALL");
        assertThat(none.accountTakeoverRiskConfiguration()).isNull();
    }

    @Test
    void poolWideAndClientSettingsAreKeptAndTheClientsOwnWin() {
        AccountTakeoverRiskConfigurationType ato = AccountTakeoverRiskConfigurationType.builder()
                .actions(AccountTakeoverActionsType.builder()
                        .highAction(AccountTakeoverActionType.builder().eventAction("BLOCK").notifyValue(true).build())
                        .lowAction(AccountTakeoverActionType.builder().eventAction("NO_ACTION").notifyValue(false).build()).build())
                .notifyConfiguration(NotifyConfigurationType.builder().sourceArn("arn:aws:ses:us-east-1:000000000000:identity/shop.example")
                        .from("security@shop.example")
                        .blockEmail(NotifyEmailType.builder().subject("Blocked sign-in").textBody("We blocked a sign-in.").build()).build())
                .build();
        fixture.when(api -> api.setRiskConfiguration(set().accountTakeoverRiskConfiguration(ato).compromisedCredentialsRiskConfiguration(compromised("BLOCK"))
                        .riskExceptionConfiguration(ranges(List.of("203.0.113.0/24"), List.of("10.0.0.0/8", "2001:db8::/32"))).build()))
                .expectEvents(RiskConfigurationSet.class)
                .expectResult(r -> assertThat(r.riskConfiguration().clientId()).isEqualTo("ALL"));
        fixture.givenThat(api -> api.setRiskConfiguration(set().clientId(client).compromisedCredentialsRiskConfiguration(compromised("NO_ACTION")).build()));
        RiskConfigurationType poolWide = describe(null);
        assertThat(poolWide.accountTakeoverRiskConfiguration()).isEqualTo(ato);
        assertThat(poolWide.riskExceptionConfiguration().skippedIPRangeList()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThat(poolWide.lastModifiedDate()).isEqualTo(CairnFixture.START);
        assertThat(describe(client).clientId()).isEqualTo(client);
        assertThat(describe(client).compromisedCredentialsRiskConfiguration().actions().eventAction()).isEqualTo("NO_ACTION");
        assertThat(describe(other).clientId()).isEqualTo("ALL");
        fixture.engine().rebuildProjections();
        assertThat(describe(null)).isEqualTo(poolWide);
        fixture.when(api -> api.setRiskConfiguration(set().clientId(client).build())).expectEvents(RiskConfigurationSet.class);
        assertThat(describe(client).clientId()).isEqualTo("ALL");
    }

    @Test
    void settingsAreCheckedAsCognitoChecksThem() {
        fixture.when(api -> api.setRiskConfiguration(set().clientId("nosuchclient").build())).expectError(ResourceNotFoundException.class);
        fixture.when(api -> api.setRiskConfiguration(set().riskExceptionConfiguration(ranges(List.of("203.0.113.0"), null)).build()))
                .expectError(InvalidParameterException.class, "Invalid IP range: 203.0.113.0");
        fixture.when(api -> api.setRiskConfiguration(set().riskExceptionConfiguration(ranges(null, List.of("10.0.0.0/33"))).build()))
                .expectError(InvalidParameterException.class);
        fixture.when(api -> api.setRiskConfiguration(set().accountTakeoverRiskConfiguration(AccountTakeoverRiskConfigurationType.builder()
                        .actions(AccountTakeoverActionsType.builder().highAction(AccountTakeoverActionType.builder().eventAction("BLOCK")
                                .notifyValue(true).build()).build()).build()).build()))
                .expectErrorContaining(InvalidParameterException.class, "NotifyConfiguration");
        fixture.when(api -> api.setRiskConfiguration(set().compromisedCredentialsRiskConfiguration(compromised("MAYBE")).build()))
                .expectError(InvalidParameterException.class);
        String plain = fixture.given(api -> api.createUserPool(Requests.createUserPool("plain"))).userPool().id();
        fixture.when(api -> api.setRiskConfiguration(SetRiskConfigurationRequest.builder().userPoolId(plain).build()))
                .expectError(UserPoolAddOnNotEnabledException.class);
        fixture.when(api -> api.describeRiskConfiguration(DescribeRiskConfigurationRequest.builder().userPoolId(plain).build()))
                .expectError(UserPoolAddOnNotEnabledException.class);
    }

    @Test
    void signInsFromABlockedRangeAreRefusedEvenWithTheRightPassword() {
        alice();
        fixture.givenThat(api -> api.setRiskConfiguration(set().riskExceptionConfiguration(
                ranges(List.of("203.0.113.0/24", "2001:db8::/32"), List.of("203.0.113.7/32"))).build()));
        fixture.when(api -> signIn(client, PASSWORD, "203.0.113.7")).expectFailure(NotAuthorizedException.class, SECURITY)
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("RISK_BLOCKED"));
        fixture.when(api -> signIn(client, PASSWORD, "2001:db8::1")).expectFailure(NotAuthorizedException.class, SECURITY);
        fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_SRP_AUTH")
                        .authParameters(Map.of("USERNAME", "alice", "SRP_A", "ab12")).userContextData(UserContextDataType.builder().ipAddress("203.0.113.9").build()).build()))
                .expectFailure(NotAuthorizedException.class, SECURITY);
        fixture.when(api -> signIn(client, PASSWORD, "198.51.100.1")).expectEvents(SignedIn.class);
        AuthEventType blocked = fixture.engine().adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder().userPoolId(pool).username("alice").build())
                .authEvents().get(1);
        assertThat(blocked.eventRisk().riskDecision()).isEqualTo("Block");
    }

    @Test
    void aBreachedPasswordIsRefusedWhereCompromisedCredentialsAreBlocked() {
        alice();
        fixture.givenThat(api -> api.setRiskConfiguration(set().compromisedCredentialsRiskConfiguration(compromised("BLOCK"))
                .riskExceptionConfiguration(ranges(null, List.of("10.0.0.0/8"))).build()));
        fixture.givenThat(api -> api.setRiskConfiguration(set().clientId(other).compromisedCredentialsRiskConfiguration(compromised("NO_ACTION")).build()));
        fixture.when(api -> signIn(client, "Wr0ng-Horse!", "198.51.100.1")).expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
        fixture.when(api -> signIn(client, PASSWORD, "198.51.100.1")).expectFailure(NotAuthorizedException.class, SECURITY)
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("COMPROMISED_CREDENTIALS"));
        AuthEventType refused = fixture.engine().adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder().userPoolId(pool).username("alice").build())
                .authEvents().get(0);
        assertThat(refused.eventRisk().compromisedCredentialsDetected()).isTrue();
        assertThat(refused.eventRisk().riskDecision()).isEqualTo("Block");
        fixture.when(api -> signIn(client, PASSWORD, "10.1.2.3")).expectEvents(SignedIn.class);      // skipped range: not assessed
        fixture.when(api -> signIn(other, PASSWORD, "198.51.100.1")).expectEvents(SignedIn.class);   // the client's own NO_ACTION
    }

    private InitiateAuthResponse signInFrom(String password, String ip, String userAgent) {
        try {
            return fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                    .authParameters(Map.of("USERNAME", "alice", "PASSWORD", password)).userContextData(UserContextDataType.builder()
                            .ipAddress(ip).encodedData(AuthEventsTest.encodedData(userAgent, "+01:00")).build()).build());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccountTakeoverActionType action(String a) {
        return AccountTakeoverActionType.builder().eventAction(a).notifyValue(false).build();
    }

    @Test
    void accountTakeoverSignalsSetTheRiskLevelAndItsActionIsTaken() {
        String chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
        String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
        alice();
        fixture.givenThat(api -> api.setRiskConfiguration(set().accountTakeoverRiskConfiguration(AccountTakeoverRiskConfigurationType.builder()
                        .actions(AccountTakeoverActionsType.builder().lowAction(action("NO_ACTION")).mediumAction(action("MFA_REQUIRED"))
                                .highAction(action("BLOCK")).build()).build())
                .riskExceptionConfiguration(ranges(null, List.of("10.0.0.0/8"))).build()));
        fixture.when(api -> signInFrom(PASSWORD, "198.51.100.1", chrome)).expectEvents(dev.cairn.api.event.SignInRiskAssessed.class, SignedIn.class);
        fixture.when(api -> signInFrom(PASSWORD, "198.51.100.77", chrome)).expectEvents(dev.cairn.api.event.SignInRiskAssessed.class, SignedIn.class)
                .expectEvent(dev.cairn.api.event.SignInRiskAssessed.class, e -> assertThat(e.signals()).isEmpty());
        fixture.when(api -> signInFrom(PASSWORD, "203.0.113.5", chrome)).expectEvents(dev.cairn.api.event.SignInRiskAssessed.class, SignedIn.class)
                .expectEvent(dev.cairn.api.event.SignInRiskAssessed.class, e -> {
                    assertThat(e.signals()).containsExactly("NEW_IP_RANGE");
                    assertThat(e.riskLevel()).isEqualTo("Low");
                    assertThat(e.ipRange()).isEqualTo("203.0.113.0/24");
                });
        fixture.when(api -> signInFrom(PASSWORD, "192.0.2.1", firefox)).expectFailure(NotAuthorizedException.class, SECURITY)
                .expectEvent(dev.cairn.api.event.SignInRiskAssessed.class, e -> {
                    assertThat(e.signals()).containsExactly("NEW_IP_RANGE", "NEW_DEVICE");
                    assertThat(e.eventAction()).isEqualTo("MFA_REQUIRED");
                });
        for (int i = 0; i < 3; i++) signInFails();
        fixture.when(api -> signInFrom(PASSWORD, "233.252.0.1", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) Version/17.1 Mobile Safari/604.1"))
                .expectFailure(NotAuthorizedException.class, SECURITY)
                .expectEvent(dev.cairn.api.event.SignInRiskAssessed.class, e -> assertThat(e.riskLevel()).isEqualTo("High"));
        fixture.when(api -> signInFrom(PASSWORD, "10.9.9.9", firefox)).expectEvents(SignedIn.class); // skipped: not assessed
        List<AuthEventType> events = fixture.engine().adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder().userPoolId(pool)
                .username("alice").build()).authEvents();
        assertThat(events.get(1).eventRisk().riskDecision()).isEqualTo("Block");
        assertThat(events.get(1).eventRisk().riskLevel()).isEqualTo("High");
        assertThat(events.get(5).eventRisk().riskDecision()).isEqualTo("Block");
        assertThat(events.get(5).eventRisk().riskLevel()).isEqualTo("Medium");
        assertThat(events.get(6).eventRisk().riskDecision()).isEqualTo("AccountTakeover");
        assertThat(events.get(6).eventRisk().riskLevel()).isEqualTo("Low");
        assertThat(events.get(7).eventRisk().riskDecision()).isEqualTo("NoRisk");
    }

    private void signInFails() {
        fixture.when(api -> signIn(client, "Wr0ng-Horse!", "198.51.100.1")).expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
    }
}
