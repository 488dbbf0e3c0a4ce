package dev.cairn.api.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event that holds a person's data: a username, attribute values, alias
 * keys, a (masked) destination. The engine stores such values sealed under a key of the user the
 * event belongs to (its {@code userPoolId} and {@code sub}), so erasing that one key erases them from
 * the log without rewriting it, while the record of what happened, when and by whom stays.
 *
 * <p>A marked component is a {@code String}, a {@code Map<String, String>} (values are personal,
 * names are schema) or a {@code List<UniqueKey>} (alias keys). Once erased, each personal string
 * and attribute value reads back as {@link #ERASED}, and a list of keys reads back empty.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /** What an erased value reads as. */
    String ERASED = "[erased]";
}
