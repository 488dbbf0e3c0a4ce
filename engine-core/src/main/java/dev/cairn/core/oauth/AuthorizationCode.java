package dev.cairn.core.oauth;

import dev.cairn.api.event.AuthorizationCodeIssued;
import dev.cairn.api.event.AuthorizationCodeRedeemed;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.OAuthException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One authorization code, from {@code /oauth2/authorize} to its redemption at {@code /oauth2/token}.
 * The code is single-use because its redemption is this aggregate's event: two token requests with
 * the same code, on one engine or on two sharing a database, append to the same stream, and only one
 * append wins (the other runs again and finds the code redeemed). A code is bound to its client,
 * its redirect_uri and its PKCE challenge, and lives {@link #LIFETIME}.
 */
public class AuthorizationCode {

    /** Cognito's authorization codes are valid for five minutes. */
    public static final java.time.Duration LIFETIME = java.time.Duration.ofMinutes(5);

    @AggregateIdentifier
    private String codeId;
    private AuthorizationCodeIssued issued;
    private boolean redeemed;

    AuthorizationCode() {
        // for Axon
    }

    /** Issues a code: its identifier is the code's hash, so two codes never share a stream. */
    public record IssueCode(@TargetAggregateIdentifier String codeId, AuthorizationCodeIssued issued) {
    }

    /**
     * Redeems the code for {@code clientId}. Answers the code as issued, or the invalid_grant refusal
     * (recorded: the code is burned) for a code used before, expired, sent to another redirect_uri, or
     * with a verifier that does not match its challenge. A code of another client is refused without a
     * trace, so a client cannot burn another's codes.
     *
     * @param verifierS256 base64url(SHA-256(code_verifier)) of the token request; null if it sent none
     */
    public record RedeemCode(@TargetAggregateIdentifier String codeId, String clientId, String redirectUri, String verifierS256,
                             Instant now) {
    }

    @CommandHandler
    AuthorizationCode(IssueCode c) {
        apply(c.issued());
    }

    @CommandHandler
    Decision<AuthorizationCodeIssued> handle(RedeemCode c) {
        if (!issued.clientId().equals(c.clientId())) throw invalid();
        if (redeemed) return Decision.refuse(invalid());
        String refused = null;
        if (!c.now().isBefore(issued.expiresAt())) refused = "expired";
        else if (!issued.redirectUri().equals(c.redirectUri())) refused = "redirect_uri";
        else if (issued.codeChallengeS256() != null && !issued.codeChallengeS256().equals(c.verifierS256())) refused = "code_verifier";
        apply(new AuthorizationCodeRedeemed(codeId, refused == null, refused));
        return refused == null ? Decision.accept(issued) : Decision.refuse(invalid());
    }

    /** RFC 6749 section 5.2: every reason a code is not good is invalid_grant, and the answer does not tell which. */
    private static OAuthException invalid() {
        return OAuthException.invalidGrant("The authorization code is not valid.");
    }

    @EventSourcingHandler
    void on(AuthorizationCodeIssued e) {
        codeId = e.codeId();
        issued = e;
    }

    @EventSourcingHandler
    void on(AuthorizationCodeRedeemed e) {
        redeemed = true;
    }
}
