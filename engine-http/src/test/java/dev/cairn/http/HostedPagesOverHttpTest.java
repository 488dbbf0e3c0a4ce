package dev.cairn.http;

import dev.cairn.api.model.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hosted pages take a user through what a sign-in may ask besides a password, each step through
 * the engine's own decisions: a temporary password changed (NEW_PASSWORD_REQUIRED), an email code
 * as second factor, an unconfirmed account sent to confirm, a forgotten password reset with the
 * code the outbox shows; each ends at the client's callback with a code.
 */
class HostedPagesOverHttpTest {

    static final String CALLBACK = "https://app.example.com/callback";
    static WireFixture fixture;
    static String pool;
    static String domain;
    static UserPoolClientType web;

    @BeforeAll
    static void start() {
        fixture = new WireFixture();
        var engine = fixture.engine();
        pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("pages").autoVerifiedAttributes("email").build()).userPool().id();
        domain = "pages-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain(domain).build());
        web = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK).allowedOAuthScopes("openid").build())
                .userPoolClient();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static String authorize() {
        return "/" + domain + "/oauth2/authorize?response_type=code&client_id=" + web.clientId() + "&redirect_uri=" + CALLBACK + "&state=s";
    }

    static void user(String name, String password, boolean permanent) {
        fixture.engine().adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username(name).messageAction("SUPPRESS")
                .temporaryPassword(permanent ? null : password)
                .userAttributes(AttributeType.builder().name("email").value(name + "@example.com").build(),
                        AttributeType.builder().name("email_verified").value("true").build()).build());
        if (permanent) {
            fixture.engine().adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username(name).password(password)
                    .permanent(true).build());
        }
    }

    static String lastCode(String username) {
        var messages = fixture.outbox(pool, username);
        return messages.get(messages.size() - 1).get("Code").asText();
    }

    static void atCallbackWithCode(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HostedBrowser.params(HostedBrowser.location(response), false)).containsKey("code").containsEntry("state", "s");
        assertThat(HostedBrowser.location(response)).startsWith(CALLBACK);
    }

    @Test
    void aTemporaryPasswordIsChangedOnTheWayIn() throws Exception {
        user("tess", "Tmp-Passw0rd!1", false);
        HostedBrowser browser = new HostedBrowser(fixture.endpoint());
        HttpResponse<String> login = browser.follow(browser.get(authorize()));
        HttpResponse<String> change = browser.submit(login, Map.of("username", "tess", "password", "Tmp-Passw0rd!1"));
        assertThat(change.body()).contains("<title>Change password</title>");
        HttpResponse<String> weak = browser.submit(change, Map.of("new_password", "short"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("Password did not conform with policy");
        atCallbackWithCode(browser.submit(weak, Map.of("new_password", "New-Passw0rd!2")));
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("tess").build()).userStatus())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void anEmailCodeIsAskedAsSecondFactor() throws Exception {
        fixture.engine().setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OPTIONAL")
                .emailMfaConfiguration(EmailMfaConfigType.builder().message("Your code {####}").build()).build());
        user("otto", "Otto-Passw0rd!1", true);
        fixture.engine().adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("otto")
                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build());
        HostedBrowser browser = new HostedBrowser(fixture.endpoint());
        HttpResponse<String> login = browser.follow(browser.get(authorize()));
        HttpResponse<String> mfa = browser.submit(login, Map.of("username", "otto", "password", "Otto-Passw0rd!1"));
        assertThat(mfa.body()).contains("<title>Verification code</title>").contains("We sent a code to");
        atCallbackWithCode(browser.submit(mfa, Map.of("code", lastCode("otto"))));
    }

    @Test
    void anUnconfirmedUserIsSentToConfirmThenSignsIn() throws Exception {
        fixture.engine().signUp(SignUpRequest.builder().clientId(web.clientId()).username("uma").password("Uma-Passw0rd!1")
                .userAttributes(AttributeType.builder().name("email").value("uma@example.com").build()).build());
        HostedBrowser browser = new HostedBrowser(fixture.endpoint());
        HttpResponse<String> login = browser.follow(browser.get(authorize()));
        HttpResponse<String> confirm = browser.follow(browser.submit(login, Map.of("username", "uma", "password", "Uma-Passw0rd!1")));
        assertThat(confirm.body()).contains("<title>Confirm account</title>");
        HttpResponse<String> wrong = browser.submit(confirm, Map.of("code", "000000"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        HttpResponse<String> signIn = browser.follow(browser.submit(confirm, Map.of("code", lastCode("uma"))));
        assertThat(signIn.body()).contains("<title>Sign in</title>");
        atCallbackWithCode(browser.submit(signIn, Map.of("username", "uma", "password", "Uma-Passw0rd!1")));
    }

    @Test
    void aForgottenPasswordIsResetWithTheOutboxCode() throws Exception {
        user("fay", "Fay-Passw0rd!1", true);
        HostedBrowser browser = new HostedBrowser(fixture.endpoint());
        HttpResponse<String> login = browser.follow(browser.get(authorize()));
        HttpResponse<String> forgot = browser.get(HostedBrowser.unescapedLink(login.body(), "Forgot your password?"));
        HttpResponse<String> reset = browser.follow(browser.submit(forgot, Map.of("username", "fay")));
        assertThat(reset.body()).contains("<title>Reset password</title>");
        HttpResponse<String> signIn = browser.follow(browser.submit(reset, Map.of("code", lastCode("fay"), "password", "Fay-Passw0rd!2")));
        assertThat(signIn.body()).contains("<title>Sign in</title>");
        atCallbackWithCode(browser.submit(signIn, Map.of("username", "fay", "password", "Fay-Passw0rd!2")));
    }

    @Test
    void thePoolsCssAndLogoAreOnTheHostedPages() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        fixture.engine().setUICustomization(SetUICustomizationRequest.builder().userPoolId(pool).clientId(web.clientId())
                .css(".submitButton-customizable{background-color:#ff9900}").imageFile(png).build());
        HttpResponse<String> login = new HostedBrowser(fixture.endpoint()).follow(new HostedBrowser(fixture.endpoint()).get(authorize()));
        assertThat(login.body()).contains(".submitButton-customizable{background-color:#ff9900}")
                .contains("<img class=\"logo-customizable\" alt=\"logo\" src=\"data:image/png;base64,");
    }

    @Test
    void signUpAsksThePoolsRequiredAttributes() throws Exception {
        var engine = fixture.engine();
        String strict = engine.createUserPool(CreateUserPoolRequest.builder().poolName("strict").autoVerifiedAttributes("email")
                .schema(SchemaAttributeType.builder().name("given_name").required(true).build()).build()).userPool().id();
        String prefix = "strict-" + strict.substring(strict.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(strict).domain(prefix).build());
        UserPoolClientType client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(strict).clientName("web")
                .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK)
                .allowedOAuthScopes("openid").build()).userPoolClient();
        HostedBrowser browser = new HostedBrowser(fixture.endpoint());
        HttpResponse<String> signUp = browser.get("/" + prefix + "/signup?response_type=code&client_id=" + client.clientId() + "&redirect_uri=" + CALLBACK);
        assertThat(signUp.body()).contains("name=\"given_name\"");
        HttpResponse<String> confirm = browser.follow(browser.submit(signUp, Map.of("username", "gil", "email", "gil@example.com",
                "given_name", "Gil", "password", "Gil-Passw0rd!1")));
        assertThat(confirm.body()).contains("<title>Confirm account</title>");
        assertThat(engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(strict).username("gil").build()).userAttributes())
                .anySatisfy(a -> assertThat(a.name() + "=" + a.value()).isEqualTo("given_name=Gil"));
    }

    @Test
    void overHttpsTheCookiesAreSecure() throws Exception {
        try (WireFixture secure = new WireFixture(s -> s.publicEndpoint(java.net.URI.create("https://auth.example.test")))) {
            var engine = secure.engine();
            String p = engine.createUserPool(CreateUserPoolRequest.builder().poolName("tls").build()).userPool().id();
            String prefix = "tls-" + p.substring(p.indexOf('_') + 1).toLowerCase();
            engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(p).domain(prefix).build());
            UserPoolClientType client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(p).clientName("web")
                    .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK).allowedOAuthScopes("openid").build())
                    .userPoolClient();
            HttpResponse<String> login = new HostedBrowser(secure.endpoint()).get("/" + prefix + "/login?response_type=code&client_id="
                    + client.clientId() + "&redirect_uri=" + CALLBACK);
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=")
                    .contains("; Secure", "HttpOnly", "SameSite=Lax"));
        }
    }

    @Test
    void aUserWithTwoFactorsChoosesOneThenAnswersIt() throws Exception {
        var engine = fixture.engine();
        engine.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OPTIONAL")
                .softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType.builder().enabled(true).build())
                .emailMfaConfiguration(EmailMfaConfigType.builder().message("Your code {####}").build()).build());
        user("sel", "Sel-Passw0rd!1", true);
        String api = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("api")
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
        String access = engine.initiateAuth(InitiateAuthRequest.builder().clientId(api).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "sel", "PASSWORD", "Sel-Passw0rd!1")).build()).authenticationResult().accessToken();
        String secret = engine.associateSoftwareToken(AssociateSoftwareTokenRequest.builder().accessToken(access).build()).secretCode();
        engine.verifySoftwareToken(VerifySoftwareTokenRequest.builder().accessToken(access).userCode(
                dev.cairn.core.mfa.Totp.code(secret, dev.cairn.core.mfa.Totp.step(java.time.Instant.now()))).build());
        engine.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("sel")
                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).build())
                .softwareTokenMfaSettings(SoftwareTokenMfaSettingsType.builder().enabled(true).build()).build());

        HostedBrowser browser = new HostedBrowser(fixture.endpoint());
        HttpResponse<String> login = browser.follow(browser.get(authorize()));
        HttpResponse<String> choose = browser.submit(login, Map.of("username", "sel", "password", "Sel-Passw0rd!1"));
        assertThat(choose.body()).contains("<title>Choose a second factor</title>").contains("value=\"EMAIL_OTP\"")
                .contains("value=\"SOFTWARE_TOKEN_MFA\"");
        HttpResponse<String> code = browser.submit(choose, Map.of("answer", "EMAIL_OTP"));
        assertThat(code.body()).contains("<title>Verification code</title>");
        atCallbackWithCode(browser.submit(code, Map.of("code", lastCode("sel"))));
    }

    @Test
    void aPoolThatRequiresMfaHasTheUserSetUpAnAuthenticatorOnTheWayIn() throws Exception {
        var engine = fixture.engine();
        String strict = engine.createUserPool(CreateUserPoolRequest.builder().poolName("mfa-on").build()).userPool().id();
        engine.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(strict).mfaConfiguration("ON")
                .softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType.builder().enabled(true).build()).build());
        String prefix = "mfa-" + strict.substring(strict.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(strict).domain(prefix).build());
        UserPoolClientType client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(strict).clientName("web")
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK).allowedOAuthScopes("openid").build())
                .userPoolClient();
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(strict).username("mia").messageAction("SUPPRESS").build());
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(strict).username("mia").password("Mia-Passw0rd!1")
                .permanent(true).build());

        HostedBrowser browser = new HostedBrowser(fixture.endpoint());
        HttpResponse<String> login = browser.follow(browser.get("/" + prefix + "/oauth2/authorize?response_type=code&client_id="
                + client.clientId() + "&redirect_uri=" + CALLBACK + "&state=s"));
        HttpResponse<String> setup = browser.submit(login, Map.of("username", "mia", "password", "Mia-Passw0rd!1"));
        assertThat(setup.body()).contains("<title>Set up an authenticator</title>");
        String secret = setup.body().replaceAll("(?s).*<code id=\"secret\">([A-Z2-7]+)</code>.*", "$1");
        HttpResponse<String> wrong = browser.submit(setup, Map.of("code", "000000"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        String again = wrong.body().replaceAll("(?s).*<code id=\"secret\">([A-Z2-7]+)</code>.*", "$1");
        atCallbackWithCode(browser.submit(wrong, Map.of("code", dev.cairn.core.mfa.Totp.code(again,
                dev.cairn.core.mfa.Totp.step(java.time.Instant.now())))));
        assertThat(secret).isNotBlank();
        assertThat(engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(strict).username("mia").build()).userMFASettingList())
                .contains("SOFTWARE_TOKEN_MFA");
    }
}
