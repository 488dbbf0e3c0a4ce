package dev.cairn.api.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event that holds a secret the engine must read back (a TOTP secret).
 * The log never holds it in the clear (it is also {@link PersonalData}, sealed under its user's
 * key), and forensic reads ({@link dev.cairn.api.audit.Audit}) show it as {@link #REDACTED}: an
 * audit trail records that a secret was set, never the secret. A marked component is a {@code String}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Secret {

    /** What an audit read shows instead of the secret. */
    String REDACTED = "[secret]";
}
