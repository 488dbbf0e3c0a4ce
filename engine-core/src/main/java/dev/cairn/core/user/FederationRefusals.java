package dev.cairn.core.user;

import dev.cairn.api.error.InvalidParameterException;

/** Cognito's refusals of provider links, in one place so the aggregate and the claim check word them alike. */
public final class FederationRefusals {

    private FederationRefusals() {
    }

    /** A provider identity that is linked already, or that signed in already as a user of its own (wording from memory of Cognito's answer). */
    public static InvalidParameterException alreadyLinked() {
        return new InvalidParameterException("Merging is not currently supported, provide a SourceUser that has not been linked yet.");
    }
}
