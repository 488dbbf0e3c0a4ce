package dev.cairn.core.risk;

import dev.cairn.api.model.RiskConfigurationType;
import dev.cairn.core.user.RiskCheck;
import dev.cairn.core.userpool.RiskSettings;
import dev.cairn.core.userpool.UserPoolState;

/** Gathers what the user needs to judge a sign-in under the threat protection settings that apply (see {@link RiskCheck}). */
public final class RiskChecks {

    private final BreachedPasswords breached;

    public RiskChecks(BreachedPasswords breached) {
        this.breached = breached;
    }

    /** The check of a sign-in through {@code clientId} from {@code sourceIp} with {@code password} (null for SRP); null without settings. */
    public RiskCheck forSignIn(UserPoolState pool, String clientId, String sourceIp, String password) {
        RiskConfigurationType settings = RiskSettings.effective(pool, clientId);
        if (settings == null) return null;
        var exceptions = settings.riskExceptionConfiguration();
        var compromised = settings.compromisedCredentialsRiskConfiguration();
        boolean block = compromised != null && "BLOCK".equals(compromised.actions().eventAction())
                && (compromised.eventFilter() == null || compromised.eventFilter().isEmpty() || compromised.eventFilter().contains("SIGN_IN"));
        java.util.Map<String, String> takeover = new java.util.HashMap<>();
        var ato = settings.accountTakeoverRiskConfiguration();
        if (ato != null && ato.actions() != null) {
            if (ato.actions().lowAction() != null) takeover.put("Low", ato.actions().lowAction().eventAction());
            if (ato.actions().mediumAction() != null) takeover.put("Medium", ato.actions().mediumAction().eventAction());
            if (ato.actions().highAction() != null) takeover.put("High", ato.actions().highAction().eventAction());
        }
        boolean assessed = ato != null;
        return new RiskCheck(sourceIp, exceptions == null ? null : exceptions.blockedIPRangeList(),
                exceptions == null ? null : exceptions.skippedIPRangeList(), block && breached.contains(password), block,
                assessed ? takeover : null, dev.cairn.core.axon.AxonRuntime.clientValue("deviceName"));
    }
}
