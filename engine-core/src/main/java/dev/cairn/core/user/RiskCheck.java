package dev.cairn.core.user;

import java.util.List;

/**
 * What the user needs to judge a sign-in under the pool's threat protection settings (those of the
 * app client, else the pool's): where it comes from, the IP ranges always blocked and never
 * assessed, and whether the password given is in the operator's breached-password list and such
 * credentials are blocked at sign-in.
 *
 * @param sourceIp                the sign-in's source address, or null
 * @param blockedRanges           CIDR ranges refused (BlockedIPRangeList)
 * @param skippedRanges           CIDR ranges not assessed (SkippedIPRangeList)
 * @param passwordBreached        whether the password given is a breached one (false when none is given, as in SRP)
 * @param blockCompromisedSignIn  whether compromised credentials are blocked at sign-in
 * @param takeoverActions         account takeover's action by risk level (Low, Medium, High); null when account takeover is not configured
 * @param deviceName              the device the client's context data named, or null
 */
public record RiskCheck(String sourceIp, List<String> blockedRanges, List<String> skippedRanges, boolean passwordBreached,
                        boolean blockCompromisedSignIn, java.util.Map<String, String> takeoverActions, String deviceName) {

    public RiskCheck {
        blockedRanges = blockedRanges == null ? List.of() : List.copyOf(blockedRanges);
        skippedRanges = skippedRanges == null ? List.of() : List.copyOf(skippedRanges);
        takeoverActions = takeoverActions == null ? null : java.util.Map.copyOf(takeoverActions);
    }
}
