package dev.cairn.core.saml;

/** A SAML document (metadata or response) that is not what it must be; the message says why, without secrets. */
public final class SamlException extends RuntimeException {

    public SamlException(String message) {
        super(message);
    }
}
