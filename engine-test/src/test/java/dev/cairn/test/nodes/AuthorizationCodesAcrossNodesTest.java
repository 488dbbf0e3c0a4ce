package dev.cairn.test.nodes;

import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.hosted.AuthorizeAnswer;
import dev.cairn.core.hosted.AuthorizeRequest;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.core.oauth.TokenResponse;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An authorization code is single-use across engines sharing one PostgreSQL database: its
 * redemption is an event of the code's own aggregate, so whichever nodes the token requests reach,
 * and however closely they race, one gets tokens and every other gets invalid_grant. The hosted
 * session a node signs a browser into is good on the others.
 */
class AuthorizationCodesAcrossNodesTest {

    static final String CALLBACK = "https://app.example.com/cb";

    record Setup(String pool, UserPoolClientType client, String session) {
    }

    private static Setup setUp(Deployment d) {
        CairnEngine a = d.node(0);
        String pool = a.createUserPool(Requests.createUserPool("nodes-oauth")).userPool().id();
        a.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain("nodes-" + pool.substring(pool.indexOf('_') + 1).toLowerCase()).build());
        UserPoolClientType client = a.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK).allowedOAuthScopes("openid").build())
                .userPoolClient();
        a.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com"));
        a.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice").password("Passw0rd-alice").permanent(true).build());
        String session = a.hostedSignIn(pool, client.clientId(), "alice", "Passw0rd-alice", "198.51.100.1").sessionCookie();
        return new Setup(pool, client, session);
    }

    /** A code, asked on {@code node} with the session another node signed in. */
    private static String code(CairnEngine node, Setup s) {
        AuthorizeAnswer answer = node.oauth2Authorize(s.pool(), new AuthorizeRequest("code", s.client().clientId(), CALLBACK, "st", "openid", null,
                null, null, null, null, null), s.session());
        assertThat(answer).isInstanceOf(AuthorizeAnswer.Redirect.class);
        String location = ((AuthorizeAnswer.Redirect) answer).location();
        return URI.create(location).getQuery().replaceAll(".*code=([^&]+).*", "$1");
    }

    private static TokenResponse redeem(CairnEngine node, Setup s, String code) {
        return node.oauth2Token(s.pool(), new TokenRequest("authorization_code", s.client().clientId(), s.client().clientSecret(), null, null,
                code, CALLBACK, null));
    }

    @Test
    void aCodeRedeemedOnOneNodeIsInvalidGrantOnTheOther() {
        try (Deployment d = Deployment.of(2, 11)) {
            Setup s = setUp(d);
            String code = code(d.node(1), s);
            assertThat(redeem(d.node(0), s, code).idToken()).isNotBlank();
            assertThatThrownBy(() -> redeem(d.node(1), s, code)).isInstanceOfSatisfying(OAuthException.class,
                    e -> assertThat(e.error()).isEqualTo("invalid_grant"));
        }
    }

    @Test
    void twoNodesRacingToRedeemOneCodeGiveTokensOnce() throws Exception {
        try (Deployment d = Deployment.of(2, 12)) {
            Setup s = setUp(d);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    String code = code(d.node(round % 2), s);
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<String>> outcomes = new ArrayList<>();
                    for (CairnEngine node : d.nodes()) {
                        outcomes.add(pool.submit(() -> {
                            start.await();
                            try {
                                return redeem(node, s, code).accessToken() != null ? "tokens" : "none";
                            } catch (OAuthException e) {
                                return e.error();
                            }
                        }));
                    }
                    start.countDown();
                    List<String> answers = new ArrayList<>();
                    for (Future<String> f : outcomes) answers.add(f.get());
                    assertThat(answers).as("round %d", round).containsExactlyInAnyOrder("tokens", "invalid_grant");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
