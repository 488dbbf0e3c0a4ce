package dev.cairn.api.event;

import java.util.List;
import java.util.Map;

/**
 * A pool's or an app client's threat protection settings were set (SetRiskConfiguration), replacing
 * the ones before; all three parts null removes them. Cairn's own record, with Cognito's meanings.
 *
 * @param clientId     the app client, or null for the pool-wide settings
 * @param compromised  compromised credentials: on which events, and what to do; or null
 * @param takeover     account takeover: what to do at each risk level, and how to notify; or null
 * @param exceptions   IP ranges always blocked and never assessed; or null
 */
@EventType("cairn.risk.RiskConfigurationSet")
public record RiskConfigurationSet(String userPoolId, String clientId, Compromised compromised, Takeover takeover,
                                   Exceptions exceptions) implements UserPoolEvent {

    /** @param eventFilter SIGN_IN, PASSWORD_CHANGE, SIGN_UP; @param eventAction BLOCK or NO_ACTION */
    public record Compromised(List<String> eventFilter, String eventAction) {
    }

    /** @param actions by level (Low, Medium, High); @param notification the notification settings, or null */
    public record Takeover(Map<String, Action> actions, Notify notification) {
    }

    /** @param eventAction BLOCK, MFA_IF_CONFIGURED, MFA_REQUIRED or NO_ACTION */
    public record Action(String eventAction, boolean notifies) {
    }

    public record Notify(String from, String replyTo, String sourceArn, Email blockEmail, Email noActionEmail, Email mfaEmail) {
    }

    public record Email(String subject, String htmlBody, String textBody) {
    }

    /** CIDR ranges. */
    public record Exceptions(List<String> blockedIpRanges, List<String> skippedIpRanges) {
    }
}
