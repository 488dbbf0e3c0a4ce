package dev.cairn.core.device;

import dev.cairn.api.error.DeviceKeyExistsException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.DeviceConfirmed;
import dev.cairn.api.event.DeviceForgotten;
import dev.cairn.api.event.DeviceStatusUpdated;

import dev.cairn.core.srp.ClaimVerdict;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.core.srp.SrpServerSession;
import dev.cairn.core.srp.SrpVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The User aggregate's decisions about its devices: confirming a device issued to it, marking it
 * remembered or not, forgetting it, and whether a sign-in may authenticate with it. Each answers
 * the event to apply or throws the Cognito error (nothing written).
 */
public final class DeviceDecisions {

    static final String NOT_FOUND = "Device does not exist.";

    private DeviceDecisions() {
    }

    /**
     * ConfirmDevice: the key must have been issued to this user and not confirmed yet; the
     * verifier and salt come base64-encoded as the clients send them. Remembered at once unless
     * the pool remembers devices only on the user's prompt.
     */
    public static DeviceConfirmed confirm(Devices s, String userPoolId, String sub, String deviceKey, String saltBase64, String verifierBase64,
                                          String deviceName, boolean onlyRememberedOnPrompt, String sourceIp) {
        Devices.Device d = s.byKey().get(deviceKey);
        if (d == null) throw new ResourceNotFoundException(NOT_FOUND);
        if (d.confirmed()) throw new DeviceKeyExistsException("Device key already exists.");
        String salt = hex(saltBase64, "Salt");
        String verifier = hex(verifierBase64, "PasswordVerifier");
        return new DeviceConfirmed(userPoolId, sub, deviceKey, d.deviceGroupKey(), salt, verifier, deviceName, !onlyRememberedOnPrompt, sourceIp);
    }

    /** UpdateDeviceStatus: empty when the status is already so. */
    public static Optional<DeviceStatusUpdated> status(Devices s, String userPoolId, String sub, String deviceKey, String status) {
        Devices.Device d = require(s, deviceKey);
        boolean remembered = "remembered".equals(status);
        return d.remembered() == remembered ? Optional.empty() : Optional.of(new DeviceStatusUpdated(userPoolId, sub, deviceKey, remembered));
    }

    public static DeviceForgotten forget(Devices s, String userPoolId, String sub, String deviceKey) {
        require(s, deviceKey);
        return new DeviceForgotten(userPoolId, sub, deviceKey);
    }

    /** A confirmed device of the user, or ResourceNotFoundException as Cognito answers for a forgotten or unknown key. */
    public static Devices.Device require(Devices s, String deviceKey) {
        Devices.Device d = s.confirmed(deviceKey);
        if (d == null) throw new ResourceNotFoundException(NOT_FOUND);
        return d;
    }

    /** Whether an SRP claim (DEVICE_PASSWORD_VERIFIER) proves the device's secret, as Cognito's device SRP checks it. */
    public static ClaimVerdict proves(Devices.Device d, String srpA, String srpB, String privateB, String secretBlock, PasswordClaim claim,
                                      Instant now, Duration maxClockSkew) {
        return new SrpServerSession(SrpPrincipal.device(d.deviceGroupKey(), d.deviceKey()), new SrpVerifier(d.salt(), d.verifier()),
                srpA, srpB, privateB, secretBlock).verify(claim, now, maxClockSkew);
    }

    private static String hex(String base64, String name) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64 == null ? "" : base64);
            if (bytes.length == 0) throw new IllegalArgumentException();
            return HexFormat.of().formatHex(bytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("Invalid " + name + " in DeviceSecretVerifierConfig.");
        }
    }
}
