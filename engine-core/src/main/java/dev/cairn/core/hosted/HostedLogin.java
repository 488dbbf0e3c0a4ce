package dev.cairn.core.hosted;

import dev.cairn.core.auth.AuthService;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hosted login page's sign-in: the password (and any challenge after it) goes through the same
 * decisions as any sign-in ({@link AuthService#hostedSignIn}); once signed in, the browser gets a
 * hosted session cookie instead of tokens.
 */
public final class HostedLogin {

    /**
     * Signed in ({@code sessionCookie}), or a challenge to answer on the next page.
     *
     * @param challengeParameters the challenge's parameters (CODE_DELIVERY_DESTINATION ...), or null
     */
    public record Result(String sessionCookie, String challengeName, Map<String, String> challengeParameters, String session) {
        @Override
        public String toString() {
            return "HostedLogin.Result[challengeName=" + challengeName + "]";
        }
    }

    private final AuthService auth;
    private final HostedSessions sessions;
    private final Clock clock;

    public HostedLogin(AuthService auth, HostedSessions sessions, Clock clock) {
        this.auth = auth;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Supplier<Result> signIn(String userPoolId, String clientId, String username, String password, String sourceIp) {
        return result(userPoolId, auth.hostedSignIn(userPoolId, clientId, username, password, sourceIp));
    }

    public Supplier<Result> respond(String userPoolId, String clientId, String challengeName, Map<String, String> responses, String session,
                                    String sourceIp) {
        return result(userPoolId, auth.hostedRespond(userPoolId, clientId, challengeName, responses, session, sourceIp));
    }

    private Supplier<Result> result(String userPoolId, Supplier<AuthService.Outcome> outcome) {
        return () -> {
            AuthService.Outcome o = outcome.get();
            if (o.hostedSub() != null) return new Result(sessions.mint(userPoolId, o.hostedSub(), clock.instant()), null, null, null);
            return new Result(null, o.challengeName(), o.challengeParameters(), o.session());
        };
    }
}
