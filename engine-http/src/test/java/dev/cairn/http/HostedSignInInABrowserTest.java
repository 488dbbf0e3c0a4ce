package dev.cairn.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolDomainRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.UserPoolClientType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's chromium, driven by Selenium through chromedriver) signs up on a pool
 * domain's hosted pages, confirms with the code the local outbox shows, signs in with PKCE and lands
 * on a callback this test serves; a standard OpenID Connect client library (Nimbus OAuth 2.0 SDK),
 * configured from the pool's discovery document, redeems the code and validates the ID token against
 * the pool's JWKS, with its nonce and at_hash, and reads userInfo.
 *
 * <p>Skipped only where chromium is not installed and the run is not CI's; under {@code CI=true} it
 * always runs (.ci/install-deps.sh installs chromium and chromium-driver).
 */
class HostedSignInInABrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    WireFixture fixture;
    HttpServer app;
    WebDriver browser;
    Path profile;
    final AtomicReference<URI> callbackSeen = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        Assumptions.assumeTrue(installed || "true".equals(System.getenv("CI")), "chromium and chromedriver are not installed");
        fixture = new WireFixture();
        app = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        app.createContext("/callback", exchange -> {
            callbackSeen.set(URI.create("http://localhost:" + app.getAddress().getPort() + exchange.getRequestURI()));
            byte[] page = "<!DOCTYPE html><title>Signed in</title><p id=\"done\">Back at the app</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        app.start();
        profile = Files.createTempDirectory("cairn-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (app != null) app.stop(0);
        if (fixture != null) fixture.close();
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aUserSignsUpConfirmsAndSignsInWithPkceAndTheAppGetsTokensThatVerify() throws Exception {
        var engine = fixture.engine();
        String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("shop").autoVerifiedAttributes("email").build()).userPool().id();
        String domain = "shop-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain(domain).build());
        URI callback = URI.create("http://localhost:" + app.getAddress().getPort() + "/callback");
        UserPoolClientType client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("shop-web")
                .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(callback.toString())
                .allowedOAuthScopes("openid", "email").supportedIdentityProviders("COGNITO").build()).userPoolClient();

        // The app is configured from the discovery document, as any OpenID Connect client is.
        OIDCProviderMetadata provider = OIDCProviderMetadata.parse(fixture.get("/" + pool + "/.well-known/openid-configuration").body());
        ClientID clientId = new ClientID(client.clientId());
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Nonce nonce = new Nonce();
        URI authorize = new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid", "email"), clientId, callback)
                .endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(authorize.toString());
        wait.until(ExpectedConditions.titleIs("Sign in"));
        browser.findElement(By.linkText("Sign up")).click();

        wait.until(ExpectedConditions.titleIs("Sign up"));
        browser.findElement(By.id("username")).sendKeys("carol");
        browser.findElement(By.id("email")).sendKeys("carol@example.com");
        browser.findElement(By.id("password")).sendKeys("Brave-New-W0rld!");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.titleIs("Confirm account"));
        String code = fixture.outbox(pool, "carol").get(0).get("Code").asText();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.titleIs("Sign in"));
        browser.findElement(By.id("username")).sendKeys("carol");
        browser.findElement(By.id("password")).sendKeys("Brave-New-W0rld!");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.titleIs("Signed in"));
        assertThat(browser.getCurrentUrl()).startsWith(callback.toString());
        AuthenticationResponse response = AuthenticationResponseParser.parse(callbackSeen.get());
        assertThat(response.indicatesSuccess()).isTrue();
        assertThat(response.getState()).isEqualTo(state);
        AuthorizationCode authorizationCode = response.toSuccessResponse().getAuthorizationCode();

        // The app's back end redeems the code with its secret and the PKCE verifier.
        TokenRequest tokenRequest = new TokenRequest(provider.getTokenEndpointURI(), new ClientSecretBasic(clientId, new Secret(client.clientSecret())),
                new AuthorizationCodeGrant(authorizationCode, callback, verifier));
        TokenResponse tokenResponse = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
        assertThat(tokenResponse.indicatesSuccess()).as(String.valueOf(tokenResponse)).isTrue();
        OIDCTokenResponse tokens = (OIDCTokenResponse) tokenResponse.toSuccessResponse();

        IDTokenValidator validator = new IDTokenValidator(new Issuer(provider.getIssuer()), clientId, JWSAlgorithm.RS256,
                provider.getJWKSetURI().toURL());
        IDTokenClaimsSet claims = validator.validate(tokens.getOIDCTokens().getIDToken(), nonce);
        AccessTokenValidator.validate(tokens.getOIDCTokens().getAccessToken(), JWSAlgorithm.RS256, claims.getAccessTokenHash());
        assertThat(claims.getStringClaim("cognito:username")).isEqualTo("carol");
        assertThat(claims.getStringClaim("email")).isEqualTo("carol@example.com");
        assertThat(tokens.getOIDCTokens().getRefreshToken()).isNotNull();

        UserInfoResponse info = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                (BearerAccessToken) tokens.getOIDCTokens().getAccessToken()).toHTTPRequest().send());
        assertThat(info.indicatesSuccess()).isTrue();
        assertThat(info.toSuccessResponse().getUserInfo().getEmailAddress()).isEqualTo("carol@example.com");

        // The refresh token, through the same library, gives a new ID token for the same user.
        TokenResponse refreshed = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(clientId, new Secret(client.clientSecret())),
                new com.nimbusds.oauth2.sdk.RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken())).toHTTPRequest().send());
        assertThat(refreshed.indicatesSuccess()).as(String.valueOf(refreshed)).isTrue();
        assertThat(((OIDCTokenResponse) refreshed.toSuccessResponse()).getOIDCTokens().getIDToken().getJWTClaimsSet().getSubject())
                .isEqualTo(claims.getSubject().getValue());

        // The code is single-use, for the library too.
        assertThat(OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send()).toErrorResponse().getErrorObject().getCode())
                .isEqualTo("invalid_grant");
    }
}
