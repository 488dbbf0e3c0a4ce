package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserPoolAddOnNotEnabledException;
import dev.cairn.api.event.RiskConfigurationSet;
import dev.cairn.api.model.*;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pool's threat protection settings (SetRiskConfiguration, DescribeRiskConfiguration), pool-wide
 * or per app client, as Cognito checks them: the pool must have threat protection (the Plus plan,
 * or advanced security on), a named client must exist, IP ranges must be CIDR blocks, and an action
 * that notifies needs a notification configuration. Messages are worded from memory. Shapes and enum
 * values were checked against the service model before.
 */
public final class RiskSettings {

    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F:.]+/\\d{1,3}");

    private RiskSettings() {
    }

    static RiskConfigurationSet decide(UserPoolState pool, SetRiskConfigurationRequest r) {
        if (!LogDelivery.advancedSecurity(pool)) {
            throw new UserPoolAddOnNotEnabledException("Threat protection is not active for this user pool.");
        }
        if (r.clientId() != null && !pool.clients().containsKey(r.clientId())) {
            throw new ResourceNotFoundException("User pool client " + r.clientId() + " does not exist.");
        }
        RiskExceptionConfigurationType ex = r.riskExceptionConfiguration();
        if (ex != null) {
            for (String range : concat(ex.blockedIPRangeList(), ex.skippedIPRangeList())) {
                if (!validCidr(range)) throw new InvalidParameterException("Invalid IP range: " + range);
            }
        }
        AccountTakeoverRiskConfigurationType ato = r.accountTakeoverRiskConfiguration();
        if (ato != null) {
            boolean notifies = levels(ato.actions()).values().stream().anyMatch(a -> Boolean.TRUE.equals(a.notifyValue()));
            if (notifies && ato.notifyConfiguration() == null) {
                throw new InvalidParameterException("NotifyConfiguration is required when an account takeover action notifies.");
            }
        }
        return new RiskConfigurationSet(pool.id(), r.clientId(), compromised(r.compromisedCredentialsRiskConfiguration()), takeover(ato), exceptions(ex));
    }

    /** The settings that apply to a client: its own, else the pool's; null if neither is set. */
    public static RiskConfigurationType effective(UserPoolState pool, String clientId) {
        var all = pool.security().riskConfigurations();
        if (clientId != null && all.containsKey(clientId)) return all.get(clientId);
        return all.get(PoolSecurity.ALL_CLIENTS);
    }

    /** The network an address belongs to for threat protection's "new range" signal: its /24 (IPv4) or /48 (IPv6); null for none. */
    public static String networkOf(String ip) {
        try {
            byte[] a = ip == null ? null : literal(ip);
            if (a == null) return null;
            int keep = a.length == 4 ? 3 : 6;
            byte[] net = new byte[a.length];
            System.arraycopy(a, 0, net, 0, keep);
            return InetAddress.getByAddress(net).getHostAddress() + "/" + keep * 8;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Whether {@code ip} is in one of the CIDR {@code ranges}; false for no address. */
    public static boolean inRanges(String ip, List<String> ranges) {
        if (ip == null || ranges == null) return false;
        for (String range : ranges) if (inRange(ip, range)) return true;
        return false;
    }

    private static boolean inRange(String ip, String cidr) {
        try {
            int slash = cidr.indexOf('/');
            byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            byte[] address = literal(ip);
            if (address == null || address.length != network.length) return false;
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            int total = network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(total).subtract(BigInteger.ONE).shiftRight(total - bits).shiftLeft(total - bits);
            return new BigInteger(1, network).and(mask).equals(new BigInteger(1, address).and(mask));
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    /** The bytes of an IP literal; null for anything else (never a name lookup). */
    private static byte[] literal(String ip) throws UnknownHostException {
        if (!ip.matches("[0-9a-fA-F:.]+")) return null;
        return InetAddress.getByName(ip).getAddress();
    }

    private static boolean validCidr(String range) {
        if (!CIDR.matcher(range).matches()) return false;
        try {
            int slash = range.indexOf('/');
            byte[] network = literal(range.substring(0, slash));
            int bits = Integer.parseInt(range.substring(slash + 1));
            return network != null && bits <= network.length * 8;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>();
        if (a != null) all.addAll(a);
        if (b != null) all.addAll(b);
        return all;
    }

    private static Map<String, AccountTakeoverActionType> levels(AccountTakeoverActionsType actions) {
        Map<String, AccountTakeoverActionType> m = new LinkedHashMap<>();
        if (actions == null) return m;
        if (actions.lowAction() != null) m.put("Low", actions.lowAction());
        if (actions.mediumAction() != null) m.put("Medium", actions.mediumAction());
        if (actions.highAction() != null) m.put("High", actions.highAction());
        return m;
    }

    private static RiskConfigurationSet.Compromised compromised(CompromisedCredentialsRiskConfigurationType c) {
        return c == null ? null : new RiskConfigurationSet.Compromised(c.eventFilter() == null ? null : List.copyOf(c.eventFilter()),
                c.actions().eventAction());
    }

    private static RiskConfigurationSet.Takeover takeover(AccountTakeoverRiskConfigurationType t) {
        if (t == null) return null;
        Map<String, RiskConfigurationSet.Action> actions = new LinkedHashMap<>();
        levels(t.actions()).forEach((level, a) -> actions.put(level, new RiskConfigurationSet.Action(a.eventAction(), Boolean.TRUE.equals(a.notifyValue()))));
        NotifyConfigurationType n = t.notifyConfiguration();
        return new RiskConfigurationSet.Takeover(actions, n == null ? null : new RiskConfigurationSet.Notify(n.from(), n.replyTo(), n.sourceArn(),
                email(n.blockEmail()), email(n.noActionEmail()), email(n.mfaEmail())));
    }

    private static RiskConfigurationSet.Email email(NotifyEmailType e) {
        return e == null ? null : new RiskConfigurationSet.Email(e.subject(), e.htmlBody(), e.textBody());
    }

    private static RiskConfigurationSet.Exceptions exceptions(RiskExceptionConfigurationType e) {
        return e == null ? null : new RiskConfigurationSet.Exceptions(e.blockedIPRangeList(), e.skippedIPRangeList());
    }

    static UserPoolState apply(UserPoolState s, RiskConfigurationSet e, Instant at) {
        String key = e.clientId() == null ? PoolSecurity.ALL_CLIENTS : e.clientId();
        boolean removed = e.compromised() == null && e.takeover() == null && e.exceptions() == null;
        RiskConfigurationType wire = removed ? null : RiskConfigurationType.builder().userPoolId(e.userPoolId()).clientId(key)
                .compromisedCredentialsRiskConfiguration(e.compromised() == null ? null : CompromisedCredentialsRiskConfigurationType.builder()
                        .eventFilter(e.compromised().eventFilter())
                        .actions(CompromisedCredentialsActionsType.builder().eventAction(e.compromised().eventAction()).build()).build())
                .accountTakeoverRiskConfiguration(e.takeover() == null ? null : takeoverToWire(e.takeover()))
                .riskExceptionConfiguration(e.exceptions() == null ? null : RiskExceptionConfigurationType.builder()
                        .blockedIPRangeList(e.exceptions().blockedIpRanges()).skippedIPRangeList(e.exceptions().skippedIpRanges()).build())
                .lastModifiedDate(at).build();
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth(),
                s.security().withRiskConfiguration(key, wire), s.imports());
    }

    private static AccountTakeoverRiskConfigurationType takeoverToWire(RiskConfigurationSet.Takeover t) {
        Map<String, AccountTakeoverActionType> a = new LinkedHashMap<>();
        t.actions().forEach((level, x) -> a.put(level, AccountTakeoverActionType.builder().eventAction(x.eventAction()).notifyValue(x.notifies()).build()));
        RiskConfigurationSet.Notify n = t.notification();
        return AccountTakeoverRiskConfigurationType.builder()
                .actions(AccountTakeoverActionsType.builder().lowAction(a.get("Low")).mediumAction(a.get("Medium")).highAction(a.get("High")).build())
                .notifyConfiguration(n == null ? null : NotifyConfigurationType.builder().from(n.from()).replyTo(n.replyTo()).sourceArn(n.sourceArn())
                        .blockEmail(emailToWire(n.blockEmail())).noActionEmail(emailToWire(n.noActionEmail())).mfaEmail(emailToWire(n.mfaEmail())).build())
                .build();
    }

    private static NotifyEmailType emailToWire(RiskConfigurationSet.Email e) {
        return e == null ? null : NotifyEmailType.builder().subject(e.subject()).htmlBody(e.htmlBody()).textBody(e.textBody()).build();
    }
}
