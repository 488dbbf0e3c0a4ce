package dev.cairn.core.user;

import dev.cairn.core.srp.PasswordClaim;

/** How a sign-in proves the password. The user judges it against the verifier it keeps. */
public sealed interface Proof {

    /** The password itself (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH). Never stored: commands are not logged. */
    record Password(String password) implements Proof {
        @Override
        public String toString() {
            return "Password[***]";
        }
    }

    /**
     * An answer to PASSWORD_VERIFIER: the SRP server's ephemeral values of this session (from the
     * sealed challenge state) and the client's claim. The principal and verifier are the user's own
     * at answer time, so a password changed between the two steps fails the answer.
     */
    record Srp(String srpA, String srpB, String privateB, String secretBlock, PasswordClaim claim) implements Proof {
        @Override
        public String toString() {
            return "Srp[***]";
        }
    }
}
