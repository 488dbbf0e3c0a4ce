package dev.cairn.test.pool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserPoolAddOnNotEnabledException;
import dev.cairn.api.event.AuthEventFeedbackRecorded;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuthEventsTest {

    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop").toBuilder()
            .userPoolTier("PLUS").autoVerifiedAttributes(List.of("email")).build())).userPool().id();
    private final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows(List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).build())).userPoolClient().clientId();

    /** What Cognito's advanced security library sends as EncodedData: a base64 envelope around the collected context. */
    static String encodedData(String userAgent, String timezone) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String payload = json.writeValueAsString(Map.of("contextData", Map.of("UserAgent", userAgent, "ClientTimezone", timezone),
                "username", "alice", "timestamp", "1767225600000"));
        String envelope = json.writeValueAsString(Map.of("payload", payload, "signature", "c2lnbmF0dXJl", "version", "JS20171115"));
        return Base64.getEncoder().encodeToString(envelope.getBytes(StandardCharsets.UTF_8));
    }

    private UserContextDataType context() throws Exception {
        return UserContextDataType.builder().ipAddress("198.51.100.7").encodedData(encodedData(CHROME, "-05:00")).build();
    }

    private List<AuthEventType> events(String username) {
        return fixture.engine().adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder().userPoolId(pool).username(username).build()).authEvents();
    }

    private void signUpAndConfirm(String username) throws Exception {
        fixture.givenThat(api -> api.signUp(SignUpRequest.builder().clientId(client).username(username).password("Corr3ct-Horse!")
                .userAttributes(Requests.attributes("email", username + "@example.com")).userContextData(uncheckedContext()).build()));
        fixture.givenThat(api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(client).username(username)
                .confirmationCode(fixture.lastMessage(pool, username).code()).build()));
    }

    private UserContextDataType uncheckedContext() {
        try {
            return context();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private InitiateAuthResponse signIn(String username, String password) {
        return fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)).userContextData(uncheckedContext()).build());
    }

    @Test
    void everyAuthenticationOfAUserIsListedNewestFirstWithItsContext() throws Exception {
        fixture.givenThat(api -> api.signUp(SignUpRequest.builder().clientId(client).username("alice").password("Corr3ct-Horse!")
                .userAttributes(Requests.attributes("email", "alice@example.com")).userContextData(uncheckedContext()).build()));
        fixture.givenThat(api -> api.resendConfirmationCode(ResendConfirmationCodeRequest.builder().clientId(client).username("alice").build()));
        fixture.givenThat(api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(client).username("alice")
                .confirmationCode(fixture.lastMessage(pool, "alice").code()).build()));
        String access = signIn("alice", "Corr3ct-Horse!").authenticationResult().accessToken();
        fixture.when(api -> signIn("alice", "Wr0ng-Horse!")).expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
        fixture.givenThat(api -> api.changePassword(ChangePasswordRequest.builder().accessToken(access)
                .previousPassword("Corr3ct-Horse!").proposedPassword("N3w-Horse!").build()));
        fixture.givenThat(api -> api.forgotPassword(ForgotPasswordRequest.builder().clientId(client).username("alice").build()));
        fixture.givenThat(api -> api.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(client).username("alice")
                .confirmationCode(fixture.lastMessage(pool, "alice").code()).password("Thi5-Horse!").build()));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password("Adm1n-Horse!").permanent(true).build()));

        List<AuthEventType> events = events("alice");
        assertThat(events).extracting(e -> e.eventType() + ":" + e.eventResponse()).containsExactly(
                "ForgotPassword:Pass", "ForgotPassword:Pass", "PasswordChange:Pass", "SignIn:Fail", "SignIn:Pass", "ResendCode:Pass", "SignUp:Pass");
        AuthEventType failed = events.get(3);
        assertThat(failed.challengeResponses()).extracting(c -> c.challengeName() + "=" + c.challengeResponse()).containsExactly("Password=Failure");
        assertThat(events.get(4).challengeResponses()).extracting(c -> c.challengeName() + "=" + c.challengeResponse()).containsExactly("Password=Success");
        assertThat(failed.eventContextData().ipAddress()).isEqualTo("198.51.100.7");
        assertThat(failed.eventContextData().deviceName()).isEqualTo("Chrome 120, Windows 10");
        assertThat(failed.eventContextData().timezone()).isEqualTo("-05:00");
        assertThat(failed.eventRisk().riskDecision()).isEqualTo("NoRisk");
        assertThat(failed.eventId()).matches("[\\w+-]{1,50}");
        assertThat(failed.eventFeedback()).isNull();
        assertThat(events).extracting(AuthEventType::creationDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void anAdministratorsCreationIsNoAuthenticationEvent() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob", "email", "bob@example.com")));
        assertThat(events("bob")).isEmpty();
    }

    @Test
    void eventsComeInPagesWhoseTokensAreTheirListsOwn() throws Exception {
        signUpAndConfirm("alice");
        signUpAndConfirm("carol");
        for (int i = 0; i < 3; i++) signIn("alice", "Corr3ct-Horse!");
        AdminListUserAuthEventsResponse first = fixture.engine().adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder()
                .userPoolId(pool).username("alice").maxResults(3).build());
        assertThat(first.authEvents()).hasSize(3).allMatch(e -> e.eventType().equals("SignIn"));
        AdminListUserAuthEventsResponse second = fixture.engine().adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder()
                .userPoolId(pool).username("alice").maxResults(3).nextToken(first.nextToken()).build());
        assertThat(second.authEvents()).extracting(AuthEventType::eventType).containsExactly("SignUp");
        assertThat(second.nextToken()).isNull();
        fixture.when(api -> api.adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder().userPoolId(pool).username("carol")
                .nextToken(first.nextToken()).build())).expectError(InvalidParameterException.class, "Invalid pagination token.");
    }

    @Test
    void anAdministratorsFeedbackIsRecordedAndShown() throws Exception {
        signUpAndConfirm("alice");
        signIn("alice", "Corr3ct-Horse!");
        String eventId = events("alice").get(0).eventId();
        fixture.when(api -> api.adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest.builder().userPoolId(pool).username("alice")
                        .eventId(eventId).feedbackValue("Invalid").build()))
                .expectEvents(AuthEventFeedbackRecorded.class);
        EventFeedbackType feedback = events("alice").get(0).eventFeedback();
        assertThat(feedback.feedbackValue()).isEqualTo("Invalid");
        assertThat(feedback.provider()).isEqualTo("Admin");
        assertThat(feedback.feedbackDate()).isEqualTo(CairnFixture.START);
        fixture.when(api -> api.adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest.builder().userPoolId(pool).username("alice")
                .eventId("no-such-event").feedbackValue("Valid").build())).expectError(ResourceNotFoundException.class);
        fixture.when(api -> api.adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest.builder().userPoolId(pool).username("alice")
                .eventId(eventId).feedbackValue("Maybe").build())).expectError(InvalidParameterException.class);
    }

    @Test
    void aUsersFeedbackNeedsTheEventsOwnToken() throws Exception {
        signUpAndConfirm("alice");
        signIn("alice", "Corr3ct-Horse!");
        List<AuthEventType> events = events("alice");
        String signInId = events.get(0).eventId();
        String sub = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build())
                .userAttributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        String token = fixture.engine().authEventFeedbackToken(pool, sub, signInId);
        String otherEventsToken = fixture.engine().authEventFeedbackToken(pool, sub, events.get(1).eventId());
        UpdateAuthEventFeedbackRequest.Builder feedback = UpdateAuthEventFeedbackRequest.builder().userPoolId(pool).username("alice")
                .eventId(signInId).feedbackValue("Valid");
        fixture.when(api -> api.updateAuthEventFeedback(feedback.feedbackToken(otherEventsToken).build()))
                .expectError(NotAuthorizedException.class, "Invalid feedback token.");
        fixture.when(api -> api.updateAuthEventFeedback(feedback.feedbackToken(token).build()))
                .expectEvents(AuthEventFeedbackRecorded.class)
                .expectContext(c -> assertThat(c.actorType()).isEqualTo("USER"));
        assertThat(events("alice").get(0).eventFeedback().provider()).isEqualTo("User");
        assertThat(token).doesNotContain(signInId).doesNotContain(sub);
    }

    @Test
    void aPoolWithoutThreatProtectionHasNoAuthEvents() {
        String plain = fixture.given(api -> api.createUserPool(Requests.createUserPool("plain"))).userPool().id();
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(plain, "bob")));
        fixture.when(api -> api.adminListUserAuthEvents(AdminListUserAuthEventsRequest.builder().userPoolId(plain).username("bob").build()))
                .expectError(UserPoolAddOnNotEnabledException.class);
    }

    @Test
    void theEventsReadTheSameAfterAProjectionRebuild() throws Exception {
        signUpAndConfirm("alice");
        signIn("alice", "Corr3ct-Horse!");
        List<AuthEventType> live = events("alice");
        fixture.engine().rebuildProjections();
        assertThat(events("alice")).isEqualTo(live);
    }
}
