package dev.cairn.test.storage;

import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.core.mfa.Totp;
import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known secrets go through every journey (temporary, admin-set, sign-up, changed, reset and
 * challenge-answer passwords; invitation, sign-up, reset and verification codes; a client secret and a rotated one;
 * an identity provider's client secret and private key;
 * refresh, access and ID tokens; a TOTP secret and an email MFA code; a first-factor email code and a rotated refresh token; a hosted sign-in's password,
 * session, authorization code and plain PKCE verifier; a password typed into a UserMigration
 * trigger and a CUSTOM_AUTH private challenge parameter; an import job's upload token and its uploaded file), then every table of the database is read byte for byte, on H2
 * and on PostgreSQL: none of them appears in plaintext. The clock is fixed and randomness seeded,
 * so the six-digit codes cannot match a timestamp by chance, and a run repeats exactly.
 */
class NoSecretInStorageTest {

    @TempDir
    Path h2Dir;

    @Test
    void h2StoresNoSecretInPlaintext() throws Exception {
        List<String> secrets = runEveryJourney(JdbcStorage.h2File(h2Dir));
        assertNoneStored(DriverManager.getConnection(dev.cairn.storage.jdbc.dialect.H2Dialect.fileUrl(h2Dir), "sa", ""), secrets);
    }

    @Test
    void postgresqlStoresNoSecretInPlaintext() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.newDatabase("secrets");
        List<String> secrets = runEveryJourney(JdbcStorage.postgres(url, pg.user(), pg.password()));
        assertNoneStored(DriverManager.getConnection(url, pg.user(), pg.password()), secrets);
    }

    /** Runs the journeys and returns every secret that passed through them. */
    static List<String> runEveryJourney(Storage storage) {
        Outbox outbox = new Outbox();
        List<String> secrets = new ArrayList<>();
        try (CairnEngine api = CairnEngine.builder().storage(storage).messageDelivery(outbox).random(new Random(7))
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .lambdaFunction("migrate", event -> {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("response")).put("finalUserStatus", "CONFIRMED")
                            .putObject("userAttributes").put("email", "old@example.com").put("email_verified", "true");
                    return event;
                })
                .lambdaFunction("define", event -> {
                    var response = (com.fasterxml.jackson.databind.node.ObjectNode) event.get("response");
                    if (event.at("/request/session").size() > 0) response.put("issueTokens", true);
                    else response.put("challengeName", "CUSTOM_CHALLENGE");
                    return event;
                })
                .lambdaFunction("create", event -> {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("response")).putObject("privateChallengeParameters")
                            .put("answer", "Private-Challenge-Answer-8");
                    return event;
                })
                .lambdaFunction("verify", event -> {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("response")).put("answerCorrect",
                            event.at("/request/challengeAnswer").asText().equals(event.at("/request/privateChallengeParameters/answer").asText()));
                    return event;
                })
                .build()) {
            String pool = api.createUserPool(CreateUserPoolRequest.builder().poolName("secrets").autoVerifiedAttributes("email")
                    .schema(SchemaAttributeType.builder().name("given_name").required(true).build()).build()).userPool().id();
            var client = api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("c").generateSecret(false)
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient();
            var secretClient = api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("s")
                    .generateSecret(true).build()).userPoolClient();
            secrets.add(secretClient.clientSecret());
            secrets.add(api.addUserPoolClientSecret(AddUserPoolClientSecretRequest.builder().userPoolId(pool).clientId(secretClient.clientId())
                    .build()).clientSecretDescriptor().clientSecretValue());
            // An identity provider's client secret and a Sign in with Apple private key: sealed in the log and the pool read model.
            api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Corp").providerType("OIDC")
                    .providerDetails(java.util.Map.of("client_id", "corp", "client_secret", "Idp-Client-Secret-7f3a", "authorize_scopes", "openid",
                            "oidc_issuer", "https://idp.example.com", "attributes_request_method", "GET")).build());
            api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("SignInWithApple")
                    .providerType("SignInWithApple").providerDetails(java.util.Map.of("client_id", "com.example", "authorize_scopes", "email",
                            "private_key", "Apple-Private-Key-9c2e", "key_id", "K", "team_id", "T")).build());
            secrets.addAll(List.of("Idp-Client-Secret-7f3a", "Apple-Private-Key-9c2e"));

            // AdminCreateUser with a given temporary password, and one generated and sent.
            api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("tina").messageAction("SUPPRESS")
                    .temporaryPassword("Tmp-Secret-Passw0rd!1").userAttributes(attr("email", "tina@example.com")).build());
            secrets.add("Tmp-Secret-Passw0rd!1");
            api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("ivan").desiredDeliveryMediums("EMAIL")
                    .userAttributes(attr("email", "ivan@example.com")).build());
            secrets.add(outbox.messages(pool, "ivan").get(0).code());

            // NEW_PASSWORD_REQUIRED answered with a new password; tokens.
            var start = SignIn.startSrp(api, client.clientId(), "tina", null);
            var challenge = api.respondToAuthChallenge(SignIn.answer(start, pool, client.clientId(), "Tmp-Secret-Passw0rd!1",
                    Instant.parse("2026-01-01T00:00:00Z"), null));
            var tokens = api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client.clientId())
                    .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session()).challengeResponses(Map.of("USERNAME", "tina",
                            "NEW_PASSWORD", "New-Secret-Passw0rd!6", "userAttributes.given_name", "Tina")).build()).authenticationResult();
            secrets.addAll(List.of("New-Secret-Passw0rd!6", tokens.refreshToken(), tokens.accessToken(), tokens.idToken()));

            // AdminSetUserPassword, ChangePassword.
            api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("tina")
                    .password("Adm-Secret-Passw0rd!2").permanent(true).build());
            secrets.add("Adm-Secret-Passw0rd!2");
            String access = SignIn.password(api, client.clientId(), "tina", "Adm-Secret-Passw0rd!2").authenticationResult().accessToken();
            api.changePassword(ChangePasswordRequest.builder().accessToken(access).previousPassword("Adm-Secret-Passw0rd!2")
                    .proposedPassword("Chg-Secret-Passw0rd!4").build());
            secrets.add("Chg-Secret-Passw0rd!4");

            // SignUp and its confirmation code.
            api.signUp(SignUpRequest.builder().clientId(client.clientId()).username("sam").password("Sgn-Secret-Passw0rd!3")
                    .userAttributes(attr("email", "sam@example.com"), AttributeType.builder().name("given_name").value("Sam").build()).build());
            String signUpCode = outbox.messages(pool, "sam").get(0).code();
            api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(client.clientId()).username("sam").confirmationCode(signUpCode).build());
            secrets.addAll(List.of("Sgn-Secret-Passw0rd!3", signUpCode));

            // ForgotPassword and its code; a verification code for a changed email.
            api.forgotPassword(ForgotPasswordRequest.builder().clientId(client.clientId()).username("sam").build());
            String resetCode = last(outbox, pool, "sam");
            api.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(client.clientId()).username("sam")
                    .confirmationCode(resetCode).password("Fgt-Secret-Passw0rd!5").build());
            secrets.addAll(List.of(resetCode, "Fgt-Secret-Passw0rd!5"));
            String samToken = SignIn.password(api, client.clientId(), "sam", "Fgt-Secret-Passw0rd!5").authenticationResult().accessToken();
            api.updateUserAttributes(UpdateUserAttributesRequest.builder().accessToken(samToken).userAttributes(attr("email", "sam2@example.com")).build());
            String verifyCode = last(outbox, pool, "sam");
            api.verifyUserAttribute(VerifyUserAttributeRequest.builder().accessToken(samToken).attributeName("email").code(verifyCode).build());
            secrets.add(verifyCode);

            // A TOTP secret, associated and verified: sealed in the log, absent from the read model.
            String totp = api.associateSoftwareToken(AssociateSoftwareTokenRequest.builder().accessToken(samToken).build()).secretCode();
            api.verifySoftwareToken(VerifySoftwareTokenRequest.builder().accessToken(samToken).friendlyDeviceName("phone")
                    .userCode(Totp.code(totp, Totp.step(Instant.parse("2026-01-01T00:00:00Z")))).build());
            secrets.add(totp);

            // An email MFA code, sent at sign-in and answered.
            api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OPTIONAL")
                    .emailMfaConfiguration(EmailMfaConfigType.builder().message("Sign-in code {####}").build()).build());
            api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("sam")
                    .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build());
            var otp = SignIn.password(api, client.clientId(), "sam", "Fgt-Secret-Passw0rd!5");
            String otpCode = last(outbox, pool, "sam");
            api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client.clientId()).challengeName("EMAIL_OTP")
                    .session(otp.session()).challengeResponses(Map.of("USERNAME", "sam", "EMAIL_OTP_CODE", otpCode)).build());
            secrets.add(otpCode);

            // Choice-based sign-in with an email code as the first factor, then a rotated refresh token.
            api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool).autoVerifiedAttributes("email")
                    .policies(UserPoolPolicyType.builder().signInPolicy(SignInPolicyType.builder().allowedFirstAuthFactors("PASSWORD", "EMAIL_OTP")
                            .build()).build()).build());
            String rotating = api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("r")
                    .explicitAuthFlows("ALLOW_USER_AUTH").refreshTokenRotation(RefreshTokenRotationType.builder().feature("ENABLED").build())
                    .build()).userPoolClient().clientId();
            var first = api.initiateAuth(InitiateAuthRequest.builder().clientId(rotating).authFlow("USER_AUTH")
                    .authParameters(Map.of("USERNAME", "sam", "PREFERRED_CHALLENGE", "EMAIL_OTP")).build());
            String firstFactorCode = last(outbox, pool, "sam");
            var signedIn = api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(rotating).challengeName("EMAIL_OTP")
                    .session(first.session()).challengeResponses(Map.of("USERNAME", "sam", "EMAIL_OTP_CODE", firstFactorCode)).build())
                    .authenticationResult();
            String rotated = api.getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest.builder().clientId(rotating)
                    .refreshToken(signedIn.refreshToken()).build()).authenticationResult().refreshToken();
            secrets.addAll(List.of(firstFactorCode, signedIn.refreshToken(), signedIn.accessToken(), rotated));

            // The hosted sign-in: a password typed on the login page, an authorization code with a plain PKCE
            // challenge (the verifier itself), and the tokens the code buys.
            api.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain("secrets-hosted").build());
            var web = api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("w").generateSecret(true)
                    .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs("https://app.example.com/cb")
                    .allowedOAuthScopes("openid").build()).userPoolClient();
            secrets.add(web.clientSecret());
            api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("hana").messageAction("SUPPRESS")
                    .userAttributes(attr("email", "hana@example.com"), AttributeType.builder().name("given_name").value("Hana").build()).build());
            api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("hana").password("Hst-Secret-Passw0rd!7")
                    .permanent(true).build());
            String hostedSession = api.hostedSignIn(pool, web.clientId(), "hana", "Hst-Secret-Passw0rd!7", null).sessionCookie();
            String verifier = "plain-verifier-secret-" + "v".repeat(30);
            var answer = (dev.cairn.core.hosted.AuthorizeAnswer.Redirect) api.oauth2Authorize(pool, new dev.cairn.core.hosted.AuthorizeRequest(
                    "code", web.clientId(), "https://app.example.com/cb", null, null, null, verifier, "plain", null, null, null), hostedSession);
            String code = answer.location().replaceAll(".*code=([^&]+).*", "$1");
            var granted = api.oauth2Token(pool, new dev.cairn.core.oauth.TokenRequest("authorization_code", web.clientId(), web.clientSecret(),
                    null, null, code, "https://app.example.com/cb", verifier));
            secrets.addAll(List.of("Hst-Secret-Passw0rd!7", hostedSession, verifier, code, granted.accessToken(), granted.idToken(),
                    granted.refreshToken()));

            // Triggers: a password typed into UserMigration, and a CUSTOM_AUTH private challenge parameter and its answer.
            String arn = "arn:aws:lambda:us-east-1:000000000000:function:";
            String triggered = api.createUserPool(CreateUserPoolRequest.builder().poolName("triggered").lambdaConfig(LambdaConfigType.builder()
                    .userMigration(arn + "migrate").defineAuthChallenge(arn + "define").createAuthChallenge(arn + "create")
                    .verifyAuthChallengeResponse(arn + "verify").build()).build()).userPool().id();
            String app = api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(triggered).clientName("app")
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            SignIn.password(api, app, "legacy", "Mig-Secret-Passw0rd!7");
            secrets.add("Mig-Secret-Passw0rd!7");
            String session = api.initiateAuth(InitiateAuthRequest.builder().clientId(app).authFlow("CUSTOM_AUTH")
                    .authParameters(Map.of("USERNAME", "legacy")).build()).session();
            api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(app).challengeName("CUSTOM_CHALLENGE").session(session)
                    .challengeResponses(Map.of("USERNAME", "legacy", "ANSWER", "Private-Challenge-Answer-8")).build());
            secrets.add("Private-Challenge-Answer-8");

            // A user import job: its pre-signed URL's token, and the uploaded file, which waits sealed until the job runs.
            var job = api.createUserImportJob(CreateUserImportJobRequest.builder().userPoolId(pool).jobName("import")
                    .cloudWatchLogsRoleArn("arn:aws:iam::000000000000:role/CognitoImport").build()).userImportJob();
            String uploadToken = java.net.URI.create(job.preSignedUrl()).getQuery().substring("token=".length());
            String row = "csv-row-kept-sealed@example.com";
            assertThat(api.uploadUserImportFile(job.jobId(), uploadToken, ("cognito:username,email,email_verified,given_name,cognito:mfa_enabled\n"
                    + "una," + row + ",true,Una,false\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
            secrets.addAll(List.of(uploadToken, row));
        }
        assertThat(secrets).doesNotContainNull().doesNotHaveDuplicates();
        return secrets;
    }

    static void assertNoneStored(Connection c, List<String> secrets) throws SQLException {
        String stored = StoredText.everyTable(c);
        assertThat(stored).as("stored data was read").contains("cairn.user.UserCreated");
        for (String secret : secrets) {
            if (secret.matches("\\d{6}")) {
                // A six-digit code also turns up by chance inside hashes and ciphertexts; stored as itself it
                // would stand alone (in JSON quotes, say), not run on in hex or base64.
                assertThat(stored).as("no code in storage").doesNotContainPattern("(?<![0-9A-Za-z+/])" + secret + "(?![0-9A-Za-z+/=])");
            } else {
                assertThat(stored).as("no secret in storage").doesNotContain(secret);
            }
        }
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static String last(Outbox outbox, String pool, String username) {
        var m = outbox.messages(pool, username);
        return m.get(m.size() - 1).code();
    }
}
