package dev.cairn.core.srp;

import java.util.Objects;

/**
 * Who proves knowledge of a password in one SRP exchange, in the two parts Cognito hashes:
 * the {@code realm} (the pool name for a user, the device group key for a device) and the
 * {@code identity} (USER_ID_FOR_SRP for a user, the device key for a device).
 *
 * <p>Both parts go into {@code x = H(salt | H(realm | identity | ":" | password))} and into the
 * PASSWORD_CLAIM_SIGNATURE, so a verifier only matches proofs made for the same principal. A user's
 * verifier must therefore be created with the identity that the server will send as
 * USER_ID_FOR_SRP, because that, not what the user typed, is what the client hashes.
 *
 * @param realm    the pool name or the device group key; never null
 * @param identity USER_ID_FOR_SRP or the device key; never null
 */
public record SrpPrincipal(String realm, String identity) {

    /** @throws NullPointerException if either part is null */
    public SrpPrincipal {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(identity, "identity");
    }

    /**
     * A user of a pool, for USER_SRP_AUTH and PASSWORD_VERIFIER.
     *
     * @param userPoolId    the pool id such as {@code us-east-1_AbCdEf123}
     * @param userIdForSrp  the USER_ID_FOR_SRP the server sends the client
     * @throws IllegalArgumentException if the pool id has no underscore
     */
    public static SrpPrincipal user(String userPoolId, String userIdForSrp) {
        return new SrpPrincipal(poolName(userPoolId), userIdForSrp);
    }

    /**
     * A remembered device, for DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER.
     *
     * @param deviceGroupKey the DeviceGroupKey issued with the device's NewDeviceMetadata
     * @param deviceKey      the DeviceKey
     */
    public static SrpPrincipal device(String deviceGroupKey, String deviceKey) {
        return new SrpPrincipal(deviceGroupKey, deviceKey);
    }

    /**
     * The pool name clients hash: the part of the pool id after the underscore. Mirrors the JS
     * client's {@code userPoolId.split('_')[1]}, which stops at a second underscore.
     *
     * @throws IllegalArgumentException if the pool id has no underscore
     */
    public static String poolName(String userPoolId) {
        String[] parts = userPoolId.split("_", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("A user pool id has the form <region>_<name>: " + userPoolId);
        }
        return parts[1];
    }
}
