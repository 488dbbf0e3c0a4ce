package dev.cairn.core.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.Base64UrlUtil;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.InconsistentClientDataTypeException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.WebAuthnChallengeNotFoundException;
import dev.cairn.api.error.WebAuthnClientMismatchException;
import dev.cairn.api.error.WebAuthnCredentialNotSupportedException;
import dev.cairn.api.error.WebAuthnOriginNotAllowedException;
import dev.cairn.api.error.WebAuthnRelyingPartyMismatchException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * WebAuthn verification by webauthn4j: a registration's attestation (any format, its statement not
 * checked against a trust store, as Cognito asks {@code attestation: none}) and a sign-in's
 * assertion (signature by the registered public key, challenge, origin, RP id hash, user presence
 * and verification, signature counter). The relying party's origins are HTTPS on the RP id or its
 * subdomains, and {@code http://localhost} for an RP id of {@code localhost} (browsers allow it).
 */
final class WebAuthn {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final WebAuthnManager MANAGER = WebAuthnManager.createNonStrictWebAuthnManager(CONVERTER);
    private static final AttestedCredentialDataConverter ATTESTED = new AttestedCredentialDataConverter(CONVERTER);
    /** What registration options offer and registration accepts: ES256 and RS256, as Cognito's options list them. */
    static final List<Long> ALGORITHMS = List.of(-7L, -257L);

    private WebAuthn() {
    }

    /** What a verified registration gives to keep. */
    record Registered(String credentialId, String attestedCredentialData, long signCount, boolean userVerified, List<String> transports,
                      String attachment) {
    }

    /** What a verified assertion gives: the credential it used and its new counter. */
    record Asserted(String credentialId, long signCount, boolean userVerified) {
    }

    static Registered register(String credentialJson, Passkeys.Registration pending) {
        try {
            RegistrationData data = MANAGER.parseRegistrationResponseJSON(credentialJson);
            boolean uvRequired = "required".equals(pending.userVerification());
            MANAGER.verify(data, new RegistrationParameters(server(pending.relyingPartyId(), pending.challenge()),
                    List.of(param(COSEAlgorithmIdentifier.ES256), param(COSEAlgorithmIdentifier.RS256)), uvRequired, true));
            AttestedCredentialData attested = data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
            Set<AuthenticatorTransport> transports = data.getTransports() == null ? Set.of() : data.getTransports();
            return new Registered(Base64UrlUtil.encodeToString(attested.getCredentialId()), Base64UrlUtil.encodeToString(ATTESTED.convert(attested)),
                    data.getAttestationObject().getAuthenticatorData().getSignCount(),
                    data.getAttestationObject().getAuthenticatorData().isFlagUV(),
                    transports.stream().map(AuthenticatorTransport::getValue).sorted().collect(Collectors.toList()), attachment(credentialJson));
        } catch (DataConversionException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidParameterException("Invalid Credential: not a RegistrationResponseJSON.");
        } catch (VerificationException e) {
            throw registrationError(e);
        }
    }

    /** The credential id an AuthenticationResponseJSON names, or an error for one that is not one. */
    static String credentialId(String credentialJson) {
        try {
            return Base64UrlUtil.encodeToString(MANAGER.parseAuthenticationResponseJSON(credentialJson).getCredentialId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Verifies an assertion of {@code passkey}; null when it does not verify (wrong signature, challenge, origin, counter...). */
    static Asserted authenticate(String credentialJson, Passkeys.Passkey passkey, String challenge, String rpId, boolean uvRequired) {
        try {
            AuthenticationData data = MANAGER.parseAuthenticationResponseJSON(credentialJson);
            AttestedCredentialData attested = ATTESTED.convert(Base64UrlUtil.decode(passkey.attestedCredentialData()));
            var record = new CredentialRecordImpl(new NoneAttestationStatement(), passkey.userVerified(), null, null, passkey.signCount(),
                    attested, null, null, null, null);
            MANAGER.verify(data, new AuthenticationParameters(server(rpId, challenge), record,
                    List.of(Base64UrlUtil.decode(passkey.credentialId())), uvRequired, true));
            return new Asserted(passkey.credentialId(), data.getAuthenticatorData().getSignCount(), data.getAuthenticatorData().isFlagUV());
        } catch (RuntimeException e) {
            return null; // DataConversionException, VerificationException (signature, counter, origin, ...), malformed input
        }
    }

    /** A fresh challenge of 32 random bytes, base64url. */
    static String challenge(java.util.random.RandomGenerator random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64UrlUtil.encodeToString(b);
    }

    private static ServerProperty server(String rpId, String challenge) {
        return ServerProperty.builder().originPredicate(o -> allowed(o, rpId)).rpId(rpId).challenge(new DefaultChallenge(challenge)).build();
    }

    static boolean allowed(Origin origin, String rpId) {
        String host = origin.getHost();
        if (host == null) return false;
        boolean ours = host.equals(rpId) || host.endsWith("." + rpId);
        if ("https".equals(origin.getScheme())) return ours;
        return "http".equals(origin.getScheme()) && "localhost".equals(rpId) && ours;
    }

    private static PublicKeyCredentialParameters param(COSEAlgorithmIdentifier alg) {
        return new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, alg);
    }

    private static String attachment(String credentialJson) {
        try {
            var node = dev.cairn.core.json.Json.MAPPER.readTree(credentialJson).get("authenticatorAttachment");
            return node == null || !node.isTextual() ? null : node.asText();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static CognitoException registrationError(VerificationException e) {
        if (e instanceof BadChallengeException) return new WebAuthnChallengeNotFoundException("The challenge of the credential is not the one issued.");
        if (e instanceof BadOriginException) return new WebAuthnOriginNotAllowedException("The origin of the credential is not allowed for the relying party.");
        if (e instanceof BadRpIdException) return new WebAuthnRelyingPartyMismatchException("The credential was created for another relying party.");
        if (e instanceof InconsistentClientDataTypeException) return new WebAuthnClientMismatchException("The client data is not of a credential creation.");
        if (e instanceof UserNotVerifiedException || e instanceof NotAllowedAlgorithmException) {
            return new WebAuthnCredentialNotSupportedException("The credential does not meet the user pool's requirements.");
        }
        return new InvalidParameterException("The credential could not be verified.");
    }
}
