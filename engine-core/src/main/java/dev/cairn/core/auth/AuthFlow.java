package dev.cairn.core.auth;

/** Cognito's AuthFlowType: how InitiateAuth or AdminInitiateAuth signs a user in. */
public enum AuthFlow {
    USER_SRP_AUTH,
    REFRESH_TOKEN_AUTH,
    REFRESH_TOKEN,
    CUSTOM_AUTH,
    ADMIN_NO_SRP_AUTH,
    USER_PASSWORD_AUTH,
    ADMIN_USER_PASSWORD_AUTH,
    USER_AUTH;

    /** Flows served only through AdminInitiateAuth. */
    public boolean adminOnly() {
        return this == ADMIN_USER_PASSWORD_AUTH || this == ADMIN_NO_SRP_AUTH;
    }

    public boolean refresh() {
        return this == REFRESH_TOKEN_AUTH || this == REFRESH_TOKEN;
    }
}
