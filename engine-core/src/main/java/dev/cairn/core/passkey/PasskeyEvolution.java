package dev.cairn.core.passkey;

import dev.cairn.api.event.WebAuthnCredentialDeleted;
import dev.cairn.api.event.WebAuthnCredentialRegistered;
import dev.cairn.api.event.WebAuthnCredentialUsed;
import dev.cairn.api.event.WebAuthnRegistrationStarted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How passkey events change a user's {@link Passkeys}: the only place that does. */
public final class PasskeyEvolution {

    private PasskeyEvolution() {
    }

    public static boolean handles(Object event) {
        return event instanceof WebAuthnRegistrationStarted || event instanceof WebAuthnCredentialRegistered
                || event instanceof WebAuthnCredentialDeleted || event instanceof WebAuthnCredentialUsed;
    }

    public static Passkeys apply(Passkeys s, Object event, Instant at) {
        if (event instanceof WebAuthnRegistrationStarted e) {
            return new Passkeys(s.credentials(), new Passkeys.Registration(e.challenge(), e.relyingPartyId(), e.userVerification(), e.expiresAt()));
        }
        List<Passkeys.Passkey> next = new ArrayList<>(s.credentials());
        if (event instanceof WebAuthnCredentialRegistered e) {
            next.add(new Passkeys.Passkey(e.credentialId(), e.attestedCredentialData(), e.signCount(), e.userVerified(),
                    e.authenticatorTransports(), e.authenticatorAttachment(), e.friendlyCredentialName(), e.relyingPartyId(), at));
            return new Passkeys(next, null);
        }
        if (event instanceof WebAuthnCredentialDeleted e) {
            next.removeIf(p -> p.credentialId().equals(e.credentialId()));
            return new Passkeys(next, s.pending());
        }
        if (event instanceof WebAuthnCredentialUsed e) {
            next.replaceAll(p -> !p.credentialId().equals(e.credentialId()) ? p : new Passkeys.Passkey(p.credentialId(),
                    p.attestedCredentialData(), e.signCount(), p.userVerified(), p.transports(), p.attachment(), p.friendlyName(),
                    p.relyingPartyId(), p.createdAt()));
            return new Passkeys(next, s.pending());
        }
        return s;
    }
}
