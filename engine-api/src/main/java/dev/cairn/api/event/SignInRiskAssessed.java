package dev.cairn.api.event;

import java.util.List;

/**
 * Threat protection assessed a sign-in that gave the right password, before its outcome (the
 * SignedIn, MFA challenge or SignInFailed after it): the signals found, the risk level they make
 * and the action the settings take at that level. The source's network range and the device's
 * name are kept, as the user's known ones, for the next assessments.
 *
 * @param signals      NEW_IP_RANGE, NEW_DEVICE, FAILED_ATTEMPTS
 * @param riskLevel    Low (one signal), Medium (two), High (three), or null for none
 * @param riskDecision NoRisk, AccountTakeover, or Block when the action blocks
 * @param eventAction  the action taken: BLOCK, MFA_IF_CONFIGURED, MFA_REQUIRED, NO_ACTION
 * @param ipRange      the source's /24 (IPv4) or /48 (IPv6) network, or null
 * @param deviceName   the device its context data named, or null
 */
@EventType("cairn.risk.SignInRiskAssessed")
public record SignInRiskAssessed(String userPoolId, String sub, List<String> signals, String riskLevel, String riskDecision,
                                 String eventAction, String ipRange, String deviceName) implements UserEvent {

    public SignInRiskAssessed {
        signals = signals == null ? List.of() : List.copyOf(signals);
    }
}
