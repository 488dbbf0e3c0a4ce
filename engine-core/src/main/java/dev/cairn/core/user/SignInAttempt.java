package dev.cairn.core.user;

import java.util.List;

/**
 * Who is signing in how: the app client, the flow (USER_SRP_AUTH, USER_PASSWORD_AUTH, ...) and the
 * challenges answered so far, as the events of the sign-in record them; and what threat protection
 * needs to judge it ({@code risk}, null when the pool has none).
 */
public record SignInAttempt(String clientId, String authFlow, List<String> challengePath, RiskCheck risk) {

    public SignInAttempt {
        challengePath = List.copyOf(challengePath);
    }

    public SignInAttempt(String clientId, String authFlow, List<String> challengePath) {
        this(clientId, authFlow, challengePath, null);
    }
}
