package dev.cairn.http;

import dev.cairn.api.model.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hosted sign-up page links an app client's terms of use and privacy policy once it has both (CreateTerms). */
class TermsOnTheSignUpPageTest {

    static WireFixture fixture;
    static String pool;
    static String domain;
    static String client;

    @BeforeAll
    static void start() {
        fixture = new WireFixture();
        var engine = fixture.engine();
        pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("terms").build()).userPool().id();
        domain = "terms-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain(domain).build());
        client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs("https://app.example.com/cb")
                .allowedOAuthScopes("openid").build()).userPoolClient().clientId();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private String signUpPage() throws Exception {
        var page = new HostedBrowser(fixture.endpoint()).get("/" + domain + "/signup?response_type=code&client_id=" + client
                + "&redirect_uri=https://app.example.com/cb&scope=openid");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static void terms(String name, String url) {
        fixture.engine().createTerms(CreateTermsRequest.builder().userPoolId(pool).clientId(client).termsName(name).termsSource("LINK")
                .enforcement("NONE").links(Map.of("cognito:default", url)).build());
    }

    @Test
    void theLinksAppearOnceBothDocumentsExist() throws Exception {
        terms("terms-of-use", "https://example.com/terms?v=1&lang=en");
        assertThat(signUpPage()).doesNotContain("Terms of use");
        terms("privacy-policy", "https://example.com/privacy");
        assertThat(signUpPage()).contains("href=\"https://example.com/terms?v=1&amp;lang=en\"", "Terms of use",
                "href=\"https://example.com/privacy\"", "Privacy policy");
    }
}
