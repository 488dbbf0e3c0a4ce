package dev.cairn.core.user;

import dev.cairn.core.device.DeviceDecisions;
import dev.cairn.core.device.Devices;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.srp.ClaimVerdict;
import org.axonframework.commandhandling.CommandHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The {@link User} aggregate's devices: confirming, remembering and forgetting them, and signing in
 * with one (DEVICE_PASSWORD_VERIFIER). A member of the aggregate; {@code dev.cairn.core.device}
 * makes the decisions, this applies them.
 */
final class UserDevices {

    private final User user;

    UserDevices(User user) {
        this.user = user;
    }

    private Devices devices() {
        return user.state().deviceState();
    }

    private String pool() {
        return user.state().userPoolId();
    }

    @CommandHandler
    void handle(Commands.ConfirmDevice c) {
        apply(DeviceDecisions.confirm(devices(), pool(), user.sub(), c.deviceKey(), c.salt(), c.verifier(), c.deviceName(),
                c.onlyRememberedOnPrompt(), c.sourceIp()));
    }

    @CommandHandler
    void handle(Commands.UpdateDeviceStatus c) {
        DeviceDecisions.status(devices(), pool(), user.sub(), c.deviceKey(), c.status()).ifPresent(e -> apply(e));
    }

    @CommandHandler
    void handle(Commands.ForgetDevice c) {
        apply(DeviceDecisions.forget(devices(), pool(), user.sub(), c.deviceKey()));
    }

    @CommandHandler
    Devices.Device handle(Commands.StartDeviceSignIn c) {
        return DeviceDecisions.require(devices(), c.deviceKey());
    }

    @CommandHandler
    Decision<SignInStep> handle(Commands.SignInWithDevice c) {
        SignInFailure refused = user.refusalBeforeProof(c.now());
        if (refused != null) return user.fail(c.attempt(), refused);
        var device = DeviceDecisions.require(devices(), c.deviceKey());
        Proof.Srp p = c.proof();
        ClaimVerdict verdict = DeviceDecisions.proves(device, p.srpA(), p.srpB(), p.privateB(), p.secretBlock(), p.claim(), c.now(),
                User.MAX_CLOCK_SKEW);
        if (verdict == ClaimVerdict.MALFORMED_TIMESTAMP) throw User.malformedTimestamp();
        if (!verdict.accepted()) return user.fail(c.attempt(), SignInFailure.WRONG_PASSWORD);
        if (device.remembered() && c.rememberedSkipsMfa()) return user.signedIn(c.attempt(), c.tokens());
        return user.signedInOrMfa(c.attempt(), c.tokens(), c.mfa());
    }
}
