package dev.cairn.core.user;

import java.time.Duration;

/** What a one-time code is for; events record the name. */
public enum CodePurpose {
    /** ConfirmSignUp's code: 24 hours. */
    SIGN_UP(Duration.ofHours(24)),
    /** ConfirmForgotPassword's code: 1 hour. */
    FORGOT_PASSWORD(Duration.ofHours(1)),
    /** VerifyUserAttribute's code, one per attribute: 24 hours. */
    VERIFY_ATTRIBUTE(Duration.ofHours(24));

    private final Duration validity;

    CodePurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** The attribute a code of this purpose is kept under: only attribute verification has one code per attribute. */
    public String keyAttribute(String attribute) {
        return this == VERIFY_ATTRIBUTE ? attribute : null;
    }
}
